import { CATEGORIES } from '../../../config/categories';
import { parseIsoDay } from '../../../lib/units';
import { DEFAULT_TIMEZONE, isHttpUrl, isIanaZone, type KrwEvent } from '../../events/model/event-schema';
import { hasXmlInvalid } from '../../../lib/xml-text';

/*
 * A fast check for the events the app stored itself (issue 17: 30,000 stored events took
 * 0.3–0.45 s to read at start-up, three quarters of it in the zod schema and `new URL`).
 * It enforces the rules of the event schema in plain code, but only for an entry already in
 * the form checkEvent would give it: text trimmed and free of XML-invalid characters, optional
 * fields absent rather than empty, tags a non-empty list, importance a number. Anything else
 * (a bad field, or one checkEvent would still normalise) gets null, and the caller runs
 * checkEvent, which gives the same answer as before, with its reasons. So an entry this accepts
 * is one checkEvent accepts unchanged, and the event is the same.
 */

const ID = /^[a-z0-9][a-z0-9-]{2,80}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const CATEGORY_SET: ReadonlySet<string> = new Set(CATEGORIES);

/** Answers per distinct text (stored events share dates and links); started again when full. */
function cached(check: (s: string) => boolean, max = 10_000): (s: string) => boolean {
  const seen = new Map<string, boolean>();
  return (s) => {
    let ok = seen.get(s);
    if (ok === undefined) {
      ok = check(s);
      if (seen.size >= max) seen.clear();
      seen.set(s, ok);
    }
    return ok;
  };
}

const isDay = cached((s) => parseIsoDay(s) !== null);
const isLink = cached(isHttpUrl);

/** Text that checkEvent would leave as it is: a string, trimmed, with no XML-invalid character. */
function plain(v: unknown): v is string {
  return typeof v === 'string' && v.trim() === v && !hasXmlInvalid(v);
}

/**
 * Text of at least `min` characters that checkEvent would leave as it is. Characters are code
 * points, as the schema counts them ("😀a" is two); the spread runs only for a text that short.
 */
function text(v: unknown, min: number): v is string {
  return plain(v) && v.length >= min && (v.length >= 2 * min || [...v].length >= min);
}

/**
 * The event when `raw` is a valid event already in its checked form; null when it is not
 * (invalid, or in a form checkEvent would change): then check it with checkEvent.
 */
export function storedEvent(raw: Record<string, unknown>): KrwEvent | null {
  const { id, date, time, timezone, category, actor, title, summary, title_ko, summary_ko, source_url, tags, importance } = raw;
  if (!text(id, 3) || !ID.test(id)) return null;
  if (!plain(date) || !isDay(date)) return null;
  if (time !== undefined && (!plain(time) || !TIME.test(time))) return null;
  if (timezone !== undefined && (!text(timezone, 1) || !isIanaZone(timezone))) return null;
  if (!plain(category) || !CATEGORY_SET.has(category)) return null;
  // Actor, summary and link may be empty in a user's own event (the minimal date,title import).
  if (!plain(actor) || !text(title, 3) || !plain(summary)) return null;
  // The Korean title and summary: absent, or non-empty text (checkEvent drops an empty one).
  if ((title_ko !== undefined && !text(title_ko, 1)) || (summary_ko !== undefined && !text(summary_ko, 1))) return null;
  if (!plain(source_url) || (source_url !== '' && !isLink(source_url))) return null;
  if (tags !== undefined && (!Array.isArray(tags) || tags.length === 0 || !tags.every((t) => text(t, 1)))) return null;
  if (importance !== undefined && importance !== 1 && importance !== 2 && importance !== 3) return null;
  // Built key by key in the schema's order, as zod builds its output (objects of one shape).
  const event: Record<string, unknown> = {};
  event.id = id;
  event.date = date;
  if (time !== undefined) event.time = time;
  event.timezone = timezone ?? DEFAULT_TIMEZONE;
  event.category = category;
  event.actor = actor;
  event.title = title;
  event.summary = summary;
  if (title_ko !== undefined) event.title_ko = title_ko;
  if (summary_ko !== undefined) event.summary_ko = summary_ko;
  event.source_url = source_url;
  if (tags !== undefined) event.tags = [...(tags as string[])];
  if (importance !== undefined) event.importance = importance;
  return event as KrwEvent;
}
