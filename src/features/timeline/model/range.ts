import { parseRangeEnd } from '../../../lib/range-text';
import { DAY_MS, parseIsoDay, type UnixMs } from '../../../lib/units';

export const QUICK_RANGES = ['1M', '3M', '1Y', '5Y', '10Y', 'Max'] as const;
export type QuickRange = (typeof QUICK_RANGES)[number];

/** A range of the time axis: instants (UTC ms), `to` after `from`. */
export interface TimeRange {
  from: UnixMs;
  to: UnixMs;
}

/** The range shown when the URL names none: 2006 (first built-in event) to the last observation. */
export const DEFAULT_FROM = '2006-01-01';
/** The narrowest range shown: ten minutes. */
export const MIN_SPAN_MS = 10 * 60_000;

function shiftMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 0)).getUTCDate();
  t.setUTCDate(Math.min(d, last));
  return t.toISOString().slice(0, 10);
}

export function quickRange(q: QuickRange, first: string, last: string): { from: string; to: string } {
  const months: Record<Exclude<QuickRange, 'Max'>, number> = { '1M': 1, '3M': 3, '1Y': 12, '5Y': 60, '10Y': 120 };
  if (q === 'Max') return { from: first, to: last };
  const from = shiftMonths(last, -months[q]);
  return { from: from < first ? first : from, to: last };
}

/**
 * Resolves the URL range (dates or UTC minutes, see lib/range-text) against the data's extent, the
 * dates `first` and `last` (null ends take defaults; clamped to the start of `first` and the end of
 * `last`; at least MIN_SPAN_MS wide).
 */
export function resolveRange(from: string | null, to: string | null, first: string, last: string): TimeRange {
  const lo = (parseIsoDay(first) as number) * DAY_MS;
  const hi = ((parseIsoDay(last) as number) + 1) * DAY_MS;
  const f = parseRangeEnd(from ?? (DEFAULT_FROM > first ? DEFAULT_FROM : first), 'from') ?? lo;
  const t = parseRangeEnd(to ?? last, 'to') ?? hi;
  let a = Math.max(lo, Math.min(f, hi));
  let b = Math.max(lo, Math.min(t, hi));
  if (b - a < MIN_SPAN_MS) {
    a = Math.max(lo, Math.min(a, hi - MIN_SPAN_MS));
    b = Math.min(hi, a + MIN_SPAN_MS);
  }
  return { from: a as UnixMs, to: b as UnixMs };
}

/** The margin a panned-to event keeps from the plot's edge: a twentieth of the span. */
export const REVEAL_MARGIN = 1 / 20;

/** True when instant `at` is on the shown range (its ends included). */
export function inRange(at: number, range: TimeRange): boolean {
  return at >= range.from && at <= range.to;
}

/**
 * The range that shows instant `at` (a selected event), moved as little as possible: the range
 * itself when `at` is on it; otherwise the same span panned until `at` is REVEAL_MARGIN of the
 * span inside the near edge, kept inside the dates [first, last] (widened to `at` when it lies
 * outside them). A range of whole days (three or more) pans by whole days, so its link keeps the span.
 */
export function revealInRange(at: number, range: TimeRange, first: string, last: string): TimeRange {
  if (inRange(at, range)) return range;
  const span = range.to - range.from;
  const margin = span * REVEAL_MARGIN;
  let shift = at < range.from ? at - margin - range.from : at + margin - range.to;
  const wholeDays = span >= 3 * DAY_MS && range.from % DAY_MS === 0 && range.to % DAY_MS === 0;
  if (wholeDays) shift = Math.sign(shift) * Math.ceil(Math.abs(shift) / DAY_MS) * DAY_MS;
  const lo = Math.min((parseIsoDay(first) as number) * DAY_MS, at);
  const hi = Math.max(((parseIsoDay(last) as number) + 1) * DAY_MS, at);
  let a = range.from + shift;
  if (a + span > hi) a = hi - span;
  if (a < lo) a = lo;
  return { from: a as UnixMs, to: Math.min(hi, a + span) as UnixMs };
}
