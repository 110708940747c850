import fc from 'fast-check';
import { runs } from '../../../lib/property-runs';
import { BASKET_MEMBER_IDS, ECB_BASKET_SYMBOLS } from './basket';
import { PAIR_FIGURE_BOUNDS, RAW_FIGURE_BOUNDS } from './ecb-bounds';
import { parseFrankfurterBasket } from './ecb-basket-parse';
import { EcbDataError, ecbBundle, parseFrankfurter, type EcbParsed } from './ecb-parse';

/*
 * The Frankfurter boundary: whatever value the network hands the parsers (JSON, or worse: NaN and
 * Infinity are not JSON but a mock or a proxy could hand them over as values), each answer either
 * parses to series fit to chart or is refused as a whole with an EcbDataError; a bad day or figure
 * is counted, never charted.
 */

const DAY_MS = 86_400_000;
/** "Now" for every run: no wall clock. Tomorrow (UTC) is the last day an answer may hold. */
const NOW = Date.UTC(2026, 4, 15, 12);
const LAST_DAY = Math.floor(NOW / DAY_MS) + 1;
const FIRST_DAY = Date.UTC(1999, 0, 4) / DAY_MS;
const iso = (d: number) => new Date(d * DAY_MS).toISOString().slice(0, 10);
const weekend = (d: number) => [0, 6].includes(new Date(d * DAY_MS).getUTCDay());
const rawOk = (v: unknown): v is number => typeof v === 'number' && v >= RAW_FIGURE_BOUNDS[0] && v <= RAW_FIGURE_BOUNDS[1];
const pairOk = (v: number) => v >= PAIR_FIGURE_BOUNDS[0] && v <= PAIR_FIGURE_BOUNDS[1];

/** Figures: plausible ones, and what must never be charted. */
const goodFigure = fc.oneof(
  fc.double({ min: RAW_FIGURE_BOUNDS[0], max: RAW_FIGURE_BOUNDS[1], noNaN: true }),
  fc.constantFrom(1383.4, 161.09, 7.272, 0.92473, 1.3501, 83.1),
);
const badFigure = fc.oneof(
  fc.constantFrom(NaN, Infinity, -Infinity, 0, -0, -1383.4, 1e-5, 2e7, 1e308, Number.MIN_VALUE, null, '1383.4', '', true, [], {}, [1383.4]),
  fc.double({ max: 0, noNaN: true }),
  fc.string({ maxLength: 5 }),
);
const anyFigure = fc.oneof({ weight: 3, arbitrary: goodFigure }, { weight: 1, arbitrary: badFigure });

/** A day key: a weekday the ECB may fix on, or one the parser must refuse (weekend, too old, future, unreal, not a date). */
const dayArb = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: FIRST_DAY, max: LAST_DAY }).map(iso) },
  { weight: 1, arbitrary: fc.integer({ min: FIRST_DAY - 400, max: LAST_DAY + 400 }).map(iso) },
  { weight: 1, arbitrary: fc.constantFrom('2024-02-30', '2023-02-29', '2024-13-01', '2024-1-2', ' 2024-01-02', '2024-01-02T00:00Z', '', '__proto__', 'constructor', 'KRW') },
);
const dayOk = (key: string, start: number, end: number): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(key)) return false;
  const t = Date.parse(`${key}T00:00:00Z`);
  if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== key) return false;
  const d = t / DAY_MS;
  return d >= Math.max(start, FIRST_DAY) && d <= Math.min(end, LAST_DAY) && !weekend(d);
};

const header = fc.record({ start: fc.integer({ min: FIRST_DAY - 30, max: LAST_DAY }), len: fc.integer({ min: 0, max: 12_000 }) });

/** Everything a kept row, or a series built from rows, must be. */
function expectChartable(p: EcbParsed): void {
  expect(p.rows.length).toBeGreaterThan(0);
  expect(p.issues.length).toBeLessThanOrEqual(Math.min(50, p.dropped));
  p.rows.forEach((r, i) => {
    expect(dayOk(r.date, -Infinity, Infinity)).toBe(true);
    if (i > 0) expect(r.date > p.rows[i - 1].date).toBe(true);
    expect(rawOk(r.KRW)).toBe(true);
    for (const k of ['JPY', 'CNY', 'EUR'] as const) if (r[k] !== null) expect(rawOk(r[k])).toBe(true);
  });
  const b = ecbBundle(p.rows);
  for (const s of Object.values(b.series)) {
    for (let i = 0; i < s!.values.length; i++) {
      expect(pairOk(s!.values[i])).toBe(true);
      if (i > 0) expect(s!.days[i]).toBeGreaterThan(s!.days[i - 1]);
    }
  }
}

/** Runs `f`; an EcbDataError is a refusal (returned as null), anything else thrown fails the property. */
function parsedOrRefused<T>(f: () => T): T | null {
  try {
    return f();
  } catch (e) {
    expect(e).toBeInstanceOf(EcbDataError);
    return null;
  }
}

