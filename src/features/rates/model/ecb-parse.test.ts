import { readFileSync } from 'node:fs';
import { parseIsoDay, type EpochDay } from '../../../lib/units';
import { EcbDataError, ecbBundle, parseFrankfurter } from './ecb-parse';
import { valueOn } from './series';

const fixture = JSON.parse(readFileSync('mocks/fixtures/frankfurter-v1.json', 'utf8')) as {
  rates: Record<string, Record<string, number>>;
};
const day = (s: string) => parseIsoDay(s) as EpochDay;

/** A Frankfurter v1 answer with the given rates (real figures from the fixture by default). */
function answer(rates: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return { amount: 1.0, base: 'USD', start_date: '2024-09-02', end_date: '2024-09-06', rates, ...extra };
}
/** A day of the pairs' answer (the fixture holds the basket's currencies too: `symbols` leaves them out). */
const good = (d: string) => {
  const { CNY, EUR, JPY, KRW } = fixture.rates[d];
  return { CNY, EUR, JPY, KRW };
};

function dataError(fn: () => unknown): EcbDataError {
  try {
    fn();
  } catch (e) {
    if (e instanceof EcbDataError) return e;
    throw e;
  }
  throw new Error('did not throw');
}

describe('parseFrankfurter: the fixture (real ECB figures in Frankfurter v1 shape)', () => {
  it('keeps every day and figure, sorted, nothing dropped', () => {
    const p = parseFrankfurter(fixture);
    expect(p.dropped).toBe(0);
    expect(p.rows).toHaveLength(58);
    expect(p.rows[0]).toEqual({ date: '2024-07-09', KRW: 1383.4, JPY: 161.09, CNY: 7.272, EUR: 0.92473 });
    expect(p.rows.at(-1)?.date).toBe('2024-09-26');
  });

  it('builds the four SPEC series from the same day', () => {
    const b = ecbBundle(parseFrankfurter(fixture).rows);
    const d = day('2024-09-26');
    expect(b.source).toBe('ecb');
    expect(b.first).toBe('2024-07-09');
    expect(b.asOf).toBe('2024-09-26');
    expect(valueOn(b.series.USDKRW!, d)).toBe(1325.52);
    expect(valueOn(b.series.JPYKRW!, d)).toBe((1325.52 / 144.13) * 100);
    expect(valueOn(b.series.CNYKRW!, d)).toBe(1325.52 / 7.0115);
    expect(valueOn(b.series.EURKRW!, d)).toBe(1325.52 / 0.89646);
    for (const s of Object.values(b.series)) expect(s!.days.length).toBe(58);
  });
});

