import type { PairId, SourceId } from '../../../config/series';
import type { EpochDay } from '../../../lib/units';

/**
 * One daily series, as observed: `days[i]` is the observation date (days since
 * 1970-01-01), `values[i]` its figure. Sorted by day, no duplicates, no gaps
 * filled: a day without an observation is simply absent.
 */
export interface Series {
  pair: PairId;
  source: SourceId;
  days: Int32Array;
  values: Float64Array;
}

export type SeriesSet = Partial<Record<PairId, Series>>;

export interface SeriesBundle {
  source: SourceId;
  series: SeriesSet;
  /** Last observation date over all series (ISO). */
  asOf: string;
  first: string;
}

export function makeSeries(pair: PairId, source: SourceId, days: readonly number[], values: readonly number[]): Series {
  if (days.length !== values.length) throw new Error('days and values differ in length');
  return { pair, source, days: Int32Array.from(days), values: Float64Array.from(values) };
}

/** Index of the first observation with day >= `day` (binary search); `length` when none. */
export function lowerBound(days: Int32Array, day: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid] < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index range [start, end) of observations with from <= day <= to. */
export function rangeIndices(s: Series, from: EpochDay, to: EpochDay): [number, number] {
  return [lowerBound(s.days, from), lowerBound(s.days, to + 1)];
}

/** The observation nearest to `day` (ties go to the earlier one), or null. */
export function nearestIndex(s: Series, day: number): number | null {
  const n = s.days.length;
  if (n === 0) return null;
  const i = lowerBound(s.days, day);
  if (i === 0) return 0;
  if (i === n) return n - 1;
  return day - s.days[i - 1] <= s.days[i] - day ? i - 1 : i;
}

export function valueOn(s: Series, day: number): number | null {
  const i = lowerBound(s.days, day);
  return i < s.days.length && s.days[i] === day ? s.values[i] : null;
}
