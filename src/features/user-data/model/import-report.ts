import { msg, msgKey, type Msg } from '../../../i18n/message';
import { csvLine, guardFormula } from '../../../lib/csv';
import { ENCODING_NAMES, type FileEncoding } from './decode-event-file';
import type { ImportProblem, ImportResult } from './import-events';
import type { MergeResult } from './merge-user-events';
import { shorten } from '../../../lib/notice-text';

/** How many problems one notice lists at most before "… and N more". */
const MAX_LISTED = 8;
/** A notice line stays within about this many characters; the full list is in the report. */
export const NOTICE_BUDGET = 300;
/** One problem in a notice is shortened to this many characters. */
const MAX_PROBLEM = 100;

/** What the page knows about the file besides its text. */
export interface ImportContext {
  /** The encoding the file was read in (a note when it is not UTF-8). */
  encoding?: FileEncoding;
  /**
   * Turns messages into words: the views pass `translate` / `tm` (the UI language). Without it a
   * message shows as its id and values (model code has no words of its own).
   */
  tr?: (m: Msg) => string;
}

/** A problem with its line: `line 4: …` (a message; the views translate it). */
export function formatProblem(p: ImportProblem): Msg {
  return p.line === null ? p.message : msg('user-data.import.atLine', { line: p.line, problem: p.message });
}

/** Every problem of one import, in file order of discovery: the skipped entries first, then the notes. */
export function allProblems(result: ImportResult, merge: MergeResult): ImportProblem[] {
  return [
    ...result.problems.filter((p) => p.skipped),
    ...merge.skippedBuiltIn.map((id): ImportProblem => ({ line: null, message: msg('user-data.import.builtInId', { id }), skipped: true })),
    ...result.problems.filter((p) => !p.skipped),
  ];
}

/**
 * `a; b; … and 3 more`: at most MAX_LISTED items, and no more than fit in `room` characters. The first
 * item may use the room it has; later ones are shortened to MAX_PROBLEM characters.
 */
function listed(tr: (m: Msg) => string, items: readonly string[], room: number): string {
  let out = '';
  let n = 0;
  for (const item of items.slice(0, MAX_LISTED)) {
    const max = n ? MAX_PROBLEM : Math.max(MAX_PROBLEM, room - (items.length > 1 ? 20 : 0));
    const next = (n ? '; ' : '') + shorten(item, max);
    const rest = items.length - n - 1;
    if (out.length + next.length + (rest ? 20 : 0) > room && n > 0) break;
    out += next;
    n++;
  }
  return n < items.length ? tr(msg('user-data.report.listMore', { list: out, n: items.length - n })) : out;
}

/** The parts of the first notice line, in order; later wording (e.g. "not saved") is one more part. */
function headParts(tr: (m: Msg) => string, fileName: string, result: ImportResult, merge: MergeResult, ctx: ImportContext): string[] {
  const n = merge.added.length + merge.replaced.length;
  const file = shorten(fileName, 60);
  let first = tr(n ? msg('user-data.report.imported', { n, file }) : msg('user-data.report.noneImported', { file }));
  if (ctx.encoding && ctx.encoding !== 'utf-8') first += tr(msg('user-data.report.readAs', { encoding: ENCODING_NAMES[ctx.encoding] }));
  if (result.tooMany) {
    const { count, limit } = result.tooMany;
    first += tr(msg('user-data.report.tooMany', { count, limit }));
  }
  if (merge.replaced.length) {
    first += tr(msg('user-data.report.replaced', { n: merge.replaced.length, list: listed(tr, merge.replaced, 120) }));
  }
  const parts = [first];
  if (result.builtInPresent) parts.push(tr(msg('user-data.report.builtInPresent', { n: result.builtInPresent })));
  return parts;
}

/**
 * The notice lines for one import, e.g.
 * `Imported 12 events from my.csv; 2 lines skipped: line 4: …; line 9: …`,
 * then one line for the notes (ignored columns, removed characters and the
 * like). Each stays within about NOTICE_BUDGET characters; `allProblems` has
 * every problem.
 */
export function importReport(fileName: string, result: ImportResult, merge: MergeResult, ctx: ImportContext = {}): string[] {
  const tr = ctx.tr ?? msgKey;
  let head = headParts(tr, fileName, result, merge, ctx).join('; ');
  const skipped = allProblems(result, merge).filter((p) => p.skipped).map((p) => tr(formatProblem(p)));
  if (skipped.length) {
    head += tr(msg(result.format === 'csv' ? 'user-data.report.linesSkipped' : 'user-data.report.itemsSkipped', { n: skipped.length }));
    head += listed(tr, skipped, NOTICE_BUDGET - head.length);
  }
  const notes = result.problems.filter((p) => !p.skipped).map((p) => tr(formatProblem(p)));
  if (!notes.length) return [head];
  const prefix = `${shorten(fileName, 60)}: `;
  return [head, prefix + listed(tr, notes, NOTICE_BUDGET - prefix.length)];
}

/**
 * The full report as CSV: `line,status,problem`, one row per problem ("skipped" or "note"), every one.
 * The columns and statuses are codes; the problem is in the words of `tr` (the views pass the UI language's).
 */
export function importReportCsv(result: ImportResult, merge: MergeResult, tr: (m: Msg) => string = msgKey): string {
  const rows = allProblems(result, merge).map((p) =>
    csvLine([p.line === null ? '' : String(p.line), p.skipped ? 'skipped' : 'note', guardFormula(tr(p.message))]),
  );
  return `${['line,status,problem', ...rows].join('\n')}\n`;
}
