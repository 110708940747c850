import { readFileSync } from 'node:fs';
import { checkEcbCacheRows, describeEcbCacheProblem, unsafeColumn } from './ecb-cache-check';
import { parseFrankfurter, type EcbRow } from './ecb-parse';
import { encodeEcbRows } from './ecb-snapshot';

const rows = parseFrankfurter(JSON.parse(readFileSync('mocks/fixtures/frankfurter-v1.json', 'utf8'))).rows; // 2024-07-09 … 2024-09-26
const NOW = Date.parse('2024-10-01T12:00:00Z');
const GOOD_AT = '2024-09-26T15:00:00.000Z';
const check = (r: readonly EcbRow[], at = GOOD_AT) => {
  const p = checkEcbCacheRows(r, at, NOW);
  return p && describeEcbCacheProblem(p);
};
const withRow = (i: number, patch: Partial<EcbRow>) => rows.map((r, j) => (j === i ? { ...r, ...patch } : r));

describe('checkEcbCacheRows: the dates and figures of a cached ECB entry', () => {
  it('accepts the real answer fetched in the past', () => {
    expect(check(rows)).toBeNull();
    expect(check(rows, new Date(NOW).toISOString())).toBeNull(); // fetched just now
  });

  it.each([
    ['9999-12-31T00:00:00.000Z', 'fetchedAt "9999-12-31T00:00:00.000Z" is in the future'],
    ['2099-01-01T00:00:00.000Z', 'fetchedAt "2099-01-01T00:00:00.000Z" is in the future'],
    ['+275760-09-13T00:00:00.000Z', 'fetchedAt "+275760-09-13T00:00:00.000Z" is in the future'],
    ['2024-10-01T12:00:01.000Z', 'fetchedAt "2024-10-01T12:00:01.000Z" is in the future'],
    ['1998-12-31T23:59:59.000Z', 'fetchedAt "1998-12-31T23:59:59.000Z" is before the first ECB rates (1999-01-04)'],
    ['soon', 'fetchedAt "soon" is not a valid time'],
    ['x'.repeat(10_000), `fetchedAt "${'x'.repeat(39)}…" is not a valid time`],
  ])('discards fetchedAt %s', (at, why) => {
    expect(check(rows, at)).toBe(why);
  });

  it('discards rows dated after today or before the first ECB day, out of order, or not dates', () => {
    expect(check(withRow(57, { date: '2024-10-02' }))).toBe('it has rates dated 2024-10-02, outside 1999-01-04 … 2024-10-01');
    expect(check(withRow(0, { date: '1998-12-31' }))).toBe('it has rates dated 1998-12-31, outside 1999-01-04 … 2024-10-01');
    expect(check(withRow(57, { date: '+275760-09' }))).toBe('row 58 has no valid date ("+275760-09")');
    expect(check(withRow(1, { date: rows[0].date }))).toBe('its dates are out of order at 2024-07-09');
    expect(check([])).toBe('it holds no rates');
  });

  it('discards a figure the parser would not have kept', () => {
    expect(check(withRow(3, { KRW: 1e-300 }))).toBe('KRW on 2024-07-12: 1e-300 is outside the plausible 0.0001 … 10,000,000 per USD');
    expect(check(withRow(3, { EUR: 1e308 }))).toMatch(/^EUR on 2024-07-12: 1e\+308 is outside/);
    expect(check(withRow(3, { KRW: 1e7, EUR: 1e-4 }))).toMatch(/^EUR on 2024-07-12: makes EUR\/KRW 100000000000, outside/);
  });
});

describe('unsafeColumn', () => {
  it('finds a column whose stored integers pass 2^53 (a figure one ulp above 1300 needs a scale of 10^13)', () => {
    const ulp = [rows[0], { ...rows[1], KRW: 1300.0000000000002 }];
    expect(unsafeColumn(encodeEcbRows(ulp, { source: 't', fix: 'f', fetchedAt: GOOD_AT }))).toBe('KRW');
    expect(unsafeColumn(encodeEcbRows(rows, { source: 't', fix: 'f', fetchedAt: GOOD_AT }))).toBeNull();
  });
});
