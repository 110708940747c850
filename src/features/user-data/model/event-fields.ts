import { CATEGORIES } from '../../../config/categories';
import { msg, type Msg } from '../../../i18n/message';
import { cleanXmlText } from '../../../lib/xml-text';
import { userEventSchema, type KrwEvent } from '../../events/model/event-schema';

/** The event fields of the SPEC, in the order of the CSV header (the Korean title and summary last). */
export const EVENT_FIELDS = ['id', 'date', 'time', 'timezone', 'category', 'actor', 'title', 'summary', 'source_url', 'tags', 'importance', 'title_ko', 'summary_ko'] as const;
export type EventField = (typeof EVENT_FIELDS)[number];
/** Fields that are absent when empty. */
export const OPTIONAL_FIELDS: readonly EventField[] = ['time', 'timezone', 'tags', 'importance', 'title_ko', 'summary_ko'];
/** Fields that are empty text when absent (a user event may lack them; built-in events never do). */
export const BLANK_FIELDS: readonly EventField[] = ['actor', 'summary', 'source_url'];
/** The columns an import needs: the id is generated and the category defaulted when absent. */
export const REQUIRED_FIELDS: readonly EventField[] = ['date', 'title'];
/** The columns an import may have besides the required ones. */
export const IMPORT_OPTIONAL_FIELDS: readonly EventField[] = EVENT_FIELDS.filter((f) => !REQUIRED_FIELDS.includes(f));

export function isEventField(s: string): s is EventField {
  return (EVENT_FIELDS as readonly string[]).includes(s);
}

