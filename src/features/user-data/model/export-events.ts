import { guardFormula, toCsv } from '../../../lib/csv';
import type { KrwEvent } from '../../events/model/event-schema';
import { EVENT_FIELDS, pickEventFields } from './event-fields';

/**
 * The formula guard of src/lib/csv.ts, extended so that a text which already
 * starts with guard apostrophes gets one more: the importer takes exactly one
 * away, so every text survives export → import unchanged.
 */
function guard(value: string): string {
  return /^'+[=+\-@\t\r]/.test(value) ? `'${value}` : guardFormula(value);
}

/**
 * `id,date,time,timezone,category,actor,title,summary,source_url,tags,importance,title_ko,summary_ko`;
 * tags joined with `;`, importance empty when unrated, the Korean title and summary (always the last
 * two columns) empty when absent.
 */
export function eventsToCsv(events: readonly KrwEvent[]): string {
  const rows = events.map((e) =>
    [
      e.id, e.date, e.time ?? '', e.timezone, e.category, e.actor, e.title, e.summary, e.source_url, (e.tags ?? []).join(';'),
      e.importance === undefined ? '' : String(e.importance), e.title_ko ?? '', e.summary_ko ?? '',
    ].map(guard),
  );
  return toCsv([[...EVENT_FIELDS], ...rows]);
}

/** A pretty JSON array of the events with the SPEC fields only (`title_ko` / `summary_ko` when present). */
export function eventsToJson(events: readonly KrwEvent[]): string {
  return `${JSON.stringify(events.map(pickEventFields), null, 2)}\n`;
}

/** `krw-events-2025-11-06.csv` for the date of the export. */
export function eventsFileName(format: 'csv' | 'json', today: string): string {
  return `krw-events-${today}.${format}`;
}
