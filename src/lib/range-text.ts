import { DAY_MS, parseIsoDay, type UnixMs } from './units';

/**
 * The URL's `from` and `to`: a date (YYYY-MM-DD, a whole UTC day: `from` at its start, `to` at its
 * end) or, for a range under a few days, a UTC minute (YYYY-MM-DDTHH:MMZ), so that a zoom into
 * intraday data can be linked.
 */
const DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)Z$/;

export type RangeEnd = 'from' | 'to';

/** The instant a `from`/`to` text stands for; null when it is neither a real date nor a UTC minute. */
export function parseRangeEnd(text: string, end: RangeEnd): UnixMs | null {
  const day = parseIsoDay(text);
  if (day !== null) return ((end === 'from' ? day : day + 1) * DAY_MS) as UnixMs;
  const m = DATE_TIME_RE.exec(text);
  if (!m) return null;
  const d = parseIsoDay(m[1]);
  return d === null ? null : ((d * DAY_MS + (Number(m[2]) * 60 + Number(m[3])) * 60_000) as UnixMs);
}

/** Ranges this long or longer are written as whole days. */
export const WHOLE_DAYS_FROM_MS = 3 * DAY_MS;

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The URL text of a range: whole days (from's day to the day `to` falls in, outward) for a span of
 * three days or more, else UTC minutes (from rounded down, to up). parseRangeEnd reads it back to
 * a range that holds the given one.
 */
export function formatRange(from: number, to: number): { from: string; to: string } {
  if (to - from >= WHOLE_DAYS_FROM_MS) {
    const a = Math.floor(from / DAY_MS);
    const b = Math.ceil(to / DAY_MS) - 1;
    return { from: iso(a * DAY_MS).slice(0, 10), to: iso(Math.max(a, b) * DAY_MS).slice(0, 10) };
  }
  const a = Math.floor(from / 60_000) * 60_000;
  const b = Math.max(a + 60_000, Math.ceil(to / 60_000) * 60_000);
  return { from: `${iso(a).slice(0, 16)}Z`, to: `${iso(b).slice(0, 16)}Z` };
}

/** The date (YYYY-MM-DD, UTC) a range's end falls on, for the date fields: `to` is exclusive at midnight. */
export function rangeEndDate(ms: number, end: RangeEnd): string {
  return iso(end === 'to' && ms % DAY_MS === 0 ? ms - 1 : ms).slice(0, 10);
}

/** A range's first and last dates (YYYY-MM-DD, UTC), as the date fields and the links' titles show them. */
export function rangeDates(r: { from: number; to: number }): { from: string; to: string } {
  return { from: rangeEndDate(r.from, 'from'), to: rangeEndDate(r.to, 'to') };
}
