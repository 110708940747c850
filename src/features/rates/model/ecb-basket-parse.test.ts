import { readFileSync } from 'node:fs';
import { frankfurterBody, type FrankfurterFixture } from '../../../../mocks/fixtures/frankfurter-responses.mjs';
import { EcbDataError } from './ecb-parse';
import { parseFrankfurterBasket } from './ecb-basket-parse';

// The real-ECB fixture (mocks/fixtures/frankfurter-v1.json), answered for the basket's own URL.
const fixture = JSON.parse(readFileSync('mocks/fixtures/frankfurter-v1.json', 'utf8')) as FrankfurterFixture & { rates: Record<string, Record<string, number>> };
const URL = 'https://api.frankfurter.dev/v1/1999-01-04..?base=USD&symbols=JPY,CNY,SGD,THB,MYR,INR';
const answer = () => structuredClone(frankfurterBody(fixture, URL).body) as { rates: Record<string, unknown> } & Record<string, unknown>;
const NOW = Date.parse('2024-10-01T12:00:00Z');
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const SYMBOL = { USDJPY: 'JPY', USDCNY: 'CNY', USDSGD: 'SGD', USDTHB: 'THB', USDMYR: 'MYR', USDINR: 'INR' } as const;

describe('parseFrankfurterBasket', () => {
  it('keeps every figure of a good answer, member by member', () => {
    const { members, dropped, issues } = parseFrankfurterBasket(answer(), NOW);
    expect(dropped).toBe(0);
    expect(issues).toEqual([]);
    const dates = Object.keys(fixture.rates).sort();
    expect(dates).toHaveLength(58);
    for (const m of members) {
      expect(Array.from(m.days)).toEqual(dates.map(day));
      expect(Array.from(m.values)).toEqual(dates.map((d) => fixture.rates[d][SYMBOL[m.id]]));
    }
    // By hand from the ECB's own figures of 2024-09-26 (eurofxref-hist.csv): SGD 1.4328, THB 36.215
    // and INR 93.297 per EUR, USD 1.1155 per EUR → 1.2844, 32.465 and 83.64 per USD (Frankfurter's rounding).
    const last = (id: keyof typeof SYMBOL) => members.find((m) => m.id === id)!.values[57];
    expect([last('USDSGD'), last('USDTHB'), last('USDINR')]).toEqual([1.2844, 32.465, 83.64]);
  });

  it('starts each member at its own first ECB figure (CNY, THB, MYR: 2005-04-01; INR: 2009-01-02)', () => {
    // Real ECB reference rates per EUR (eurofxref-hist.csv), turned into per-USD figures as
    // Frankfurter does (rounded to 4 or 2 decimals by size); N/A (no figure) stays absent.
    const ecb: Record<string, Record<string, number>> = {
      '2005-03-31': { USD: 1.2964, JPY: 138.44, SGD: 2.1377 },
      '2005-04-01': { USD: 1.2959, JPY: 139.07, CNY: 10.7255, SGD: 2.1449, THB: 50.745, MYR: 4.9243 },
      '2008-12-31': { USD: 1.3917, JPY: 126.14, CNY: 9.4956, SGD: 2.004, THB: 48.285, MYR: 4.8048 },
      '2009-01-02': { USD: 1.3866, JPY: 126.64, CNY: 9.4608, SGD: 2.0265, THB: 48.212, MYR: 4.808, INR: 67.125 },
    };
    const round = (v: number) => Number(v.toFixed(v > 80 ? 2 : v > 20 ? 3 : 4));
    const rates = Object.fromEntries(
      Object.entries(ecb).map(([d, r]) => [d, Object.fromEntries(Object.entries(r).filter(([k]) => k !== 'USD').map(([k, v]) => [k, round(v / r.USD)]))]),
    );
    const { members } = parseFrankfurterBasket({ amount: 1, base: 'USD', start_date: '2005-03-31', end_date: '2009-01-02', rates }, NOW);
    const first = Object.fromEntries(members.map((m) => [m.id, [new Date(m.days[0] * 86_400_000).toISOString().slice(0, 10), m.values[0], m.days.length]]));
    expect(first).toEqual({
      USDJPY: ['2005-03-31', 106.79, 4],
      USDSGD: ['2005-03-31', 1.649, 4],
      USDCNY: ['2005-04-01', 8.2765, 3],
      USDTHB: ['2005-04-01', 39.158, 3],
      USDMYR: ['2005-04-01', 3.7999, 3],
      USDINR: ['2009-01-02', 48.41, 1],
    });
  });

  it('drops a hostile day or figure, says where and why, and keeps the rest', () => {
    const a = answer();
    const r = a.rates as Record<string, Record<string, unknown>>;
    r['2024-07-09'] = { ...r['2024-07-09'], SGD: -1.35, THB: '36.4', INR: null };
    r['2024-07-10'] = { ...r['2024-07-10'], MYR: JSON.parse('1e400') as number }; // Infinity, as JSON.parse reads it
    r['2024-07-13'] = { JPY: 158 }; // a Saturday
    (a.rates as Record<string, unknown>)['2024-07-15'] = [1, 2];
    (a.rates as Record<string, unknown>)['__proto__x'] = { JPY: 1 };
    const { members, dropped, issues } = parseFrankfurterBasket(a, NOW);
    expect(dropped).toBe(7);
    expect(issues).toEqual([
      'rates["2024-07-09"].SGD: -1.35 is not positive',
      'rates["2024-07-09"].THB: "36.4" is not a number',
      'rates["2024-07-09"].INR: null is not a number',
      'rates["2024-07-10"].MYR: Infinity is not a finite number',
      'rates["2024-07-13"]: a Saturday; the ECB does not fix on weekends',
      'rates["2024-07-15"]: expected an object of figures, got an array',
      'rates["__proto__x"]: not a real date',
    ]);
    const sgd = members.find((m) => m.id === 'USDSGD')!;
    expect(sgd.days.length).toBe(58 - 2); // 07-09 (bad figure) and 07-15 (bad day) left out, not filled
    expect(Array.from(sgd.days)).not.toContain(day('2024-07-09'));
    expect(Array.from(members.find((m) => m.id === 'USDJPY')!.days)).not.toContain(day('2024-07-13'));
  });

  it.each([
    ['another base', () => ({ ...answer(), base: 'EUR' }), 'invalid', 'base: "EUR", expected "USD"'],
    ['no rates', () => ({ ...answer(), rates: {} }), 'empty', 'rates: no figures'],
    ['not an answer', () => 'hello', 'invalid', '(root)'],
    ['the pairs\' answer (no basket currency)', () => frankfurterBody(fixture, URL.replace(/symbols=.*/, 'symbols=KRW,EUR')).body, 'invalid', 'no usable basket figure: 0 left out'],
    ['only bad figures', () => ({ ...answer(), rates: { '2024-07-09': { JPY: 0, CNY: -7 } } }), 'invalid', 'no usable basket figure: 2 left out (first: rates["2024-07-09"].JPY: 0 is not positive)'],
  ])('refuses %s as a whole, with a code', (_what, make, kind, message) => {
    let err: unknown;
    try {
      parseFrankfurterBasket(make(), NOW);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(EcbDataError);
    expect((err as EcbDataError).kind).toBe(kind);
    expect((err as EcbDataError).message).toContain(message);
  });
});
