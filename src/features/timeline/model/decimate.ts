import { lowerBoundMs } from '../../rates/model/series';
import { asMsArray, type MsArray, type UnixMs } from '../../../lib/units';

/** Drawn points as typed arrays: compact, and their storage sits outside the JS heap. */
export interface Points {
  t: MsArray;
  values: Float64Array;
}

/** What decimation reads: instants (ascending) and values. */
export interface TimedValues {
  t: MsArray;
  values: Float64Array;
}

/**
 * Decimates the observations of `s` between `from` and `to` to at most about
 * `columns` × 2 points: per pixel column it keeps the minimum and the maximum
 * (in time order), so spikes survive and the drawn envelope is exact. Nothing
 * is interpolated: every point returned is an observation. Below the budget the
 * observations are returned as they are (views on the series' own arrays, no copy).
 */
export function decimateMinMax(s: TimedValues, from: UnixMs, to: UnixMs, columns: number): Points {
  const start = lowerBoundMs(s.t, from);
  const end = lowerBoundMs(s.t, to + 1e-3);
  const n = end - start;
  const cols = Math.max(1, Math.floor(columns));
  if (n <= cols * 2) return { t: asMsArray(s.t.subarray(start, end)), values: s.values.subarray(start, end) };
  const times = new Float64Array(Math.min(n, cols * 2 + 4));
  const values = new Float64Array(times.length);
  let k = 0;
  const span = Math.max(1, to - from);
  const width = span / cols;
  let i = start;
  // The right edge itself (t = to) belongs to the last column.
  const colOf = (t: number) => Math.min(cols - 1, Math.floor(((t - from) / span) * cols));
  while (i < end) {
    const col = colOf(s.t[i]);
    // Instants below `sure` are in this column without the division (a millionth of a column
    // short of its edge, far beyond rounding); the few at the edge are asked colOf itself.
    const sure = col === cols - 1 ? Infinity : from + (col + 1 - 1e-6) * width;
    let minI = i;
    let maxI = i;
    let lo = s.values[i];
    let hi = lo;
    let j = i + 1;
    for (; j < end; j++) {
      const tj = s.t[j];
      if (tj >= sure && colOf(tj) !== col) break;
      const v = s.values[j];
      if (v < lo) {
        lo = v;
        minI = j;
      }
      if (v > hi) {
        hi = v;
        maxI = j;
      }
    }
    const a = Math.min(minI, maxI);
    const b = Math.max(minI, maxI);
    times[k] = s.t[a];
    values[k++] = s.values[a];
    if (b !== a) {
      times[k] = s.t[b];
      values[k++] = s.values[b];
    }
    i = j;
  }
  return { t: asMsArray(times.slice(0, k)), values: values.slice(0, k) };
}