describe('parseFrankfurter: a bad figure is dropped and counted, never charted', () => {
  it.each([
    ['non-numeric string', 'abc', /rates\["2024-09-03"\]\.JPY: "abc" is not a number/],
    ['numeric string', '143.1', /rates\["2024-09-03"\]\.JPY: "143.1" is not a number/],
    ['zero', 0, /rates\["2024-09-03"\]\.JPY: 0 is not positive/],
    ['negative', -143.1, /rates\["2024-09-03"\]\.JPY: -143.1 is not positive/],
    ['null', null, /rates\["2024-09-03"\]\.JPY: null is not a number/],
    ['object', { v: 1 }, /rates\["2024-09-03"\]\.JPY: an object is not a number/],
  ])('%s', (_, bad, message) => {
    const p = parseFrankfurter(answer({ '2024-09-02': good('2024-09-02'), '2024-09-03': { ...good('2024-09-03'), JPY: bad } }));
    expect(p.dropped).toBe(1);
    expect(p.issues[0]).toMatch(message);
    const b = ecbBundle(p.rows);
    expect(valueOn(b.series.JPYKRW!, day('2024-09-03'))).toBeNull(); // a gap, not a guess
    expect(valueOn(b.series.USDKRW!, day('2024-09-03'))).toBe(good('2024-09-03').KRW);
    expect(valueOn(b.series.EURKRW!, day('2024-09-03'))).not.toBeNull();
  });

  it.each([
    ['1e-300 (breaks the chart)', 1e-300],
    ['1e308 (was labelled "1.6")', 1e308],
    ['just below a ten-thousandth per USD', 0.0000999],
    ['just above ten million per USD', 10_000_001],
  ])('an implausible raw figure, %s, is dropped', (_, bad) => {
    const p = parseFrankfurter(answer({ '2024-09-02': good('2024-09-02'), '2024-09-03': { ...good('2024-09-03'), CNY: bad } }));
    expect(p.dropped).toBe(1);
    expect(p.issues).toEqual([`rates["2024-09-03"].CNY: ${bad} is outside the plausible 0.0001 … 10,000,000 per USD`]);
    expect(p.rows[1]).toEqual({ ...good('2024-09-03'), date: '2024-09-03', CNY: null });
  });

  it('an implausible KRW figure drops its day, counted with the others', () => {
    const p = parseFrankfurter(
      answer({
        '2024-09-02': { ...good('2024-09-02'), KRW: 1e-300 },
        '2024-09-03': { ...good('2024-09-03'), JPY: 1e308 },
        '2024-09-04': good('2024-09-04'),
      }),
    );
    expect(p.dropped).toBe(2);
    expect(p.issues[0]).toBe('rates["2024-09-02"].KRW: 1e-300 is outside the plausible 0.0001 … 10,000,000 per USD; the day is left out');
    expect(p.rows.map((r) => r.date)).toEqual(['2024-09-03', '2024-09-04']);
    expect(p.rows[0].JPY).toBeNull();
  });

  it('a pair figure outside 0.000001 … 1,000,000,000 KRW is dropped though both raw figures are in bounds', () => {
    // 10,000,000 KRW per USD and 0.0001 EUR per USD: 1e11 KRW per EUR.
    const p = parseFrankfurter(answer({ '2024-09-03': { KRW: 1e7, JPY: 143.1, CNY: 7.1, EUR: 0.0001 } }));
    expect(p.dropped).toBe(1);
    expect(p.issues[0]).toBe('rates["2024-09-03"].EUR: makes EUR/KRW 100000000000, outside the plausible 0.000001 … 1,000,000,000 KRW');
    expect(p.rows[0]).toEqual({ date: '2024-09-03', KRW: 1e7, JPY: 143.1, CNY: 7.1, EUR: null });
  });

  it('keeps plausible figures far from today\'s, e.g. a won with three zeros dropped', () => {
    const p = parseFrankfurter(answer({ '2024-09-03': { KRW: 1.3255, JPY: 143.1, CNY: 7.1, EUR: 0.9 } }));
    expect(p.dropped).toBe(0);
  });

  it('a day before the first ECB day or after tomorrow is dropped (it cannot be an ECB fix)', () => {
    const now = Date.parse('2024-09-26T18:00:00Z');
    const rates = { '1998-12-31': good('2024-09-02'), '2024-09-26': good('2024-09-26'), '2024-09-27': good('2024-09-26'), '2099-01-02': good('2024-09-26'), '9999-12-31': good('2024-09-26') };
    const p = parseFrankfurter(answer(rates, { start_date: '1998-12-31', end_date: '9999-12-31' }), now);
    expect(p.rows.map((r) => r.date)).toEqual(['2024-09-26', '2024-09-27']); // tomorrow: a day of grace for a slow clock
    expect(p.issues).toEqual([
      'rates["1998-12-31"]: before the first ECB rates (1999-01-04)',
      'rates["2099-01-02"]: after today',
      'rates["9999-12-31"]: after today',
    ]);
  });

  it('a misdated day ("2024-02-30") is dropped with where and why', () => {
    const p = parseFrankfurter(answer({ '2024-02-30': good('2024-09-02'), '2024-09-03': good('2024-09-03') }, { start_date: '2024-01-01' }));
    expect(p.issues).toEqual(['rates["2024-02-30"]: not a real date']);
    expect(p.rows.map((r) => r.date)).toEqual(['2024-09-03']);
  });

  it('days that are not dates, on a weekend or outside start_date..end_date are dropped', () => {
    const p = parseFrankfurter(
      answer({
        yesterday: good('2024-09-02'),
        '2024-9-3': good('2024-09-02'),
        '2024-09-07': good('2024-09-06'),
        '2024-09-09': good('2024-09-09'),
        '2024-09-04': good('2024-09-04'),
      }, { end_date: '2024-09-08' }),
    );
    expect(p.dropped).toBe(4);
    expect(p.issues).toEqual([
      'rates["2024-09-07"]: a Saturday; the ECB does not fix on weekends',
      'rates["2024-09-09"]: outside start_date..end_date',
      'rates["2024-9-3"]: not a real date',
      'rates["yesterday"]: not a real date',
    ]);
    expect(p.rows.map((r) => r.date)).toEqual(['2024-09-04']);
  });

  it('a day without KRW loses all its crosses; other days stay', () => {
    const { KRW: _krw, ...noKrw } = good('2024-09-03');
    void _krw;
    const p = parseFrankfurter(answer({ '2024-09-02': good('2024-09-02'), '2024-09-03': noKrw }));
    expect(p.issues).toEqual(['rates["2024-09-03"]: no KRW figure; the day is left out']);
    const b = ecbBundle(p.rows);
    for (const s of Object.values(b.series)) expect(valueOn(s!, day('2024-09-03'))).toBeNull();
    expect(valueOn(b.series.USDKRW!, day('2024-09-02'))).toBe(good('2024-09-02').KRW);
  });

  it('a bad KRW figure also drops the day', () => {
    const p = parseFrankfurter(answer({ '2024-09-02': good('2024-09-02'), '2024-09-03': { ...good('2024-09-03'), KRW: -1 } }));
    expect(p.issues).toEqual(['rates["2024-09-03"].KRW: -1 is not positive; the day is left out']);
    expect(p.rows).toHaveLength(1);
  });

  it('a missing JPY, CNY or EUR figure is a gap in that series only, not an error', () => {
    const { EUR: _eur, ...noEur } = good('2024-09-03');
    void _eur;
    const p = parseFrankfurter(answer({ '2024-09-03': noEur }));
    expect(p.dropped).toBe(0);
    const b = ecbBundle(p.rows);
    expect(b.series.EURKRW!.days.length).toBe(0);
    expect(b.series.JPYKRW!.days.length).toBe(1);
  });

  it('a day that is not an object is dropped', () => {
    const p = parseFrankfurter(answer({ '2024-09-02': [1, 2], '2024-09-03': 1337, '2024-09-04': good('2024-09-04') }));
    expect(p.issues).toEqual([
      'rates["2024-09-02"]: expected an object of figures, got an array',
      'rates["2024-09-03"]: expected an object of figures, got 1337',
    ]);
  });

  it('counts every drop but keeps only the first 50 reasons', () => {
    const rates: Record<string, unknown> = { '2024-09-02': good('2024-09-02') };
    for (let i = 1; i <= 80; i++) rates[`2024-13-${String(i).padStart(2, '0')}`] = good('2024-09-02');
    const p = parseFrankfurter(answer(rates, { start_date: '2024-01-01', end_date: '2024-12-31' }));
    expect(p.dropped).toBe(80);
    expect(p.issues).toHaveLength(50);
  });
});

