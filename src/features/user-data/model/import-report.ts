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
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}

export function formatProblem(p: ImportProblem): string {
  return p.line === null ? p.message : `line ${p.line}: ${p.message}`;
}

/** Every problem of one import, in file order of discovery: the skipped entries first, then the notes. */
export function allProblems(result: ImportResult, merge: MergeResult): ImportProblem[] {
  return [
    ...result.problems.filter((p) => p.skipped),
    ...merge.skippedBuiltIn.map((id) => ({ line: null, message: `id "${id}" is already a built-in event; skipped`, skipped: true })),
    ...result.problems.filter((p) => !p.skipped),
  ];
}

/**
 * `a; b; … and 3 more`: at most MAX_LISTED items, and no more than fit in `room` characters. The first
 * item may use the room it has; later ones are shortened to MAX_PROBLEM characters.
 */
function listed(items: readonly string[], room: number): string {
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
  return n < items.length ? `${out}; … and ${items.length - n} more` : out;
}

/** The parts of the first notice line, in order; later wording (e.g. "not saved") is one more part. */
function headParts(fileName: string, result: ImportResult, merge: MergeResult, ctx: ImportContext): string[] {
  const n = merge.added.length + merge.replaced.length;
  fileName = shorten(fileName, 60);
  let first = n ? `Imported ${plural(n, 'event')} from ${fileName}` : `No event imported from ${fileName}`;
  if (ctx.encoding && ctx.encoding !== 'utf-8') first += ` (read as ${ENCODING_NAMES[ctx.encoding]}, not UTF-8)`;
  if (result.tooMany) {
    const { count, limit } = result.tooMany;
    first += `: it holds ${plural(count, 'valid event')}, more than the ${limit.toLocaleString('en-US')} one import may add; nothing was added (split it into smaller files)`;
  }
  if (merge.replaced.length) {
    const r = merge.replaced.length;
    first += ` (${r === 1 ? 'it replaced' : `${r} replaced`} your earlier version${r === 1 ? '' : 's'}: ${listed(merge.replaced, 120)})`;
  }
  const parts = [first];
  if (result.builtInPresent) parts.push(`${plural(result.builtInPresent, 'built-in event')} already present`);
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
  let head = headParts(fileName, result, merge, ctx).join('; ');
  const skipped = allProblems(result, merge).filter((p) => p.skipped).map(formatProblem);
  if (skipped.length) {
    head += `; ${plural(skipped.length, result.format === 'csv' ? 'line' : 'item')} skipped: `;
    head += listed(skipped, NOTICE_BUDGET - head.length);
  }
  const notes = result.problems.filter((p) => !p.skipped).map(formatProblem);
  if (!notes.length) return [head];
  const prefix = `${shorten(fileName, 60)}: `;
  return [head, prefix + listed(notes, NOTICE_BUDGET - prefix.length)];
}

/** The full report as CSV: `line,status,problem`, one row per problem ("skipped" or "note"), every one. */
export function importReportCsv(result: ImportResult, merge: MergeResult): string {
  const rows = allProblems(result, merge).map((p) =>
    csvLine([p.line === null ? '' : String(p.line), p.skipped ? 'skipped' : 'note', guardFormula(p.message)]),
  );
  return `${['line,status,problem', ...rows].join('\n')}\n`;
}
