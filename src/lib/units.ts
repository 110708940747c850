import { ruleOffset } from './zone-rules';

// Branded units: days, milliseconds and pixels cannot be mixed by accident.
export type EpochDay = number & { readonly __unit: 'epoch-day' };
export type UnixMs = number & { readonly __unit: 'ms' };
export type Px = number & { readonly __unit: 'px' };

export const DAY_MS = 86_400_000;
const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a calendar date; null when the string is not a real date. */
export function parseIsoDay(s: string): EpochDay | null {
  const m = ISO_RE.exec(s);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return (t / DAY_MS) as EpochDay;
}

export function isoFromDay(day: EpochDay): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function asDay(n: number): EpochDay {
  return n as EpochDay;
}

export function dayToMs(day: EpochDay): UnixMs {
  return (day * DAY_MS) as UnixMs;
}

export function msToDay(ms: UnixMs): EpochDay {
  return Math.floor(ms / DAY_MS) as EpochDay;
}

const zoneDateFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date (YYYY-MM-DD) in time zone `tz` at an instant, by Intl's time-zone data. */
export function isoDateInZone(instant: Date, tz: string): string {
  let f = zoneDateFormats.get(tz);
  if (!f) zoneDateFormats.set(tz, (f = new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' })));
  const parts = f.formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** Minutes east of UTC in `tz` at an instant (Intl's "GMT+02:00" name for the zone then). */
export function offsetMinutes(instantMs: number, tz: string): number {
  let f = offsetFormats.get(tz);
  if (!f) offsetFormats.set(tz, (f = new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: 'longOffset' })));
  const name = f.formatToParts(instantMs).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{1,2})(?::?(\d{2}))?/.exec(name);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0)) : 0;
}

/**
 * The instant (ms) at which the wall clock in `tz` reads `date` `time` (YYYY-MM-DD, HH:MM), by
 * Intl's time-zone data: the zone's offset at that wall time read as UTC, then once more at the
 * instant found (which settles it across a daylight-saving change). A wall time the zone skips
 * reads as the same time after the change; a repeated one as its second occurrence. Used for
 * the ECB fix (14:15 Berlin, never in a change): units.test.ts checks it gives date-fns-tz's
 * instant (the reactions' library) for every fix from 1999 to 2030.
 */
export function zonedTimeToInstant(date: string, time: string, tz: string): number {
  const wall = Date.parse(`${date}T${time}:00Z`);
  const first = wall - offsetMinutes(wall, tz) * 60_000;
  return wall - offsetMinutes(first, tz) * 60_000;
}

/** Observation dates, one epoch day per observation (a typed array that cannot be mixed with instants). */
export type DayArray = Int32Array & { readonly __unit: 'epoch-day' };
/** Observation instants, UTC ms per observation (a typed array that cannot be mixed with days). */
export type MsArray = Float64Array & { readonly __unit: 'ms' };

export function asDayArray(a: Int32Array): DayArray {
  return a as DayArray;
}
export function asMsArray(a: Float64Array): MsArray {
  return a as MsArray;
}

export function asMs(n: number): UnixMs {
  return n as UnixMs;
}

// Offsets of a zone at the start and the end of a UTC day, cached: most days have one offset, and
// the instants of a day's wall times then need no further Intl call.
const dayOffsets = new Map<string, [number, number]>();
const MAX_DAY_OFFSETS = 200_000;

/**
 * The instant (ms) at which the wall clock in `tz` reads `minutes` after midnight of `day`: the
 * same answer as zonedTimeToInstant (units.test.ts checks it), fast for many days of one zone
 * (one cached pair of offsets per day; the exact two-step answer only on a day whose offset
 * changes).
 */
export function wallTimeToInstant(day: EpochDay, minutes: number, tz: string): UnixMs {
  const wall = day * DAY_MS + minutes * 60_000;
  // The usual zones from their published rules (zone-rules.ts), without Intl; any other zone or moment below.
  const ruled = ruleOffset(tz, day, minutes);
  if (ruled !== null) return (wall - ruled * 60_000) as UnixMs;
  // The instant lies within ±14 h of the wall time: the offsets around this UTC day and its neighbours decide it.
  const key = `${tz}|${day}`;
  let offs = dayOffsets.get(key);
  if (!offs) {
    offs = [offsetMinutes(day * DAY_MS - 14 * 3_600_000, tz), offsetMinutes(day * DAY_MS + DAY_MS + 14 * 3_600_000, tz)];
    if (dayOffsets.size >= MAX_DAY_OFFSETS) dayOffsets.clear();
    dayOffsets.set(key, offs);
  }
  if (offs[0] === offs[1]) return (wall - offs[0] * 60_000) as UnixMs;
  const first = wall - offsetMinutes(wall, tz) * 60_000;
  return (wall - offsetMinutes(first, tz) * 60_000) as UnixMs;
}
