import type { Category } from '../../../config/categories';
import { msg, type Msg } from '../../../i18n/message';
import type { KrwEvent } from '../../events/model/event-schema';
import {
  checkEvent,
  fieldName,
  IMPORT_OPTIONAL_FIELDS,
  importDateRange,
  isEventField,
  pickEventFields,
  REQUIRED_FIELDS,
  unguard,
  type CleanedField,
  type DateRange,
  type EventField,
} from './event-fields';
import { generatedEventId } from './event-id';
import { jsonSyntaxError } from './json-error';
import { parseCsv } from './parse-csv';

/** The category of an imported row that has none, until the user picks another in the preview. */
export const DEFAULT_IMPORT_CATEGORY: Category = 'political';

/**
 * Most events one import may add: a file with more valid events is refused as a whole. (A set this
 * large does not fit in localStorage: its stored text goes to IndexedDB, model/user-events-pointer.ts.)
 */
export const MAX_IMPORT_EVENTS = 50_000;

export interface ImportProblem {
  /** Physical line in the file (CSV, JSON syntax errors); null for JSON items and whole-file problems. */
  line: number | null;
  message: Msg;
  /** True when the problem cost a row or item (it was left out); false for notes such as an ignored column. */
  skipped: boolean;
}

export interface ImportResult {
  events: KrwEvent[];
  problems: ImportProblem[];
  format: 'csv' | 'json';
  /** Entries identical to a built-in event (as in a re-imported export): left out, and not a problem. */
  builtInPresent: number;
  /** Ids of the events that had no category and got the default one (the preview may change it). */
  defaultedCategory: string[];
  /** Set when the file held more valid events than one import may add: `events` is then empty. */
  tooMany?: { count: number; limit: number };
}

export interface ImportOptions {
  /** The built-in events by id: an entry with one of their ids is never imported. */
  builtIns?: ReadonlyMap<string, KrwEvent>;
  /** Today (YYYY-MM-DD): dates from 1900-01-01 to five years after it are accepted. Default: today in UTC. */
  today?: string;
  /** Most events one import may add (default MAX_IMPORT_EVENTS). */
  maxEvents?: number;
  /** The category of a row without one (default DEFAULT_IMPORT_CATEGORY). */
  defaultCategory?: Category;
}

/**
 * Reads events from a CSV or JSON file. Only `date` and `title` are needed: a row
 * without an id gets one from its date and title (generatedEventId; a second row
 * with the same date and title is a repeat), a row without a category gets
 * `defaultCategory` (listed in `defaultedCategory`). Good rows are kept; each bad one is
 * reported with its line (CSV) or item number (JSON) and left out. An id that
 * appears twice keeps its first row; an id of a built-in event is left out
 * (counted in `builtInPresent` when the entry equals the built-in event,
 * reported as skipped when it differs). XML-invalid characters are removed
 * from the text and reported. A file with more than `maxEvents` valid events
 * yields none (`tooMany`).
 */
export function importEvents(text: string, fileName: string, opts: ImportOptions = {}): ImportResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const first = body.trimStart()[0];
  const isJson = /\.json$/i.test(fileName) || first === '[' || first === '{';
  const format = isJson ? 'json' : 'csv';
  if (!body.trim()) {
    return { events: [], problems: [{ line: null, message: msg('user-data.import.empty'), skipped: false }], format, builtInPresent: 0, defaultedCategory: [] };
  }
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  const out = new Collector(opts.builtIns ?? new Map(), importDateRange(today), opts.defaultCategory ?? DEFAULT_IMPORT_CATEGORY);
  if (isJson) readJson(body, out);
  else readCsv(body, out);
  const limit = opts.maxEvents ?? MAX_IMPORT_EVENTS;
  const defaultedCategory = out.events.filter((e) => out.defaulted.has(e.id)).map((e) => e.id);
  const result: ImportResult = { events: out.events, problems: out.problems, format, builtInPresent: out.builtInPresent, defaultedCategory };
  if (out.events.length > limit) return { ...result, events: [], defaultedCategory: [], tooMany: { count: out.events.length, limit } };
  return result;
}

function sameEvent(a: KrwEvent, b: KrwEvent): boolean {
  return JSON.stringify(pickEventFields(a)) === JSON.stringify(pickEventFields(b));
}

/** `title had 2 control characters, summary had 1 character not allowed in text; removed`. */
function cleanedNote(cleaned: readonly CleanedField[]): Msg {
  const parts = cleaned.map((c) =>
    msg(c.onlyControls ? 'user-data.import.cleanedControls' : 'user-data.import.cleanedChars', { field: fieldName(c.field), n: c.removed }),
  );
  const list = parts.slice(1).reduce((first, next) => msg('user-data.import.list', { first, next }), parts[0]);
  return msg('user-data.import.cleaned', { list });
}

class Collector {
  events: KrwEvent[] = [];
  problems: ImportProblem[] = [];
  builtInPresent = 0;
  /** Ids of events whose category was the default. */
  defaulted = new Set<string>();
  private firstSeen = new Map<string, Msg>();
  constructor(
    private builtIns: ReadonlyMap<string, KrwEvent>,
    private dateRange: DateRange,
    private defaultCategory: Category,
  ) {}

