import type { Category } from '../../../config/categories';
import { parseIsoDay, type EpochDay } from '../../../lib/units';
import type { KrwEvent } from './event-schema';

/** An event with its date as a day number, for the chart and the reactions. */
export interface DatedEvent extends KrwEvent {
  day: EpochDay;
}

export function withDays(events: readonly KrwEvent[]): DatedEvent[] {
  return events
    .map((e) => ({ ...e, day: parseIsoDay(e.date) as EpochDay }))
    .sort((a, b) => a.day - b.day || (a.time ?? '').localeCompare(b.time ?? '') || a.id.localeCompare(b.id));
}

export interface EventFilter {
  cats: readonly Category[];
  actor: string | null;
  q: string;
}

function fold(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** Events matching the category, actor and free-text filters (all words must match somewhere). */
export function filterEvents<E extends KrwEvent>(events: readonly E[], f: EventFilter): E[] {
  const words = fold(f.q).split(/\s+/).filter(Boolean);
  const cats = new Set(f.cats);
  return events.filter((e) => {
    if (!cats.has(e.category)) return false;
    if (f.actor && e.actor !== f.actor) return false;
    if (!words.length) return true;
    const hay = fold([e.title, e.summary, e.actor, e.date, e.category, ...(e.tags ?? [])].join(' '));
    return words.every((w) => hay.includes(w));
  });
}

export function actorsOf(events: readonly KrwEvent[]): string[] {
  return [...new Set(events.map((e) => e.actor))].sort((a, b) => a.localeCompare(b));
}

/** The neighbour of `id` in `list` (by position), or the first/last when `id` is not in it. */
export function stepEvent<E extends { id: string }>(list: readonly E[], id: string | null, dir: 1 | -1): E | null {
  if (!list.length) return null;
  const i = id ? list.findIndex((e) => e.id === id) : -1;
  if (i < 0) return dir === 1 ? list[0] : list[list.length - 1];
  return list[Math.min(list.length - 1, Math.max(0, i + dir))];
}
