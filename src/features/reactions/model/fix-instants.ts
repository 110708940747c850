import { formatInTimeZone, fromZonedTime } from 'date-fns-tz';
import { SOURCES, type SourceId } from '../../../config/series';
import type { KrwEvent } from '../../events/model/event-schema';
import { isoFromDay, parseIsoDay, type EpochDay, type UnixMs } from '../../../lib/units';

/** What the T0 rule needs to know of an event. */
export type EventTiming = Pick<KrwEvent, 'date' | 'time' | 'timezone'>;

/**
 * The UTC instant of an observation: its date at the source's fix time, in the
 * source's zone (H.10: 12:00 America/New_York; ECB: 14:15 Europe/Berlin),
 * converted with the zone's rules of that day (DST-correct). Null for a source
 * without a fix time (an imported CSV): its observations are date-only.
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
 * Where T0 starts for an event in a series of a given source: the first
 * observation dated on or after `day`, skipping an observation dated `day`
 * itself when `sameDay` is false (it was fixed before the announcement).
 *
 * A timed event against a source with a fix time: `day` is the announcement's
 * date in the source's zone, so observations dated earlier were fixed before
 * it and later ones after it; only that one date needs its fix instant
 * compared with the announcement instant (at or after counts). Otherwise
 * (date-only event, or a source without a fix time such as an imported CSV)
 * `day` is the event's own local date and `sameDay` is true, the SPEC's rule
 * for date-only events.
 */
export interface EventAnchor {
  day: EpochDay;
  sameDay: boolean;
  /** The announcement instant used, or null when dates were compared. */
  instant: UnixMs | null;
}

// Memoised per timing (source, date, time, zone): the time-zone conversions cost ~40 µs per event,
// and many events share a timing (30,000 events on one day share one anchor). Bounded: the cache
// starts again when it holds MAX_ANCHORS timings. Anchors are shared: do not change them.
const anchors = new Map<string, EventAnchor>();
const MAX_ANCHORS = 50_000;

export function eventAnchor(event: EventTiming, source: SourceId): EventAnchor {
  const key = `${source}|${event.date}|${event.time ?? ''}|${event.timezone}`;
  const hit = anchors.get(key);
  if (hit) return hit;
  const anchor = computeAnchor(event, source);
  if (anchors.size >= MAX_ANCHORS) anchors.clear();
  anchors.set(key, anchor);
  return anchor;
}

function computeAnchor(event: EventTiming, source: SourceId): EventAnchor {
  const date = parseIsoDay(event.date);
  if (date === null) throw new Error(`event date is not a real date: ${event.date}`);
  const tz = SOURCES[source].timezone;
  const instant = SOURCES[source].fixTime && tz ? announcementInstant(event) : null;
  if (instant === null || !tz) return { day: date, sameDay: true, instant: null };
  const day = parseIsoDay(formatInTimeZone(instant, tz, 'yyyy-MM-dd')) ?? date;
  const fix = fixInstant(day, source);
  return { day, sameDay: fix === null || fix >= instant, instant };
}
