import { lowerBound } from '../../rates/model/series';
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

/**
 * SPEC T0 rule, with the anchor from `eventAnchor(event, source)`: for a timed
 * event the first observation whose fix instant is at or after the
 * announcement; for a date-only event the first observation dated on or after
 * the event's date. T−1 is the observation immediately before T0. O(log n).
 */
export function locateT0(days: Int32Array, anchor: EventAnchor): T0Location {
  const n = days.length;
  if (n === 0) return { ok: false, reason: 'no-data', t0: null };
  let i = lowerBound(days, anchor.day);
  if (!anchor.sameDay && i < n && days[i] === anchor.day) i++;
  if (i >= n) return { ok: false, reason: 'after-last', t0: null };
  if (i === 0) {
    return anchor.day < days[0] ? { ok: false, reason: 'before-first', t0: null } : { ok: false, reason: 'no-base', t0: 0 };
  }
  return { ok: true, t0: i, base: i - 1 };
}