describe('parseFrankfurter: an unusable answer is rejected with what and where', () => {
  it.each([
    ['not an object', '<html>', /^\(root\): /],
    ['null', null, /^\(root\): /],
    ['missing rates', { amount: 1, base: 'USD', start_date: '2024-09-02', end_date: '2024-09-06' }, /^rates: /],
    ['rates is an array', answer([] as never), /^rates: /],
    ['rates is a string', answer('none' as never), /^rates: /],
    ['amount is a string', answer({}, { amount: '1' }), /^amount: /],
    ['base missing', { amount: 1, start_date: '2024-09-02', end_date: '2024-09-06', rates: {} }, /^base: /],
    ['wrong base', answer({ '2024-09-02': good('2024-09-02') }, { base: 'EUR' }), /^base: "EUR", expected "USD"$/],
    ['amount not 1', answer({ '2024-09-02': good('2024-09-02') }, { amount: 100 }), /^amount: 100, expected 1$/],
    ['start_date not a date', answer({ '2024-09-02': good('2024-09-02') }, { start_date: '2024-02-30' }), /^start_date: "2024-02-30" is not a date$/],
  ])('%s', (_, json, message) => {
    const e = dataError(() => parseFrankfurter(json));
    expect(e.kind).toBe('invalid');
    expect(e.message).toMatch(message);
  });

  it('empty rates are "empty"', () => {
    const e = dataError(() => parseFrankfurter(answer({})));
    expect(e.kind).toBe('empty');
    expect(e.message).toBe('rates: no figures for 2024-09-02..2024-09-06');
  });

  it('nothing usable at all is "invalid", with the first reason', () => {
    const e = dataError(() => parseFrankfurter(answer({ '2024-09-02': { KRW: 'x' }, '2024-09-03': { JPY: 1 } })));
    expect(e.kind).toBe('invalid');
    expect(e.message).toBe('no usable day: 2 left out (first: rates["2024-09-02"].KRW: "x" is not a number; the day is left out)');
  });
});
