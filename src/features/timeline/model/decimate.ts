import { rangeIndices, type Series } from '../../rates/model/series';
import type { EpochDay } from '../../../lib/units';

/** Drawn points as typed arrays: compact, and their storage sits outside the JS heap. */
export interface Points {
  days: Int32Array;
  values: Float64Array;
}

/**
 * Decimates the observations of `s` between `from` and `to` to at most about
 * `columns` × 2 points: per pixel column it keeps the minimum and the maximum
 * (in time order), so spikes survive and the drawn envelope is exact. Nothing
 * is interpolated: every point returned is an observation. Below the budget the
 * observations are returned as they are (views on the series' own arrays, no copy).
 */
export function decimateMinMax(s: Series, from: EpochDay, to: EpochDay, columns: number): Points {
  const [start, end] = rangeIndices(s, from, to);
  const n = end - start;
  const cols = Math.max(1, Math.floor(columns));
  if (n <= cols * 2) return { days: s.days.subarray(start, end), values: s.values.subarray(start, end) };
  const days = new Int32Array(Math.min(n, cols * 2 + 2));
  const values = new Float64Array(days.length);
  let k = 0;
  const span = Math.max(1, to - from + 1);
  let i = start;
  while (i < end) {
    const col = Math.floor(((s.days[i] - from) / span) * cols);
    let minI = i;
    let maxI = i;
    let j = i + 1;
    while (j < end && Math.floor(((s.days[j] - from) / span) * cols) === col) {
      if (s.values[j] < s.values[minI]) minI = j;
      if (s.values[j] > s.values[maxI]) maxI = j;
      j++;
    }
    const a = Math.min(minI, maxI);
    const b = Math.max(minI, maxI);
    days[k] = s.days[a];
    values[k++] = s.values[a];
    if (b !== a) {
      days[k] = s.days[b];
      values[k++] = s.values[b];
    }
    i = j;
  }
  return { days: days.slice(0, k), values: values.slice(0, k) };
}
