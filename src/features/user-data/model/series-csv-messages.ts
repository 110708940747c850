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
 * English text of a bad line's reason (without the line number), for the import preview; a
 * repeated instant is shown in `zone` when given (the zone the preview shows times in), else UTC.
 */
export function seriesLineIssueText(issue: SeriesLineIssue, zone?: string): string {
  switch (issue.code) {
    case 'row.field-count':
      return `has ${issue.found} field${issue.found === 1 ? '' : 's'}; the header has ${issue.expected}`;
    case 'row.unclosed-quote':
      return 'a quoted field opens here but its closing double quote is missing';
    case 'row.text-after-quote':
      return 'has text after a closing double quote';
    case 'time.empty':
      return 'has no date or time';
    case 'time.invalid':
      return `time ${quote(issue.value)} is not YYYY-MM-DD, YYYY-MM-DDTHH:MM[:SS] or one with an offset (Z, +09:00)`;
    case 'time.not-a-date':
      return `time ${quote(issue.value)} is not a real date or time of day`;
    case 'time.not-in-zone':
      return `time ${quote(issue.value)} does not exist in ${issue.zone} (the clocks skip it)`;
    case 'time.duplicate':
      return `repeats the instant ${instantText(issue.instant, zone)} of line ${issue.firstLine}; the first is kept`;
    case 'value.empty':
      return 'has no value';
    case 'value.not-a-number':
      return `value ${quote(issue.value)} is not a number`;
    case 'value.not-positive':
      return `value ${quote(issue.value)} is not above zero (the chart takes logarithms)`;
  }
}

/** "Line 7: value "n/a" is not a number". */
export function seriesLineText(issue: SeriesLineIssue, zone?: string): string {
  return `Line ${issue.line}: ${seriesLineIssueText(issue, zone)}`;
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

function columnList(columns: string[]): string {
  const text = columns.map((c) => quote(c)).join(', ');
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

/** English text of a problem that stops the whole file. */
export function seriesFileIssueText(issue: SeriesFileIssue): string {
  switch (issue.code) {
    case 'file.empty':
      return 'The file is empty.';
    case 'file.too-large':
      return `The file is ${megabytes(issue.bytes)}; files over ${megabytes(issue.limit)} are not read.`;
    case 'file.no-rows':
      return 'The file has a header but no rows.';
    case 'header.no-time-column':
      return `No time column: the header (${columnList(issue.columns)}) needs one named date, day, time, timestamp or datetime.`;
    case 'header.no-value-column':
      return `No value column: the header (${columnList(issue.columns)}) needs one named value, close, rate, price, last or px_last, or just two columns.`;
    case 'options.bad-zone':
      return `${quote(issue.zone)} is not a time zone known to this browser (use an IANA name such as Asia/Seoul).`;
    case 'options.bad-fix-time':
      return `${quote(issue.fixTime)} is not a time of day (HH:MM, 00:00 to 23:59).`;
  }
}