  note(line: number | null, message: Msg, skipped = false): void {
    this.problems.push({ line, message, skipped });
  }

  /**
   * Checks one entry; `where` names it for duplicates ("line 4", "item 2"), `item` (JSON) starts
   * its messages: `item 2 (id x): …`.
   */
  add(given: Record<string, unknown>, line: number | null, where: Msg, item: Msg | null): void {
    const prefixed = (m: Msg) => (item ? msg('user-data.import.itemPrefix', { item, problem: m }) : m);
    const raw = { ...given };
    const generated = blank(raw.id) && typeof raw.date === 'string' && typeof raw.title === 'string';
    if (generated) raw.id = generatedEventId(raw.date as string, raw.title as string);
    const defaulted = blank(raw.category);
    if (defaulted) raw.category = this.defaultCategory;
    const res = checkEvent(raw, { dateRange: this.dateRange });
    if ('error' in res) return this.note(line, prefixed(res.error), true);
    const { id } = res.event;
    const before = this.firstSeen.get(id);
    if (before && generated) return this.note(line, prefixed(msg('user-data.import.repeat', { where: before, id })), true);
    if (before) return this.note(line, prefixed(msg('user-data.import.idAgain', { id, where: before })), true);
    this.firstSeen.set(id, where);
    const builtIn = this.builtIns.get(id);
    if (builtIn && sameEvent(builtIn, res.event)) {
      this.builtInPresent++;
      return;
    }
    if (builtIn) return this.note(line, prefixed(msg('user-data.import.builtInId', { id })), true);
    if (res.cleaned.length) this.note(line, prefixed(cleanedNote(res.cleaned)));
    if (defaulted) this.defaulted.add(id);
    this.events.push(res.event);
  }
}

function blank(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
}

function quoteList(names: readonly string[]): string {
  return names.map((n) => `"${n}"`).join(', ');
}

/** Quoted names and messages (a column without a name), joined with `, `. */
function commaList(items: readonly (string | Msg)[]): Msg | string {
  return items.slice(1).reduce<Msg | string>((first, next) => msg('user-data.import.comma', { first, next }), items[0]);
}

function readCsv(body: string, out: Collector): void {
  const { records, errors } = parseCsv(body);
  for (const e of errors) out.note(e.line, e.message, true);
  const [header, ...rows] = records;
  if (!header) return;
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const col = new Map<EventField, number>();
  const unknown: (string | Msg)[] = [];
  const twice: string[] = [];
  names.forEach((name, i) => {
    if (!isEventField(name)) unknown.push(name ? `"${name}"` : msg('user-data.import.noName', { n: i + 1 }));
    else if (col.has(name)) twice.push(name);
    else col.set(name, i);
  });
  const missing = REQUIRED_FIELDS.filter((f) => !col.has(f));
  if (missing.length) {
    out.note(
      header.line,
      msg('user-data.import.missingColumns', {
        n: missing.length,
        missing: missing.join(', '),
        needed: REQUIRED_FIELDS.join(', '),
        optional: IMPORT_OPTIONAL_FIELDS.join(', '),
        header: names.join(','),
      }),
    );
    return;
  }
  if (unknown.length) out.note(header.line, msg('user-data.import.unknownColumns', { n: unknown.length, list: commaList(unknown) }));
  if (twice.length) out.note(header.line, msg('user-data.import.twiceColumns', { n: twice.length, list: quoteList(twice) }));
  for (const r of rows) {
    if (r.error) {
      out.note(r.line, r.error, true);
      continue;
    }
    if (r.fields.length !== names.length) {
      out.note(r.line, msg('user-data.import.fieldCount', { n: r.fields.length, header: names.length }), true);
      continue;
    }
    const raw: Record<string, unknown> = {};
    for (const [f, i] of col) raw[f] = unguard(r.fields[i]);
    out.add(raw, r.line, msg('user-data.import.line', { line: r.line }), null);
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function readJson(body: string, out: Collector): void {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    const err = jsonSyntaxError(body, e instanceof Error ? e.message : String(e));
    out.note(err.line, msg('user-data.import.badJson', { column: err.column, detail: err.message }));
    return;
  }
  const items = Array.isArray(data) ? data : isObject(data) && Array.isArray(data.events) ? data.events : null;
  if (!items) {
    out.note(null, msg('user-data.import.notArray'));
    return;
  }
  const unknown = new Set<string>();
  items.forEach((item: unknown, i) => {
    const n = i + 1;
    if (!isObject(item)) {
      out.note(null, msg('user-data.import.notObject', { n }), true);
      return;
    }
    for (const k of Object.keys(item)) if (!isEventField(k)) unknown.add(k);
    const id = typeof item.id === 'string' && item.id.trim() ? item.id.trim() : null;
    out.add(item, null, msg('user-data.import.item', { n }), id ? msg('user-data.import.itemId', { n, id }) : msg('user-data.import.itemNoId', { n }));
  });
  if (unknown.size) out.note(null, msg('user-data.import.unknownFields', { n: unknown.size, list: quoteList([...unknown]) }));
}
