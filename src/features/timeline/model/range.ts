import { isoFromDay, parseIsoDay, type EpochDay } from '../../../lib/units';

export const QUICK_RANGES = ['1M', '3M', '1Y', '5Y', '10Y', 'Max'] as const;
export type QuickRange = (typeof QUICK_RANGES)[number];

export interface DayRange {
  from: EpochDay;
  to: EpochDay;
}

/** The range shown when the URL names none: 2006 (first built-in event) to the last observation. */
export const DEFAULT_FROM = '2006-01-01';

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

/** Resolves the URL range against the data's extent (null ends take defaults; clamped to the data). */
export function resolveRange(from: string | null, to: string | null, first: string, last: string): DayRange {
  const f = parseIsoDay(from ?? (DEFAULT_FROM > first ? DEFAULT_FROM : first)) as EpochDay;
  const t = parseIsoDay(to ?? last) as EpochDay;
  const lo = parseIsoDay(first) as EpochDay;
  const hi = parseIsoDay(last) as EpochDay;
  let a = Math.max(lo, Math.min(f, hi));
  let b = Math.max(lo, Math.min(t, hi));
  if (b <= a) {
    a = Math.max(lo, Math.min(f, hi - 1));
    b = Math.min(hi, a + 1);
  }
  return { from: a as EpochDay, to: b as EpochDay };
}

/** Range of the same span centred on `day`, kept inside [first, last] when possible. */
export function centreOn(day: EpochDay, range: DayRange, first: string, last: string): { from: string; to: string } {
  const span = range.to - range.from;
  const lo = parseIsoDay(first) as number;
  const hi = parseIsoDay(last) as number;
  let a = day - Math.floor(span / 2);
  let b = a + span;
  if (b > hi) {
    a -= b - hi;
    b = hi;
  }
  if (a < lo) {
    b = Math.min(hi, b + (lo - a));
    a = lo;
  }
  if (day > hi || day < lo) {
    a = day - Math.floor(span / 2);
    b = a + span;
  }
  return { from: isoFromDay(a as EpochDay), to: isoFromDay(b as EpochDay) };
}
