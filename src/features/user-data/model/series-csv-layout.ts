import type { SeriesFileIssue, SeriesLayout } from './series-csv-types';

/** Header names (lower case, without spaces, quotes, `_`, `-`, `/` or `.`) of the time column. */
export const TIME_NAMES = ['date', 'day', 'time', 'timestamp', 'datetime'];
/** Header names of the value column; without one, the only other column of a two-column file. */
export const VALUE_NAMES = ['value', 'close', 'rate', 'price', 'last', 'pxlast'];

export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[\s"'_\-/.\uFEFF]/g, '');
}

/** The fields of one line, quote-aware (enough for a header or a first data line). */
function splitLine(line: string, sep: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '"') {
      if (quoted && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else quoted = !quoted;
    } else if (c === sep && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

export interface LayoutFound {
  layout: Omit<SeriesLayout, 'fastPath' | 'decimal'>;
  timeIndex: number;
  valueIndex: number;
  /** Where the data starts in the text, and its line number. */
  dataStart: number;
  dataLine: number;
}

const DATE_START = /^\s*"?\d{4}[-/]\d{2}[-/]\d{2}/;

/**
 * Finds the separator (`;` when the first line has one outside quotes, else `,`), whether the first
 * non-empty line is a header (it is, unless its first field starts like a date), and the time and
 * value columns by name.
 */
export function findLayout(text: string): LayoutFound | SeriesFileIssue {
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  for (;;) {
    const c = text[pos];
    if (c === '\n') line++;
    else if (c === '\r') {
      if (text[pos + 1] !== '\n') line++;
    } else if (c !== ' ' && c !== '\t') break;
    pos++;
  }
  if (pos >= text.length) return { code: 'file.empty' };
  let end = pos;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  const first = text.slice(pos, end);
  const sep = splitLine(first, ';').length > 1 ? ';' : ',';
  const fields = splitLine(first, sep);
  if (DATE_START.test(first)) {
    return {
      layout: { separator: sep, header: false, timeColumn: '1', valueColumn: '2', columnCount: fields.length },
      timeIndex: 0,
      valueIndex: 1,
      dataStart: pos,
      dataLine: line,
    };
  }
  const names = fields.map(normalizeName);
  const columns = fields.map((f) => f.trim());
  const timeIndex = names.findIndex((nm) => TIME_NAMES.includes(nm));
  if (timeIndex < 0) return { code: 'header.no-time-column', columns };
  let valueIndex = names.findIndex((nm, i) => i !== timeIndex && VALUE_NAMES.includes(nm));
  if (valueIndex < 0 && fields.length === 2) valueIndex = 1 - timeIndex;
  if (valueIndex < 0) return { code: 'header.no-value-column', columns };
  let dataStart = end;
  if (text[dataStart] === '\r') dataStart++;
  if (text[dataStart] === '\n') dataStart++;
  return {
    layout: { separator: sep, header: true, timeColumn: columns[timeIndex]!, valueColumn: columns[valueIndex]!, columnCount: fields.length },
    timeIndex,
    valueIndex,
    dataStart,
    dataLine: line + 1,
  };
}

/** Auto decimal mark: comma when the separator is `;` and the first 64 KB of data hold a `,`. */
export function detectDecimal(text: string, dataStart: number, sep: string, wanted: 'auto' | 'point' | 'comma' = 'auto'): 'point' | 'comma' {
  if (wanted !== 'auto') return wanted;
  if (sep !== ';') return 'point';
  return text.slice(dataStart, dataStart + 65_536).includes(',') ? 'comma' : 'point';
}
