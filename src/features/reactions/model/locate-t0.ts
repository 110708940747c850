import { isoDateInZone, msToDay, parseIsoDay, type UnixMs } from '../../../lib/units';
import { lowerBound, lowerBoundMs, type Series } from '../../rates/model/series';
import type { EventAnchor } from './fix-instants';

/**
 * Why an event has no reaction in a series:
 * - `no-data`: the series is empty;
 * - `before-first`: the event comes before the first observation's date (the
 *   data start after it): no T−1, and no T0 is reported;
 * - `no-base`: T0 is the first observation (the event is on its date), no T−1;
 * - `after-last`: no observation is at or after the event.
 */
export type T0Miss = 'no-data' | 'before-first' | 'no-base' | 'after-last';

/** Indices into the series: T0 and T−1 (`base` = t0 − 1), or why not. */
export type T0Location =
  | { ok: true; t0: number; base: number }
  | { ok: false; reason: T0Miss; t0: number | null };

/** What locateT0 reads of a series. */
export type LocatableSeries = Pick<Series, 'days' | 't' | 'meta'>;

/** Whether a series' observations have instants of their own (a fix rule, or timestamps), not just dates. */
function hasInstants(s: LocatableSeries): boolean {
  return s.meta.resolution === 'intraday' || s.meta.fix !== null;
}

/**
 * The SPEC T0 rule, generalised to any series (each with its own instants `t`, see Series):
 *
 * - a **timed event**: T0 is the first observation whose instant t[i] is at or after the
 *   announcement instant, to the minute. For H.10 and the ECB, t[i] is the fix instant of the
 *   observation's date (12:00 New York, 14:15 Frankfurt), so this is the SPEC's "first
 *   observation whose fix instant is at or after the announcement"; for an intraday series a
 *   10:30 Seoul announcement meets the 10:30 bar (01:30 UTC) or, when that bar is missing, the
 *   next one — not the next day; for an imported daily series, its dates at the fix the user
 *   stated.
 * - a **date-only event**: a daily series keeps the SPEC's rule, the first observation dated on
 *   or after the event's date (by `days`); an intraday series takes the first observation at or
 *   after the start of the event's date in the event's zone (00:00 local).
 * - a daily series without a fix rule (no instants of its own) compares dates in both cases.
 *
 * T−1 is the observation immediately before T0. O(log n).
 *
 * With T0 the first observation: `no-base` when the event falls on that observation's date
 * (the announcement's date in the fix zone for a daily series with a fix rule, the UTC date for
 * an intraday one, whose `days` are UTC dates), `before-first` when it comes before it.
 */
export function locateT0(s: LocatableSeries, anchor: EventAnchor): T0Location {
  const n = s.days.length;
  if (n === 0) return { ok: false, reason: 'no-data', t0: null };
  const timed = hasInstants(s);
  const intraday = s.meta.resolution === 'intraday';
  const ms = timed && anchor.instant !== null ? anchor.instant : intraday ? anchor.dayStart : null;
  const i = ms === null ? lowerBound(s.days, anchor.day) : lowerBoundMs(s.t, ms);
  if (i >= n) return { ok: false, reason: 'after-last', t0: null };
  if (i > 0) return { ok: true, t0: i, base: i - 1 };
  return anchorDay(s, anchor, ms) < s.days[0] ? { ok: false, reason: 'before-first', t0: null } : { ok: false, reason: 'no-base', t0: 0 };
}

/** The observation date the anchor falls on, in the series' own convention of dates (see locateT0). */
function anchorDay(s: LocatableSeries, anchor: EventAnchor, ms: UnixMs | null): number {
  if (ms === null) return anchor.day;
  if (s.meta.resolution === 'intraday' || !s.meta.fix) return msToDay(ms);
  return parseIsoDay(isoDateInZone(new Date(ms), s.meta.fix.zone)) ?? anchor.day;
}