describe('parseFrankfurter: properties', () => {
  // Guards: a TypeError on an odd shape (rates an array, a day null), a NaN or a string figure let
  // through, an unsorted day, a weekend or future day kept.
  it('any JSON value, or any value in rates, parses to chartable rows or is refused with an EcbDataError', () => {
    const anyRates = fc.dictionary(dayArb, fc.oneof(fc.dictionary(fc.constantFrom('KRW', 'JPY', 'CNY', 'EUR', 'USD', 'krw'), anyFigure), fc.anything()), { maxKeys: 12 });
    const answer = fc.oneof(
      fc.jsonValue(),
      fc.anything(),
      fc.tuple(header, anyRates, fc.constantFrom(1, 1.0, 100, '1'), fc.constantFrom('USD', 'EUR', 'usd')).map(([h, rates, amount, base]) => ({
        amount, base, start_date: iso(h.start), end_date: iso(h.start + h.len), rates,
      })),
    );
    fc.assert(
      fc.property(answer, (json) => {
        const p = parsedOrRefused(() => parseFrankfurter(json, NOW));
        if (p) expectChartable(p);
      }),
      runs(400),
    );
  });

  // The oracle, from the answer as built: a day is kept when its key is a fixing day within
  // start..end and its KRW is plausible; a JPY/CNY/EUR figure is kept when plausible and its cross
  // with KRW is; everything else costs one count. Guards: a good day or figure dropped, a bad one
  // kept, a count that misses a drop, days out of order.
  it('keeps exactly the good days and figures, and counts one drop per bad day or figure', () => {
    const dayFigs = fc.record({ KRW: anyFigure, JPY: anyFigure, CNY: anyFigure, EUR: anyFigure }, { requiredKeys: [] });
    const entries = fc.uniqueArray(fc.tuple(dayArb, fc.oneof({ weight: 6, arbitrary: dayFigs }, { weight: 1, arbitrary: fc.constantFrom(null, [], 'x', 3) })), {
      selector: ([k]) => k,
      maxLength: 25,
    });
    fc.assert(
      fc.property(header, entries, (h, days) => {
        const end = h.start + h.len;
        const json = { amount: 1.0, base: 'USD', start_date: iso(h.start), end_date: iso(end), rates: Object.fromEntries(days) };
        let dropped = 0;
        const want: { date: string; KRW: number; JPY: number | null; CNY: number | null; EUR: number | null }[] = [];
        for (const [key, figs] of days) {
          if (!dayOk(key, h.start, end) || figs === null || typeof figs !== 'object' || Array.isArray(figs) || !rawOk(figs.KRW)) {
            dropped++;
            continue;
          }
          const row = { date: key, KRW: figs.KRW, JPY: null as number | null, CNY: null as number | null, EUR: null as number | null };
          for (const k of ['JPY', 'CNY', 'EUR'] as const) {
            if (!(k in figs)) continue;
            const v = figs[k];
            if (rawOk(v) && pairOk(k === 'JPY' ? (figs.KRW / v) * 100 : figs.KRW / v)) row[k] = v;
            else dropped++;
          }
          want.push(row);
        }
        want.sort((a, b) => (a.date < b.date ? -1 : 1));
        const p = parsedOrRefused(() => parseFrankfurter(json, NOW));
        if (!want.length) {
          expect(p).toBeNull();
          return;
        }
        expect(p!.rows).toEqual(want);
        expect(p!.dropped).toBe(dropped);
        expectChartable(p!);
      }),
      runs(300),
    );
  });
});

describe('parseFrankfurterBasket: properties', () => {
  // Guards as above, for the study's basket: a member's bad figure kept, a good one lost, days out of
  // order, a count that misses a drop.
  it('keeps exactly the plausible figures on fixing days, per member in date order, and counts the rest', () => {
    const syms = BASKET_MEMBER_IDS.map((id) => ECB_BASKET_SYMBOLS[id]);
    const dayFigs = fc.dictionary(fc.constantFrom(...syms, 'KRW', 'XXX'), anyFigure, { maxKeys: 8 });
    const entries = fc.uniqueArray(fc.tuple(dayArb, fc.oneof({ weight: 6, arbitrary: dayFigs }, { weight: 1, arbitrary: fc.anything() })), {
      selector: ([k]) => k,
      maxLength: 25,
    });
    fc.assert(
      fc.property(header, entries, (h, days) => {
        const end = h.start + h.len;
        const json = { amount: 1, base: 'USD', start_date: iso(h.start), end_date: iso(end), rates: Object.fromEntries(days) };
        let dropped = 0;
        const want = BASKET_MEMBER_IDS.map(() => [] as [number, number][]);
        for (const [key, figs] of days) {
          if (!dayOk(key, h.start, end) || figs === null || typeof figs !== 'object' || Array.isArray(figs)) {
            dropped++;
            continue;
          }
          const f = figs as Record<string, unknown>;
          syms.forEach((sym, m) => {
            if (!Object.prototype.hasOwnProperty.call(f, sym)) return;
            if (rawOk(f[sym])) want[m].push([Date.parse(`${key}T00:00:00Z`) / DAY_MS, f[sym] as number]);
            else dropped++;
          });
        }
        for (const w of want) w.sort((a, b) => a[0] - b[0]);
        const p = parsedOrRefused(() => parseFrankfurterBasket(json, NOW));
        if (want.every((w) => !w.length)) {
          expect(p).toBeNull();
          return;
        }
        expect(p!.dropped).toBe(dropped);
        p!.members.forEach((m, i) => {
          expect(m.id).toBe(BASKET_MEMBER_IDS[i]);
          expect(Array.from(m.days, (d, j) => [d, m.values[j]])).toEqual(want[i]);
        });
      }),
      runs(300),
    );
  });
});