/** Undoes the spreadsheet formula guard of src/lib/csv.ts (a leading apostrophe before = + - @ TAB CR). */
export function unguard(value: string): string {
  return /^'+[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

/** Tags from one text: separated by `;` or `|`, blanks dropped. */
export function splitTags(value: string): string[] {
  return value
    .split(/[;|]/)
    .map((t) => t.trim())
    .filter(Boolean);
}

/** The fields whose bad value has a message of its own (`user-data.field.bad.<field>`, with `{value}`). */
const WHY: ReadonlySet<EventField> = new Set<EventField>(['id', 'date', 'time', 'timezone', 'category', 'title', 'source_url', 'importance']);

function shown(v: unknown): string {
  const s = typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
  return JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}…` : s);
}

/**
 * One reason per bad field, as a message, e.g. `date "2016-02-30" is not a real date (YYYY-MM-DD)`
 * (`user-data.field.bad.date`). Field names stay as they are (they are the CSV columns).
 */
function describe(raw: Record<string, unknown>, field: string, fallback: string): Msg {
  const v = raw[field];
  const name = fieldName(field);
  if (v === undefined || v === null || v === '') return msg('user-data.field.missing', { field: name });
  if (field === 'tags') return msg('user-data.field.tags');
  if (field === 'importance') return msg('user-data.field.bad.importance', { value: shown(v) });
  if (typeof v !== 'string') return msg('user-data.field.notText', { field: name, value: shown(v) });
  if (isEventField(field) && WHY.has(field)) return msg(`user-data.field.bad.${field}`, field === 'category' ? { value: shown(v), list: CATEGORIES.join(', ') } : { value: shown(v) });
  return msg('user-data.field.other', { field: name, value: shown(v), why: fallback });
}

/** A field's name in a message: the CSV column (`date`; in Korean 날짜(date)); any other key as it is. */
export function fieldName(field: string): Msg | string {
  return isEventField(field) ? msg(`user-data.fieldName.${field}`) : field;
}

/** The dates an imported event may have: `min` … `max`, both YYYY-MM-DD and included. */
export interface DateRange {
  min: string;
  max: string;
}

/** The message for a real date outside `range` (null when inside it): the same words for an import and the form. */
export function dateOutside(date: string, range: DateRange): Msg | null {
  return date < range.min || date > range.max ? msg('user-data.field.dateOutside', { value: shown(date), min: range.min, max: range.max }) : null;
}

/** 1900-01-01 to five years after `today` (YYYY-MM-DD; a 29 February five years on becomes 1 March). */
export function importDateRange(today: string): DateRange {
  const [y, m, d] = today.split('-').map(Number);
  return { min: '1900-01-01', max: new Date(Date.UTC(y + 5, m - 1, d)).toISOString().slice(0, 10) };
}

/** A field whose text held characters that XML does not allow; they were removed. */
export interface CleanedField {
  field: EventField;
  removed: number;
  /** True when all were C0 control characters (U+0000–U+001F). */
  onlyControls: boolean;
}

/** Removes the XML-invalid characters of one text (or list of texts), counting them in `cleaned`. */
function cleanText(v: unknown, field: EventField, cleaned: CleanedField[]): unknown {
  let removed = 0;
  let onlyControls = true;
  const one = (s: unknown) => {
    if (typeof s !== 'string') return s;
    const c = cleanXmlText(s);
    removed += c.removed;
    onlyControls &&= c.onlyControls;
    return c.text;
  };
  const out = Array.isArray(v) ? v.map(one) : one(v);
  if (removed) cleaned.push({ field, removed, onlyControls });
  return out;
}

/** One message per bad field, in field order; `entry` for a problem of no one field. */
export type FieldErrors = Partial<Record<EventField | 'entry', Msg>>;

/**
 * Normalises one raw entry (trimmed text with XML-invalid characters removed,
 * reported in `cleaned`; empty time, timezone and tags are absent; tags may be
 * a list or a `;`/`|` text) and checks it against the event schema, and its
 * date against `opts.dateRange` when given. Keys that are not event fields are
 * left out.
 */
export function checkEventFields(
  raw: Record<string, unknown>,
  opts: { dateRange?: DateRange } = {},
): { event: KrwEvent; cleaned: CleanedField[] } | { errors: FieldErrors } {
  const input: Record<string, unknown> = {};
  const cleaned: CleanedField[] = [];
  for (const f of EVENT_FIELDS) {
    let v = cleanText(raw[f], f, cleaned);
    if (typeof v === 'string') v = v.trim();
    if (f === 'tags') {
      if (typeof v === 'string') v = splitTags(v);
      else if (Array.isArray(v)) v = v.map((t) => (typeof t === 'string' ? t.trim() : t)).filter((t) => t !== '');
      if (Array.isArray(v) && v.length === 0) v = undefined;
    }
    if (OPTIONAL_FIELDS.includes(f) && (v === '' || v === null)) v = undefined;
    if (f === 'importance' && typeof v === 'string' && /^[123]$/.test(v)) v = Number(v);
    if (BLANK_FIELDS.includes(f) && (v === undefined || v === null)) v = '';
    if (v !== undefined) input[f] = v;
  }
  const res = userEventSchema().safeParse(input);
  const outside = res.success && opts.dateRange ? dateOutside(res.data.date, opts.dateRange) : null;
  if (outside) return { errors: { date: outside } };
  if (res.success) return { event: res.data, cleaned };
  const found: FieldErrors = {};
  for (const issue of res.error.issues) {
    const field = String(issue.path[0] ?? 'entry');
    const key = isEventField(field) ? field : 'entry';
    found[key] ??= describe(input, field, issue.message);
  }
  const errors: FieldErrors = {};
  for (const k of [...EVENT_FIELDS, 'entry'] as const) if (found[k]) errors[k] = found[k];
  return { errors };
}

/** Messages joined into one: `a and b and c` (`user-data.field.and`). */
export function joinAnd(list: readonly Msg[]): Msg {
  return list.slice(1).reduce((first, next) => msg('user-data.field.and', { first, next }), list[0]);
}

/** As checkEventFields, with the reasons joined: `date "2016-02-30" is not a real date (YYYY-MM-DD) and title is missing`. */
export function checkEvent(
  raw: Record<string, unknown>,
  opts: { dateRange?: DateRange } = {},
): { event: KrwEvent; cleaned: CleanedField[] } | { error: Msg } {
  const res = checkEventFields(raw, opts);
  return 'errors' in res ? { error: joinAnd(Object.values(res.errors)) } : res;
}

/** Only the SPEC fields, in SPEC order; no `day` or other extras; empty tags left out. */
export function pickEventFields(e: KrwEvent): KrwEvent {
  const { id, date, time, timezone, category, actor, title, summary, source_url, tags, importance, title_ko, summary_ko } = e;
  return {
    id,
    date,
    ...(time !== undefined ? { time } : {}),
    timezone,
    category,
    actor,
    title,
    summary,
    source_url,
    ...(tags && tags.length ? { tags: [...tags] } : {}),
    ...(importance !== undefined ? { importance } : {}),
    ...(title_ko ? { title_ko } : {}),
    ...(summary_ko ? { summary_ko } : {}),
  };
}
