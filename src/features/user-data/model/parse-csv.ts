import { msg, type Msg } from '../../../i18n/message';
/**
 * An RFC 4180 CSV reader that keeps track of physical line numbers, so every
 * complaint about a file can say where it is.
 *
 * - fields may be quoted; `""` inside quotes is one quote; quoted fields may
 *   hold commas, CR, LF and CRLF (kept as they are);
 * - records end at CRLF, LF or a lone CR; a leading byte-order mark is dropped;
 * - completely empty lines are skipped;
 * - a quote inside an unquoted field is taken literally (`5" screen`);
 * - text after a closing quote (`"ab"c`) marks the record as bad;
 * - a quote that is never closed is reported on the line where it opened, and
 *   reading resumes on the next line, so the rest of the file is not lost.
 */

export interface CsvRecord {
  /** Physical line (1-based) on which the record starts. */
  line: number;
  fields: string[];
  /** Set when the record is malformed; its fields are then not to be trusted. */
  error?: Msg;
}

export interface CsvProblem {
  line: number;
  message: Msg;
}

export interface CsvParseResult {
  records: CsvRecord[];
  /** Problems that cost a record altogether (unterminated quotes). */
  errors: CsvProblem[];
}

function isBreak(c: string | undefined): boolean {
  return c === '\n' || c === '\r';
}

export function parseCsv(input: string): CsvParseResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const n = text.length;
  const records: CsvRecord[] = [];
  const errors: CsvProblem[] = [];
  let i = 0;
  let line = 1;

  /** Skips one line break at i (CRLF, LF or CR) and counts it. */
  const skipBreak = () => {
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    line++;
  };

  record: while (i < n) {
    const start = line;
    const fields: string[] = [];
    let error: Msg | undefined;
    let sawQuote = false;
    for (;;) {
      if (text[i] === '"') {
        sawQuote = true;
        const openLine = line;
        const openAt = i;
        i++;
        let value = '';
        let closed = false;
        while (i < n) {
          const c = text[i];
          if (c === '"') {
            if (text[i + 1] === '"') {
              value += '"';
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (c === '\r') {
            const crlf = text[i + 1] === '\n';
            value += crlf ? '\r\n' : '\r';
            i += crlf ? 2 : 1;
            line++;
            continue;
          }
          if (c === '\n') line++;
          value += c;
          i++;
        }
        if (!closed) {
          errors.push({ line: openLine, message: msg('user-data.csv.unclosedQuote') });
          // Resume on the line after the one where the quote opened. (This happens at most once:
          // every quote after an unclosed one pairs up, so no later field can open another.)
          i = openAt;
          line = openLine;
          while (i < n && !isBreak(text[i])) i++;
          if (i < n) skipBreak();
          continue record;
        }
        let extra = '';
        while (i < n && text[i] !== ',' && !isBreak(text[i])) extra += text[i++];
        if (extra) {
          error ??= msg('user-data.csv.textAfterQuote', { field: fields.length + 1 });
          value += extra;
        }
        fields.push(value);
      } else {
        let value = '';
        while (i < n && text[i] !== ',' && !isBreak(text[i])) value += text[i++];
        fields.push(value);
      }
      if (i >= n) break;
      if (text[i] === ',') {
        i++;
        if (i >= n) {
          fields.push('');
          break;
        }
        continue;
      }
      skipBreak();
      break;
    }
    const blank = fields.length === 1 && fields[0] === '' && !sawQuote;
    if (!blank) records.push(error ? { line: start, fields, error } : { line: start, fields });
  }
  return { records, errors };
}
