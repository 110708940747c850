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
 * Where to look for T0 in a series of `source`:
 * - `day`: the calendar date to search from (first observation dated on or after it);
 * - `instant`: when set, an observation on `day` itself counts only if its fix
 *   instant is at or after this announcement instant.
 *
 * A timed event against a source with a fix time: `day` is the announcement's
 * date in the source's zone, so observations dated earlier were fixed before
 * it, later ones after it, and only that one date needs an instant comparison.
 * Otherwise (date-only event, or a source without fix time) the event's own
 * local date is compared with the observation dates, as the SPEC says for
 * date-only events.
 */
export interface EventAnchor {
  day: EpochDay;
  instant: UnixMs | null;
}

export function eventAnchor(event: EventTiming, source: SourceId): EventAnchor {
  const day = parseIsoDay(event.date);
  if (day === null) throw new Error(`event date is not a real date: ${event.date}`);
  const tz = SOURCES[source].timezone;
  const instant = SOURCES[source].fixTime && tz ? announcementInstant(event) : null;
  if (instant === null || !tz) return { day, instant: null };
  const local = parseIsoDay(formatInTimeZone(instant, tz, 'yyyy-MM-dd'));
  return { day: local ?? day, instant };
}
