import type { Category } from '../../../config/categories';
import { msg } from '../../../i18n/message';
import { DEFAULT_TIMEZONE, type KrwEvent } from '../../events/model/event-schema';
import { checkEventFields, dateOutside, type DateRange, type FieldErrors } from './event-fields';
import { generatedEventId } from './event-id';

/** The form's fields, as the user types them (tags as `a; b`). */
export interface EventDraft {
  id: string;
  date: string;
  time: string;
  timezone: string;
  category: Category | '';
  actor: string;
  title: string;
  summary: string;
  source_url: string;
  tags: string;
  /** '1' … '3', or '' for unrated. */
  importance: string;
  /** The Korean title and summary (optional). */
  title_ko: string;
  summary_ko: string;
}

/** A new event: empty but for the zone (Seoul) and the date given. */
export function emptyDraft(date = ''): EventDraft {
  return { id: '', date, time: '', timezone: DEFAULT_TIMEZONE, category: '', actor: '', title: '', summary: '', source_url: '', tags: '', importance: '', title_ko: '', summary_ko: '' };
}

/** The form's fields for an event (to edit it, or to copy it under `id`). */
export function draftFrom(e: KrwEvent, id = e.id): EventDraft {
  return {
    id, date: e.date, time: e.time ?? '', timezone: e.timezone, category: e.category, actor: e.actor, title: e.title,
    summary: e.summary, source_url: e.source_url, tags: (e.tags ?? []).join('; '),
    importance: e.importance ? String(e.importance) : '', title_ko: e.title_ko ?? '', summary_ko: e.summary_ko ?? '',
  };
}

/** The first of `<id>-copy`, `<id>-copy-2`, … that `taken` lacks (within the 81 characters of an id). */
export function copyId(id: string, taken: (id: string) => boolean): string {
  const base = id.slice(0, 70).replace(/-+$/, '');
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? `${base}-copy` : `${base}-copy-${n}`;
    if (!taken(candidate)) return candidate;
  }
}

/** Whose an id is, when it is taken: a built-in event's or one of the user's. */
export type IdOwner = 'built-in' | 'yours';

export interface DraftContext {
  /** Who has an id already (the event being edited excluded by `editing`). */
  owner: (id: string) => IdOwner | null;
  /** The id of the event being edited, or null for a new one. */
  editing: string | null;
  dateRange?: DateRange;
}

/** The id the event gets: the one typed, or one made from date and title when the field is empty. */
export function draftId(d: EventDraft): string {
  return d.id.trim() || (d.date.trim() && d.title.trim() ? generatedEventId(d.date, d.title) : '');
}

/**
 * Checks the form with the checks and messages of an import (checkEventFields), one message
 * per field, and refuses an id that a built-in event or another of the user's events has.
 */
export function checkDraft(d: EventDraft, ctx: DraftContext): { event: KrwEvent } | { errors: FieldErrors } {
  const id = draftId(d);
  const res = checkEventFields({ ...d, id });
  const errors: FieldErrors = 'errors' in res ? { ...res.errors } : {};
  const outside = !errors.date && ctx.dateRange && d.date.trim() ? dateOutside(d.date.trim(), ctx.dateRange) : null;
  if (outside) errors.date = outside;
  const owner = id && id !== ctx.editing ? ctx.owner(id) : null;
  if (!errors.id && owner) errors.id = msg(owner === 'built-in' ? 'user-data.field.idBuiltIn' : 'user-data.field.idYours', { id });
  if (!d.id.trim() && !id) delete errors.id; // made from date and title once they are valid
  if (Object.keys(errors).length || 'errors' in res) return { errors };
  return { event: res.event };
}
