import fc from 'fast-check';
import { csvLine } from '../../../lib/csv';
import { runs } from '../../../lib/property-runs';
import { parseCsv } from './parse-csv';

/** Physical lines (CRLF, LF or a lone CR end one). */
const lineCount = (t: string) => t.split(/\r\n|\r|\n/).length;
const breaks = (t: string) => lineCount(t) - 1;

describe('parseCsv: properties', () => {
  // Guards: an endless loop or exception on an unclosed quote, a record or error placed on a line
  // the file does not have, records out of order.
  it('any text: no exception, records in line order, every line number inside the file', () => {
    const piece = fc.constantFrom('"', '""', ',', '\n', '\r', '\r\n', 'a', ' ', '\uFEFF', 'x"y', '"a"b');
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.array(piece, { maxLength: 60 }).map((p) => p.join('')));
    fc.assert(
      fc.property(text, (t) => {
        const { records, errors } = parseCsv(t);
        const n = lineCount(t);
        records.forEach((r, i) => {
          expect(r.line >= 1 && r.line <= n).toBe(true);
          if (i > 0) expect(r.line).toBeGreaterThan(records[i - 1].line);
        });
        for (const e of errors) expect(e.line >= 1 && e.line <= n).toBe(true);
      }),
      runs(500),
    );
  });

  // Guards: quoting that does not read back (doubled quotes, a comma or a line break inside a
  // field), a record's line number that forgets the breaks inside an earlier quoted field.
  it('rows written with RFC 4180 quoting read back field for field, each on the line it starts', () => {
    const field = fc.array(fc.constantFrom('a', 'Bc', ' ', ',', '"', '\n', '\r\n', '\r', '한', "'", '='), { maxLength: 5 }).map((p) => p.join(''));
    const row = fc.array(field, { minLength: 1, maxLength: 5 }).filter((r) => !(r.length === 1 && r[0] === '')); // an empty line is skipped
    fc.assert(
      fc.property(fc.array(row, { maxLength: 10 }), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean(), (rows, eol, bom) => {
        let text = bom ? '\uFEFF' : '';
        const lines: number[] = [];
        for (const r of rows) {
          lines.push(breaks(text) + 1);
          text += csvLine(r) + eol;
        }
        const { records, errors } = parseCsv(text);
        expect(errors).toEqual([]);
        expect(records.map((r) => r.fields)).toEqual(rows);
        expect(records.map((r) => r.line)).toEqual(lines);
        expect(records.every((r) => r.error === undefined)).toBe(true);
      }),
      runs(400),
    );
  });
});
