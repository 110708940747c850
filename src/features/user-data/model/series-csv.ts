import { SeriesCollector } from './series-csv-collect';
import { failedSeriesResult } from './series-csv-failed';
import { detectDecimal, findLayout } from './series-csv-layout';
import { readNumber } from './series-csv-number';
import { forEachRecord } from './series-csv-records';
import { TimeReader, parseFixTime, type TimeError } from './series-csv-time';
import {
  DEFAULT_FIX_TIME,
  DEFAULT_SERIES_ZONE,
  type SeriesLineIssue,
  type SeriesParseOptions,
  type SeriesParseResult,
} from './series-csv-types';
import { isKnownZone } from './series-zone-clock';
import { shorten } from '../../../lib/notice-text';

export * from './series-csv-types';

const PROGRESS_EVERY = 65_536;
/** Values kept in a bad line's parameters are cut to this many characters. */
const KEEP_CHARS = 60;

function clip(s: string): string {
  return shorten(s, KEEP_CHARS);
}

/** One row's time and value fields, read into the collector or reported as a bad line. */
function takeRow(out: SeriesCollector, reader: TimeReader, comma: boolean, zone: string, line: number, s: string, t0: number, t1: number, v0: number, v1: number): void {
  const instant = reader.read(s, t0, t1);
  if (Number.isNaN(instant)) {
    const code: TimeError = reader.error;
    const value = clip(s.slice(t0, t1).trim());
    out.issue(code === 'time.empty' ? { line, code } : code === 'time.not-in-zone' ? { line, code, value, zone } : { line, code, value });
    return;
  }
  const value = readNumber(s, v0, v1, comma);
  if (!(value > 0)) {
    const text = clip(s.slice(v0, v1).trim());
    let issue: SeriesLineIssue;
    if (text === '') issue = { line, code: 'value.empty' };
    else if (Number.isNaN(value)) issue = { line, code: 'value.not-a-number', value: text };
    else issue = { line, code: 'value.not-positive', value: text };
    out.issue(issue);
    return;
  }
  out.add(instant, value, line, reader.kind, reader.dateKey, reader.timeOfDay);
}

/**
 * Parses a series CSV (`date,value` or `timestamp,value`; see series-csv-layout.ts for the header
 * and series-csv-time.ts for the time formats). Never throws on any text: a file it cannot read
 * gives `fileIssue`, a bad row is reported by line number and skipped, and no row is invented.
 * Two plain columns without quotes take the fast path (indexOf over the whole text, no per-line
 * strings); anything else the RFC 4180 reader.
 */
export function parseSeriesCsv(text: string, options: SeriesParseOptions = {}): SeriesParseResult {
  const zone = options.timeZone ?? DEFAULT_SERIES_ZONE;
  const fixText = options.fixTime ?? DEFAULT_FIX_TIME;
  if (!isKnownZone(zone)) return failedSeriesResult({ code: 'options.bad-zone', zone: clip(zone) });
  const fix = parseFixTime(fixText);
  if (fix < 0) return failedSeriesResult({ code: 'options.bad-fix-time', fixTime: clip(fixText) });
  const found = findLayout(text);
  if ('code' in found) return failedSeriesResult(found);
  const { layout, timeIndex, valueIndex, dataStart, dataLine } = found;
  const decimal = detectDecimal(text, dataStart, layout.separator, options.decimal);
  const comma = decimal === 'comma';
  const reader = new TimeReader(zone, fix * 60_000);
  const out = new SeriesCollector();
  const n = text.length;
  const progress = options.onProgress;
  const fast = layout.columnCount === 2 && text.indexOf('"', dataStart) < 0 && !/\r(?!\n)/.test(text);
  if (fast) {
    const sep = layout.separator;
    let pos = dataStart;
    let line = dataLine;
    for (; pos < n; line++) {
      let nl = text.indexOf('\n', pos);
      if (nl < 0) nl = n;
      let end = nl;
      if (end > pos && text.charCodeAt(end - 1) === 13) end--;
      if (end > pos) {
        const s1 = text.indexOf(sep, pos);
        if (s1 < 0 || s1 >= end) out.issue({ line, code: 'row.field-count', expected: 2, found: 1 });
        else {
          let s2 = text.indexOf(sep, s1 + 1);
          if (s2 >= 0 && s2 < end) {
            let found = 2;
            for (; s2 >= 0 && s2 < end; s2 = text.indexOf(sep, s2 + 1)) found++;
            out.issue({ line, code: 'row.field-count', expected: 2, found });
          } else if (timeIndex === 0) takeRow(out, reader, comma, zone, line, text, pos, s1, s1 + 1, end);
          else takeRow(out, reader, comma, zone, line, text, s1 + 1, end, pos, s1);
        }
      }
      pos = nl + 1;
      if (progress && (line & (PROGRESS_EVERY - 1)) === 0) progress(pos / n);
    }
  } else {
    let count = 0;
    forEachRecord(text, dataStart, dataLine, layout.separator, (line, fields, flaw, at) => {
      if (progress && (++count & (PROGRESS_EVERY - 1)) === 0) progress(at / n);
      if (flaw === 'unclosed') return out.issue({ line, code: 'row.unclosed-quote' });
      if (flaw === 'after-quote') return out.issue({ line, code: 'row.text-after-quote' });
      if (fields.length !== layout.columnCount) return out.issue({ line, code: 'row.field-count', expected: layout.columnCount, found: fields.length });
      const t = fields[timeIndex]!;
      const v = fields[valueIndex]!;
      const s = `${t}\u0000${v}`;
      takeRow(out, reader, comma, zone, line, s, 0, t.length, t.length + 1, s.length);
    });
  }
  progress?.(1);
  const rows = out.finish();
  const result: SeriesParseResult = { fileIssue: null, layout: { ...layout, decimal, fastPath: fast }, ...rows };
  if (rows.count === 0 && rows.issues.length === 0) result.fileIssue = { code: 'file.no-rows' };
  return result;
}
