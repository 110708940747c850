import type { KrwEvent } from '../../events/model/event-schema';
import { checkEvent, isEventField, OPTIONAL_FIELDS, REQUIRED_FIELDS, unguard, type EventField } from './event-fields';
import { parseCsv } from './parse-csv';

export interface ImportProblem {
  /** Physical line in the file (CSV, JSON syntax errors); null for JSON items and whole-file problems. */
  line: number | null;
  message: string;
  /** True when the problem cost a row or item (it was left out); false for notes such as an ignored column. */
  skipped: boolean;
}

export interface ImportResult {
  events: KrwEvent[];
  problems: ImportProblem[];
  format: 'csv' | 'json';
}

/**
 * Reads events from a CSV or JSON file. Good rows are kept; each bad one is
 * reported with its line (CSV) or item number (JSON) and left out. An id that
 * appears twice keeps its first row; an id in `builtInIds` is skipped.
 */
export function importEvents(text: string, fileName: string, builtInIds: ReadonlySet<string> = new Set()): ImportResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const first = body.trimStart()[0];
  const isJson = /\.json$/i.test(fileName) || first === '[' || first === '{';
  const format = isJson ? 'json' : 'csv';
  if (!body.trim()) return { events: [], problems: [{ line: null, message: 'the file is empty', skipped: false }], format };
  const out = new Collector(builtInIds);
  if (isJson) readJson(body, out);
  else readCsv(body, out);
  return { events: out.events, problems: out.problems, format };
}

class Collector {
  events: KrwEvent[] = [];
  problems: ImportProblem[] = [];
  private firstSeen = new Map<string, string>();
  constructor(private builtInIds: ReadonlySet<string>) {}

  note(line: number | null, message: string, skipped = false): void {
    this.problems.push({ line, message, skipped });
  }

  /** Checks one entry; `where` names it for duplicates ("line 4", "item 2"), `prefix` starts its messages. */
  add(raw: Record<string, unknown>, line: number | null, where: string, prefix: string): void {
    const res = checkEvent(raw);
    if ('error' in res) return this.note(line, prefix + res.error, true);
    const { id } = res.event;
    const before = this.firstSeen.get(id);
    if (before) return this.note(line, `${prefix}id "${id}" appears again (first on ${before}); skipped`, true);
    this.firstSeen.set(id, where);
    if (this.builtInIds.has(id)) return this.note(line, `${prefix}id "${id}" is already a built-in event; skipped`, true);
    this.events.push(res.event);
  }
}

function quoteList(names: readonly string[]): string {
  return names.map((n) => `"${n}"`).join(', ');
}

function readCsv(body: string, out: Collector): void {
  const { records, errors } = parseCsv(body);
  for (const e of errors) out.note(e.line, e.message, true);
  const [header, ...rows] = records;
  if (!header) return;
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const col = new Map<EventField, number>();
  const unknown: string[] = [];
  const twice: string[] = [];
  names.forEach((name, i) => {
    if (!isEventField(name)) unknown.push(name || `(column ${i + 1}, no name)`);
    else if (col.has(name)) twice.push(name);
    else col.set(name, i);
  });
  const missing = REQUIRED_FIELDS.filter((f) => !col.has(f));
  if (missing.length) {
    out.note(
      header.line,
      `the header row lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}; no event was read ` +
        `(needed: ${REQUIRED_FIELDS.join(', ')}; optional: ${OPTIONAL_FIELDS.join(', ')}; header found: ${names.join(',')})`,
    );
    return;
  }
  if (unknown.length) out.note(header.line, `unknown column${unknown.length > 1 ? 's' : ''} ${quoteList(unknown)} ignored`);
  if (twice.length) out.note(header.line, `column${twice.length > 1 ? 's' : ''} ${quoteList(twice)} appear${twice.length > 1 ? '' : 's'} twice; the first is used`);
  for (const r of rows) {
    if (r.error) {
      out.note(r.line, r.error, true);
      continue;
    }
    if (r.fields.length !== names.length) {
      out.note(r.line, `has ${r.fields.length} fields but the header has ${names.length} (a text with a comma must be in double quotes)`, true);
      continue;
    }
    const raw: Record<string, unknown> = {};
    for (const [f, i] of col) raw[f] = unguard(r.fields[i]);
    out.add(raw, r.line, `line ${r.line}`, '');
  }
}

/** The line of a JSON.parse error, from "line N" or "position N" in the engine's message (the last line when the text stops early). */
function jsonErrorLine(message: string, body: string): number | null {
  const line = /line (\d+)/.exec(message);
  if (line) return Number(line[1]);
  const pos = /position (\d+)/.exec(message);
  const upTo = pos ? Number(pos[1]) : /end of (JSON )?(input|data)/i.test(message) ? body.trimEnd().length : null;
  return upTo === null ? null : body.slice(0, upTo).split(/\r\n|\r|\n/).length;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function readJson(body: string, out: Collector): void {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    out.note(jsonErrorLine(msg, body), `not valid JSON (${msg}); no event was read`);
    return;
  }
  const items = Array.isArray(data) ? data : isObject(data) && Array.isArray(data.events) ? data.events : null;
  if (!items) {
    out.note(null, 'expected a JSON array of events, or an object with an "events" array; no event was read');
    return;
  }
  const unknown = new Set<string>();
  items.forEach((item: unknown, i) => {
    const n = i + 1;
    if (!isObject(item)) {
      out.note(null, `item ${n}: not an object with event fields; skipped`, true);
      return;
    }
    for (const k of Object.keys(item)) if (!isEventField(k)) unknown.add(k);
    const id = typeof item.id === 'string' && item.id.trim() ? `id ${item.id.trim()}` : 'no id';
    out.add(item, null, `item ${n}`, `item ${n} (${id}): `);
  });
  if (unknown.size) out.note(null, `unknown field${unknown.size > 1 ? 's' : ''} ${quoteList([...unknown])} ignored`);
}
