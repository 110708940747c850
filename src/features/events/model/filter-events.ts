import type { Category } from '../../../config/categories';
import { parseIsoDay, wallTimeToInstant, type EpochDay, type UnixMs } from '../../../lib/units';
import type { Importance, KrwEvent } from './event-schema';
import { meetsImportance } from './importance';

/** An event with its date as a day number and its place on the time axis, for the chart and the reactions. */
export interface DatedEvent extends KrwEvent {
  day: EpochDay;
  /**
   * Its place on the time axis (UTC ms): the announcement instant of a timed event; the start of
   * its date in its zone for a date-only event (the day it happened began then).
   */
  at: UnixMs;
}

/** The instant an event is drawn at (see DatedEvent.at). */
export function eventInstant(day: EpochDay, time: string | undefined, timezone: string): UnixMs {
  const m = time ? /^(\d{2}):(\d{2})$/.exec(time) : null;
  // The usual zones come from their published rules inside wallTimeToInstant (no Intl before the first paint).
  return wallTimeToInstant(day, m ? Number(m[1]) * 60 + Number(m[2]) : 0, timezone);
}

export function withDays(events: readonly KrwEvent[]): DatedEvent[] {
  return events
    .map((e) => {
      const day = parseIsoDay(e.date) as EpochDay;
      return { ...e, day, at: eventInstant(day, e.time ?? undefined, e.timezone) };
    })
    .sort((a, b) => a.day - b.day || byCodeUnits(a.time ?? '', b.time ?? '') || byCodeUnits(a.id, b.id));
}

// Times are HH:MM and ids lowercase ASCII (the schema says so): code-unit order is their order,
// and it needs no collator (a page's first localeCompare costs ~10 ms while ICU loads).
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface EventFilter {
  cats: readonly Category[];
  actor: string | null;
  q: string;
  /** Minimum importance shown (`imp`); absent or 1 = all. Unrated events always pass. */
  minImportance?: Importance;
}

function fold(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** Events matching the category, actor and free-text filters (all words must match somewhere, in English or Korean). */
export function filterEvents<E extends KrwEvent>(events: readonly E[], f: EventFilter): E[] {
  // No folding for an empty filter: normalize() is ICU's, and the first view needs none of it.
  const words = f.q.trim() ? fold(f.q).split(/\s+/).filter(Boolean) : [];
  const cats = new Set(f.cats);
  return events.filter((e) => {
    if (!cats.has(e.category)) return false;
    if (f.actor && !matchesActor(e.actor, f.actor)) return false;
    if (f.minImportance && !meetsImportance(e, f.minImportance)) return false;
    if (!words.length) return true;
    // Either language matches: the Korean title and summary too, when the event has them.
    const hay = fold([e.title, e.summary, e.title_ko ?? '', e.summary_ko ?? '', e.actor, e.date, e.category, ...(e.tags ?? [])].join(' '));
    return words.every((w) => hay.includes(w));
  });
}

/** The actors an event's `actor` names: the parts of `A/B` (each trimmed; empty parts dropped). */
export function actorAtoms(actor: string): string[] {
  if (!actor.includes('/')) return actor.trim() ? [actor.trim()] : [];
  return actor.split('/').map((a) => a.trim()).filter(Boolean);
}

/**
 * Whether an event's `actor` matches the actor filter: when the filter is one of its parts
 * ("DPRK" matches "Russia/DPRK"), or the whole text (a compound value from an older link).
 */
export function matchesActor(actor: string, filter: string): boolean {
  return actor === filter || actorAtoms(actor).includes(filter);
}

/** The actors to filter by: every part of every event's actor, once each, sorted. */
export function actorsOf(events: readonly KrwEvent[]): string[] {
  // A user's event may have no actor: it is no actor to filter by.
  return [...new Set(events.flatMap((e) => actorAtoms(e.actor)))].sort((a, b) => a.localeCompare(b));
}

/** The neighbour of `id` in `list` (by position), or the first/last when `id` is not in it. */
export function stepEvent<E extends { id: string }>(list: readonly E[], id: string | null, dir: 1 | -1): E | null {
  if (!list.length) return null;
  const i = id ? list.findIndex((e) => e.id === id) : -1;
  if (i < 0) return dir === 1 ? list[0] : list[list.length - 1];
  return list[Math.min(list.length - 1, Math.max(0, i + dir))];
}
