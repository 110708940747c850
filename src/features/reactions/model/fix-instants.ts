import { fromZonedTime } from 'date-fns-tz';
import { SOURCES, type SourceId } from '../../../config/series';
import type { KrwEvent } from '../../events/model/event-schema';
import { isoFromDay, parseIsoDay, type EpochDay, type UnixMs } from '../../../lib/units';
import { eventInstant } from '../../events/model/filter-events';

/** What the T0 rule needs to know of an event. */
export type EventTiming = Pick<KrwEvent, 'date' | 'time' | 'timezone'>;

/**
 * The UTC instant of a built-in source's observation: its date at the source's fix time, in the
 * source's zone (H.10: 12:00 America/New_York; ECB: 14:15 Europe/Berlin), converted with the
 * zone's rules of that day (DST-correct) by date-fns-tz. Null for a source without a fix time of
 * its own (an imported CSV: its series carry their instants). The engine reads the instants of
 * Series.t; this is the independent reference the tests hold them and T0 against.
 */
export function fixInstant(day: EpochDay, source: SourceId): UnixMs | null {
  const { fixTime, timezone } = SOURCES[source];
  if (!fixTime || !timezone) return null;
  return fromZonedTime(`${isoFromDay(day)}T${fixTime}:00`, timezone).getTime() as UnixMs;
}

/** The UTC instant of an announcement (date + time in the event's zone); null for a date-only event. */
export function announcementInstant(event: EventTiming): UnixMs | null {
  if (!event.time) return null;
  return fromZonedTime(`${event.date}T${event.time}:00`, event.timezone).getTime() as UnixMs;
}

/**
 * Where T0 starts for an event, whatever the series (locateT0 decides per series which of these it
 * compares with, see there):
 * - `instant`: the announcement instant of a timed event (null for a date-only event);
 * - `day`: the event's own date (in its zone);
 * - `dayStart`: the instant that date began in the event's zone (00:00 local).
 */
export interface EventAnchor {
  instant: UnixMs | null;
  day: EpochDay;
  dayStart: UnixMs;
}

// Memoised per timing (date, time, zone): the time-zone conversions cost ~40 µs per event, and
// many events share a timing (30,000 events on one day share one anchor). Bounded: the cache
// starts again when it holds MAX_ANCHORS timings. Anchors are shared: do not change them. The
// anchor does not depend on the series, so one anchor serves every line; the T0 found from it is
// memoised per (anchor, series) by the callers (computeReactions, alignedWindows).
const anchors = new Map<string, EventAnchor>();
const MAX_ANCHORS = 50_000;

export function eventAnchor(event: EventTiming): EventAnchor {
  const key = `${event.date}|${event.time ?? ''}|${event.timezone}`;
  const hit = anchors.get(key);
  if (hit) return hit;
  const day = parseIsoDay(event.date);
  if (day === null) throw new Error(`event date is not a real date: ${event.date}`);
  // The same conversion as the events' place on the time axis (usual zones by their rules, others by Intl);
  // announcementInstant (date-fns-tz) is the reference the tests hold it against.
  const anchor: EventAnchor = { instant: event.time ? eventInstant(day, event.time, event.timezone) : null, day, dayStart: eventInstant(day, undefined, event.timezone) };
  if (anchors.size >= MAX_ANCHORS) anchors.clear();
  anchors.set(key, anchor);
  return anchor;
}
