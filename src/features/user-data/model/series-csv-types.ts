/**
 * Types of the series CSV parser (series-csv.ts): what it is told, what it returns, and the
 * codes of its complaints (turned into English by series-csv-messages.ts).
 */

/** How a row's time text is read. */
export interface SeriesParseOptions {
  /** IANA zone of local date-times and date-only rows (default `Asia/Seoul`, as for events). */
  timeZone?: string;
  /** Wall-clock time (HH:MM, 24 h) in `timeZone` given to date-only rows (default `23:59`). */
  fixTime?: string;
  /** Decimal mark of the values: `auto` (default) reads `;` files with `1.234,56`-style numbers as comma. */
  decimal?: 'auto' | 'point' | 'comma';
  /** Called now and then while parsing, with the share of the text read (0..1). */
  onProgress?: (fraction: number) => void;
}

export type SeriesResolution = 'daily' | 'intraday';

/** A bad line: its physical line number (1-based, the header is line 1), a code and the parameters. */
export type SeriesLineIssue =
  | { line: number; code: 'row.field-count'; expected: number; found: number }
  | { line: number; code: 'row.unclosed-quote' }
  | { line: number; code: 'row.text-after-quote' }
  | { line: number; code: 'time.empty' }
  | { line: number; code: 'time.invalid'; value: string }
  | { line: number; code: 'time.not-a-date'; value: string }
  | { line: number; code: 'time.not-in-zone'; value: string; zone: string }
  | { line: number; code: 'time.duplicate'; instant: number; firstLine: number }
  | { line: number; code: 'value.empty' }
  | { line: number; code: 'value.not-a-number'; value: string }
  | { line: number; code: 'value.not-positive'; value: string };

export type SeriesLineIssueCode = SeriesLineIssue['code'];

/** A problem with the whole file: nothing could be read from it. */
export type SeriesFileIssue =
  | { code: 'file.empty' }
  | { code: 'file.too-large'; bytes: number; limit: number }
  | { code: 'file.no-rows' }
  | { code: 'header.no-time-column'; columns: string[] }
  | { code: 'header.no-value-column'; columns: string[] }
  | { code: 'options.bad-zone'; zone: string }
  | { code: 'options.bad-fix-time'; fixTime: string };

/** One parsed row as the preview shows it. */
export interface SeriesRow {
  line: number;
  /** UTC ms. */
  instant: number;
  value: number;
}

export interface SeriesLayout {
  separator: ',' | ';';
  decimal: 'point' | 'comma';
  /** Whether line 1 is a header (a file may also start with data). */
  header: boolean;
  /** Header names of the time and value columns as written (or `1` and `2` without a header). */
  timeColumn: string;
  valueColumn: string;
  columnCount: number;
  /** Whether the fast path (two plain columns, no quotes) read the rows. */
  fastPath: boolean;
}

export interface SeriesParseResult {
  /** Set when the file could not be read at all; the arrays are then empty. */
  fileIssue: SeriesFileIssue | null;
  layout: SeriesLayout | null;
  /** Instants (UTC ms), ascending and unique. */
  instants: Float64Array;
  /** Values, index for index with `instants`; all finite and > 0. */
  values: Float64Array;
  count: number;
  /** First and last instants (UTC ms), or null without rows. */
  range: { first: number; last: number } | null;
  /** Up to PREVIEW_ROWS rows from each end, in time order. */
  firstRows: SeriesRow[];
  lastRows: SeriesRow[];
  resolution: SeriesResolution;
  /** Whether the file's rows were not in ascending time order (they are sorted here). */
  outOfOrder: boolean;
  /** How the good rows gave their times: with an offset or Z, local date-time, date only. */
  timeKinds: { offset: number; local: number; dateOnly: number };
  /** Every bad line, by line number. */
  issues: SeriesLineIssue[];
}

export const PREVIEW_ROWS = 5;
export const DEFAULT_SERIES_ZONE = 'Asia/Seoul';
export const DEFAULT_FIX_TIME = '23:59';
/** Files over this size are refused before they are read. */
export const SERIES_FILE_MAX_BYTES = 200 * 1024 * 1024;
