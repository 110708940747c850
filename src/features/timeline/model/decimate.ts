import { rangeIndices, type Series } from '../../rates/model/series';
import type { EpochDay } from '../../../lib/units';

export interface Points {
  days: number[];
  values: number[];
}

/**
 * Decimates the observations of `s` between `from` and `to` to at most about
 * `columns` × 2 points: per pixel column it keeps the minimum and the maximum
 * (in time order), so spikes survive and the drawn envelope is exact. Nothing
 * is interpolated: every point returned is an observation. Below the budget the
 * observations are returned as they are.
 */
export function decimateMinMax(s: Series, from: EpochDay, to: EpochDay, columns: number): Points {
  const [start, end] = rangeIndices(s, from, to);
  const n = end - start;
  const days: number[] = [];
  const values: number[] = [];
  const cols = Math.max(1, Math.floor(columns));
  if (n <= cols * 2) {
    for (let i = start; i < end; i++) {
      days.push(s.days[i]);
      values.push(s.values[i]);
    }
    return { days, values };
  }
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
    days.push(s.days[a]);
    values.push(s.values[a]);
    if (b !== a) {
      days.push(s.days[b]);
      values.push(s.values[b]);
    }
    i = j;
  }
  return { days, values };
}
