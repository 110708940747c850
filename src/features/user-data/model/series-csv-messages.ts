import { msg, type Msg } from '../../../i18n/message';
import type { SeriesFileIssue, SeriesLineIssue } from './series-csv-types';
import { formatInstantInZone } from './series-preview-format';

/** Longest value quoted back in a message; longer ones end in "…". */
const QUOTE_CHARS = 40;

function quote(s: string): string {
  return `"${s.length > QUOTE_CHARS ? `${s.slice(0, QUOTE_CHARS - 1)}…` : s}"`;
}

/** An instant as UTC (`2024-01-02T01:00Z`), or on the wall clock of `zone` with its name. */
function instantText(ms: number, zone?: string): string {
  if (zone) return `${formatInstantInZone(ms, zone)} (${zone})`;
  return new Date(ms).toISOString().replace(/:00\.000Z$/, 'Z').replace(/\.000Z$/, 'Z');
}

/**
 * A bad line's reason (without the line number), for the import preview; a repeated instant is
 * shown in `zone` when given (the zone the preview shows times in), else UTC.
 */
export function seriesLineIssueText(issue: SeriesLineIssue, zone?: string): Msg {
  switch (issue.code) {
    case 'row.field-count':
      return msg('user-data.seriesLine.fieldCount', { found: issue.found, expected: String(issue.expected) });
    case 'row.unclosed-quote':
      return msg('user-data.seriesLine.unclosedQuote');
    case 'row.text-after-quote':
      return msg('user-data.seriesLine.textAfterQuote');
    case 'time.empty':
      return msg('user-data.seriesLine.timeEmpty');
    case 'time.invalid':
      return msg('user-data.seriesLine.timeInvalid', { value: quote(issue.value) });
    case 'time.not-a-date':
      return msg('user-data.seriesLine.timeNotADate', { value: quote(issue.value) });
    case 'time.not-in-zone':
      return msg('user-data.seriesLine.timeNotInZone', { value: quote(issue.value), zone: issue.zone });
    case 'time.duplicate':
      return msg('user-data.seriesLine.timeDuplicate', { instant: instantText(issue.instant, zone), line: String(issue.firstLine) });
    case 'value.empty':
      return msg('user-data.seriesLine.valueEmpty');
    case 'value.not-a-number':
      return msg('user-data.seriesLine.valueNotANumber', { value: quote(issue.value) });
    case 'value.not-positive':
      return msg('user-data.seriesLine.valueNotPositive', { value: quote(issue.value) });
  }
}

/** "Line 7: value "n/a" is not a number". */
export function seriesLineText(issue: SeriesLineIssue, zone?: string): Msg {
  return msg('user-data.seriesLine.line', { line: String(issue.line), reason: seriesLineIssueText(issue, zone) });
}

function megabytes(bytes: number): string {
  return String(Math.round(bytes / (1024 * 1024)));
}

function columnList(columns: string[]): string {
  const text = columns.map((c) => quote(c)).join(', ');
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

/** A problem that stops the whole file (a sentence). */
export function seriesFileIssueText(issue: SeriesFileIssue): Msg {
  switch (issue.code) {
    case 'file.empty':
      return msg('user-data.seriesFile.empty');
    case 'file.too-large':
      return msg('user-data.seriesFile.tooLarge', { size: megabytes(issue.bytes), limit: megabytes(issue.limit) });
    case 'file.no-rows':
      return msg('user-data.seriesFile.noRows');
    case 'header.no-time-column':
      return msg('user-data.seriesFile.noTimeColumn', { columns: columnList(issue.columns) });
    case 'header.no-value-column':
      return msg('user-data.seriesFile.noValueColumn', { columns: columnList(issue.columns) });
    case 'options.bad-zone':
      return msg('user-data.seriesFile.badZone', { zone: quote(issue.zone) });
    case 'options.bad-fix-time':
      return msg('user-data.seriesFile.badFixTime', { time: quote(issue.fixTime) });
  }
}
