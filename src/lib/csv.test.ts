import { csvField, csvLine, guardFormula, toCsv } from './csv';

describe('csv writer', () => {
  it('leaves plain fields alone', () => {
    expect(csvField('plain text 1.5')).toBe('plain text 1.5');
    expect(csvField('')).toBe('');
  });
  it('quotes fields with a comma, quote, CR or LF and doubles quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
  });
  it('guards text that a spreadsheet would run as a formula', () => {
    for (const s of ['=1+1', '+cmd', '-2+3', '@SUM(A1)', '\tx', '\rx']) expect(guardFormula(s)).toBe(`'${s}`);
    expect(guardFormula('Safe title = fine')).toBe('Safe title = fine');
    expect(guardFormula('')).toBe('');
  });
  it('joins lines and ends each with \\n', () => {
    expect(csvLine(['a', 'b,c', ''])).toBe('a,"b,c",');
    expect(toCsv([['h1', 'h2'], ['1', 'x"y']])).toBe('h1,h2\n1,"x""y"\n');
    expect(toCsv([])).toBe('');
  });
});
