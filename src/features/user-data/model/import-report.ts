import type { ImportProblem, ImportResult } from './import-events';
import type { MergeResult } from './merge-user-events';

/** How many problems one notice lists before "… and N more". */
const MAX_LISTED = 8;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function formatProblem(p: ImportProblem): string {
  return p.line === null ? p.message : `line ${p.line}: ${p.message}`;
}

function listed(items: readonly string[]): string {
  const shown = items.slice(0, MAX_LISTED).join('; ');
  return items.length > MAX_LISTED ? `${shown}; … and ${items.length - MAX_LISTED} more` : shown;
}

/**
 * The notice lines for one import, e.g.
 * `Imported 12 events from my.csv; 2 lines skipped: line 4: …; line 9: …`,
 * then one line per note (ignored columns and the like).
 */
export function importReport(fileName: string, result: ImportResult, merge: MergeResult): string[] {
  const n = merge.added.length + merge.replaced.length;
  let head = n ? `Imported ${plural(n, 'event')} from ${fileName}` : `No event imported from ${fileName}`;
  if (merge.replaced.length) {
    head += ` (${merge.replaced.length === 1 ? 'it replaced' : `${merge.replaced.length} replaced`} your earlier version${merge.replaced.length === 1 ? '' : 's'}: ${listed(merge.replaced)})`;
  }
  const skipped = [
    ...result.problems.filter((p) => p.skipped).map(formatProblem),
    ...merge.skippedBuiltIn.map((id) => `id "${id}" is already a built-in event; skipped`),
  ];
  if (skipped.length) head += `; ${plural(skipped.length, result.format === 'csv' ? 'line' : 'item')} skipped: ${listed(skipped)}`;
  const notes = result.problems.filter((p) => !p.skipped).map((p) => `${fileName}: ${formatProblem(p)}`);
  return [head, ...notes];
}
