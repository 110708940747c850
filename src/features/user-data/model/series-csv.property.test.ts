import fc from 'fast-check';
import { runs } from '../../../lib/property-runs';
import { parseSeriesCsv, type SeriesParseResult } from './series-csv';

const BASE = Date.UTC(2020, 0, 1);
const ZONES = ['Asia/Seoul', 'America/New_York', 'Europe/Berlin', 'UTC', 'Australia/Lord_Howe', 'Not/A_Zone', ''];

/** An instant written with an offset of `offsetMin` minutes east of UTC, by plain arithmetic. */
function withOffset(instant: number, offsetMin: number): string {
  const wall = new Date(instant + offsetMin * 60_000).toISOString().slice(0, 23);
  if (offsetMin === 0) return `${wall}Z`;
  const a = Math.abs(offsetMin);
  return `${wall}${offsetMin < 0 ? '-' : '+'}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}

/** Whatever came out, it is well formed: ascending unique instants, positive finite values. */
function checkShape(r: SeriesParseResult, lineCount: number): void {
  expect(r.instants.length).toBe(r.count);
  expect(r.values.length).toBe(r.count);
  for (let i = 0; i < r.count; i++) {
    expect(Number.isFinite(r.instants[i])).toBe(true);
    expect(r.values[i]! > 0 && Number.isFinite(r.values[i])).toBe(true);
    if (i > 0) expect(r.instants[i]! > r.instants[i - 1]!).toBe(true);
  }
  for (let i = 0; i < r.issues.length; i++) {
    const line = r.issues[i]!.line;
    expect(line >= 1 && line <= lineCount).toBe(true);
    if (i > 0) expect(line >= r.issues[i - 1]!.line).toBe(true);
  }
}

const PIECES = ['"', ',', ';', '\n', '\r', '\r\n', ' ', '\t', '\uFEFF', '\u0000', 'date', 'value', 'timestamp', '2024-01-02', '2024-02-30', 'T', ' 10:30', ':59', '.123', '+09:00', '-05', 'Z', '1.5', '1.234,5', ',5', '-', 'e', 'e+', '0', 'NaN', 'Infinity', '1e309', '""', '9999-12-31T23:59:59.999+18:00', '\u2028', '😀'];

describe('parseSeriesCsv properties', () => {
  it('never throws on random or hostile text, and what it returns is well formed', () => {
    const hostile = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join(''));
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), hostile, hostile.map((t) => `date,value\n${t}`));
    const options = fc.record({
      timeZone: fc.constantFrom(...ZONES),
      fixTime: fc.constantFrom('23:59', '00:00', '02:30', '16:00', '24:00', 'noon'),
      decimal: fc.constantFrom('auto', 'point', 'comma') as fc.Arbitrary<'auto' | 'point' | 'comma'>,
    });
    fc.assert(
      fc.property(text, options, (t, o) => {
        const r = parseSeriesCsv(t, o);
        checkShape(r, t.split(/\r\n|\r|\n/).length);
      }),
      runs(200),
    );
  });

  // Distinct minutes after BASE with positive values.
  const goodRows = fc.uniqueArray(fc.record({ minute: fc.integer({ min: 0, max: 5_000_000 }), value: fc.double({ min: 1e-9, max: 1e12, noNaN: true }) }), {
    selector: (r) => r.minute,
    minLength: 1,
    maxLength: 40,
  });
  const junk = fc.oneof(
    fc.string({ unit: 'grapheme-ascii', maxLength: 20 }).map((s) => `x${s.replace(/[\r\n"]/g, '')}`),
    fc.constantFrom('2024-01-02T00:00Z,n/a', '2024-01-02T00:00Z,0', '2024-01-02T00:00Z,-1', '2024-01-02T00:00Z', '2024-01-02T00:00Z,1,2', '2023-02-29T00:00Z,5', ',7', '2024-01-02T00:00Z,'),
  );

  it('reports every bad line by its number and keeps every good line', () => {
    fc.assert(
      fc.property(goodRows, fc.array(fc.tuple(fc.nat(), junk), { maxLength: 15 }), fc.boolean(), (rows, junkAt, semicolon) => {
        const sep = semicolon ? ';' : ',';
        const lines: string[] = rows.map((r) => {
          const v = String(r.value);
          return `${new Date(BASE + r.minute * 60_000).toISOString()}${sep}${semicolon ? v.replace('.', ',') : v}`;
        });
        // Junk goes in at known positions (indexes into the growing list of data lines).
        for (const [at, j] of junkAt) lines.splice(at % (lines.length + 1), 0, semicolon ? j.replace(/,/g, ';') : j);
        const text = `timestamp${sep}value\n${lines.join('\n')}\n`;
        const bad = lines.flatMap((l, i) => (rows.some((r) => l.startsWith(new Date(BASE + r.minute * 60_000).toISOString() + sep)) ? [] : [i + 2]));
        const r = parseSeriesCsv(text, semicolon ? { decimal: 'comma' } : {});
        expect(r.issues.map((x) => x.line)).toEqual(bad);
        const want = [...rows].sort((a, b) => a.minute - b.minute);
        expect([...r.instants]).toEqual(want.map((x) => BASE + x.minute * 60_000));
        expect([...r.values]).toEqual(want.map((x) => x.value));
      }),
      runs(200),
    );
  });

  it('round-trips a well-formed file: rows written, then parsed, give the same instants and values', () => {
    const style = fc.record({
      sep: fc.constantFrom(',', ';'),
      eol: fc.constantFrom('\n', '\r\n'),
      bom: fc.boolean(),
      quoted: fc.boolean(),
      header: fc.constantFrom('timestamp,value', 'Date,Close', ' DateTime , PX_LAST ', 'time,rate', 'TIMESTAMP,price', null),
      offset: fc.integer({ min: -14 * 60, max: 14 * 60 }),
    });
    fc.assert(
      fc.property(goodRows, style, (rows, s) => {
        const q = (f: string) => (s.quoted ? `"${f}"` : f);
        const body = rows.map((r) => `${q(withOffset(BASE + r.minute * 60_000, s.offset))}${s.sep}${q(String(r.value))}`);
        const head = s.header === null ? [] : [s.header.split(',').map(q).join(s.sep)];
        const text = `${s.bom ? '\uFEFF' : ''}${[...head, ...body].join(s.eol)}${s.eol}`;
        const r = parseSeriesCsv(text);
        expect(r.fileIssue).toBeNull();
        expect(r.issues).toEqual([]);
        const want = [...rows].sort((a, b) => a.minute - b.minute);
        expect([...r.instants]).toEqual(want.map((x) => BASE + x.minute * 60_000));
        expect([...r.values]).toEqual(want.map((x) => x.value));
      }),
      runs(300),
    );
  });
});
