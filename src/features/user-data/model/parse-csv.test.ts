import { en, english } from '../test-english';
import { parseCsv } from './parse-csv';

const lines = (text: string) => parseCsv(text).records.map((r) => r.line);
const fields = (text: string) => parseCsv(text).records.map((r) => r.fields);

describe('parseCsv', () => {
  it('reads plain records with LF and CRLF endings and a final newline', () => {
    expect(fields('a,b\n1,2\n')).toEqual([['a', 'b'], ['1', '2']]);
    expect(fields('a,b\r\n1,2\r\n3,4')).toEqual([['a', 'b'], ['1', '2'], ['3', '4']]);
    expect(lines('a,b\r\n1,2\r\n3,4')).toEqual([1, 2, 3]);
  });

  it('treats a lone CR as a line end', () => {
    expect(fields('a\r1\r2')).toEqual([['a'], ['1'], ['2']]);
    expect(lines('a\r1\r2')).toEqual([1, 2, 3]);
  });

  it('drops a byte-order mark', () => {
    expect(fields('\uFEFFid,date\nx,y')[0]).toEqual(['id', 'date']);
  });

  it('reads quoted fields with commas and doubled quotes', () => {
    expect(fields('"a,b","say ""hi""",c')).toEqual([['a,b', 'say "hi"', 'c']]);
    expect(fields('"",x')).toEqual([['', 'x']]);
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(fields('a,,c\n,,\nz,')).toEqual([['a', '', 'c'], ['', '', ''], ['z', '']]);
  });

  it('keeps newlines inside quotes and counts them for later line numbers', () => {
    const text = 'h1,h2\n"one\ntwo\r\nthree",x\nnext,row\n';
    const { records } = parseCsv(text);
    expect(records[1]).toEqual({ line: 2, fields: ['one\ntwo\r\nthree', 'x'] });
    expect(records[2]).toEqual({ line: 5, fields: ['next', 'row'] });
  });

  it('skips empty lines but counts them', () => {
    expect(parseCsv('a\n\n\nb\n').records).toEqual([
      { line: 1, fields: ['a'] },
      { line: 4, fields: ['b'] },
    ]);
    // A quoted empty field is a record, not a blank line.
    expect(fields('""\n')).toEqual([['']]);
  });

  it('takes a quote inside an unquoted field literally', () => {
    expect(fields('5" screen,x')).toEqual([['5" screen', 'x']]);
  });

  it('marks a record with text after its closing quote', () => {
    const { records } = parseCsv('a,b\n"x"y,z\nok,1');
    expect(records[1].line).toBe(2);
    expect(en(records[1].error ?? '')).toMatch(/field 1 has text after its closing double quote/);
    expect(records[2]).toEqual({ line: 3, fields: ['ok', '1'] });
  });

  it('reports an unterminated quote on the line where it opened and reads on from the next line', () => {
    const { records, errors } = parseCsv('h\nfirst\n"broken,\nsecond\nthird\n');
    expect(english(errors)).toEqual([{ line: 3, message: expect.stringMatching(/closing double quote is missing/) }]);
    expect(records).toEqual([
      { line: 1, fields: ['h'] },
      { line: 2, fields: ['first'] },
      { line: 4, fields: ['second'] },
      { line: 5, fields: ['third'] },
    ]);
  });

  it('reports an unterminated quote in a later field of a record that spans lines', () => {
    const { records, errors } = parseCsv('"a\nb",x\n"c","d\ne\n');
    expect(errors.map((e) => e.line)).toEqual([3]);
    expect(records).toEqual([
      { line: 1, fields: ['a\nb', 'x'] },
      { line: 4, fields: ['e'] },
    ]);
  });

  it('recovers from an unterminated quote only once, in linear time', () => {
    const big = `h\n"open\n${'x,y\n'.repeat(20000)}`;
    const t = Date.now();
    const { records, errors } = parseCsv(big);
    expect(Date.now() - t).toBeLessThan(2000);
    expect(english(errors)).toHaveLength(1);
    expect(records).toHaveLength(20001);
    expect(records[20000].line).toBe(20002);
  });

  it('reads nothing from an empty text', () => {
    expect(parseCsv('')).toEqual({ records: [], errors: [] });
    expect(parseCsv('\uFEFF')).toEqual({ records: [], errors: [] });
  });
});
