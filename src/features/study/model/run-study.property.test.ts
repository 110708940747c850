import fc from 'fast-check';
import { runs } from '../../../lib/property-runs';
import { mulberry32 } from './prng';
import { runStudy, type StudyInput, type StudyRow } from './run-study';
import type { StudyModel } from './study-settings';
import { consecutiveDays, marketWorld, pricesFromReturns } from './test-fixtures';

/*
 * The study's test engine (synthetic worlds, never market data): the figures do not depend on the
 * unit of the series, a constant shift of the returns moves only α, every p is a probability, and
 * whatever the series and the T0s, every figure is a finite number or null.
 */

/** A market world as prices and a basket, with events at random T0s, under `model` (default `market`). */
function marketStudy(seed: number, nEvents: number, k = 1, c = 0, d = 0, model: StudyModel = 'market'): StudyInput {
  const n = 1500;
  const w = marketWorld(n, seed);
  const r = w.r.map((x) => x + c);
  const m = w.m.map((x) => x + d);
  const rng = mulberry32(seed ^ 0x9e3779b9);
  const t0s = new Set<number>();
  while (t0s.size < nEvents) t0s.add(260 + rng.nextInt(n - 300));
  return {
    series: { days: consecutiveDays('2010-01-04', n), values: pricesFromReturns(r, 1100 * k) },
    basket: model === 'market' ? m : null,
    model,
    groups: [{ name: 'g', events: [...t0s].map((t0) => ({ id: `e${t0}`, t0Index: t0 })) }],
    placebo: { sets: 300 },
  };
}

const FIELDS: (keyof StudyRow)[] = ['meanCar', 'medianCar', 'sdCar', 'ciLow', 'ciHigh', 'sharePositive', 't', 'pT', 'tBmp', 'pBmp', 'pSign', 'zRank', 'pRank', 'pPlacebo', 'q'];

describe('runStudy — invariances (properties)', () => {
  it('scaling the price series leaves every return, AR, CAR and p unchanged (market and mean)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.double({ min: 1e-3, max: 1e3, noNaN: true }), fc.constantFrom<StudyModel>('market', 'mean'), (seed, k, model) => {
        const a = runStudy(marketStudy(seed, 8, 1, 0, 0, model));
        const b = runStudy(marketStudy(seed, 8, k, 0, 0, model));
        a.rows.forEach((row, i) => {
          for (const f of FIELDS) expect(b.rows[i][f] as number).toBeCloseTo(row[f] as number, 8);
        });
        a.events.forEach((e, i) => {
          expect(b.events[i].ar0!).toBeCloseTo(e.ar0!, 9);
          e.cars.forEach((car, j) => expect((b.events[i].cars[j] as { car: number }).car).toBeCloseTo((car as { car: number }).car, 9));
        });
      }),
      runs(16),
    );
  });

  it('a constant c added to every target return (and d to every basket return) changes only α: by c − β·d (market), by c (mean)', () => {
    const arbs = [fc.integer({ min: 1, max: 1e6 }), fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true })] as const;
    fc.assert(
      fc.property(...arbs, fc.constantFrom<StudyModel>('market', 'mean'), (seed, c, d, model) => {
        const a = runStudy(marketStudy(seed, 6, 1, 0, 0, model));
        const b = runStudy(marketStudy(seed, 6, 1, c, d, model));
        a.events.forEach((e, i) => {
          const f = e.fit;
          const g = b.events[i].fit;
          if (!f.ok || !g.ok) throw new Error('every event fits');
          if (model === 'market') {
            expect(g.beta!).toBeCloseTo(f.beta!, 9);
            expect(g.alpha).toBeCloseTo(f.alpha + c - f.beta! * d, 9);
          } else {
            expect([f.beta, g.beta]).toEqual([null, null]);
            expect(g.alpha).toBeCloseTo(f.alpha + c, 9);
          }
          expect(g.sigma).toBeCloseTo(f.sigma, 9);
          expect(b.events[i].ar0!).toBeCloseTo(e.ar0!, 9);
          e.cars.forEach((car, j) => expect((b.events[i].cars[j] as { car: number }).car).toBeCloseTo((car as { car: number }).car, 9));
        });
        a.rows.forEach((row, i) => {
          for (const f of FIELDS) expect(b.rows[i][f] as number).toBeCloseTo(row[f] as number, 7);
        });
      }),
      runs(16),
    );
  });

  it('every p and q is in [0, 1]', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 1, max: 12 }), (seed, nEvents) => {
        for (const row of runStudy(marketStudy(seed, nEvents)).rows) {
          for (const f of ['pT', 'pBmp', 'pSign', 'pRank', 'pPlacebo', 'q'] as const) {
            const p = row[f];
            if (p !== null) expect(p >= 0 && p <= 1).toBe(true);
          }
        }
      }),
      runs(15),
    );
  });

  // Guards: a NaN or Infinity reaching the tests table (0/0 in a t with identical CARs, a flat
  // estimation window: σ 0, a CAR window off the series, an event at the first observation, a
  // group whose events all miss) — the table shows numbers or "—", never "NaN".
  it('any series (flat stretches, short, odd T0s) gives figures that are finite numbers or null, p and q in [0, 1]', () => {
    const world = fc.record({
      n: fc.integer({ min: 2, max: 700 }),
      seed: fc.integer({ min: 1, max: 1e6 }),
      flatFrom: fc.nat(),
      flatLen: fc.nat({ max: 700 }),
      model: fc.constantFrom<StudyModel>('market', 'mean', 'raw'),
      t0s: fc.array(fc.option(fc.integer({ min: -5, max: 720 }), { nil: null }), { maxLength: 8 }),
      windows: fc.array(fc.tuple(fc.integer({ min: -30, max: 30 }), fc.integer({ min: 0, max: 40 })).map(([a, l]) => ({ a, b: a + l })), { minLength: 1, maxLength: 3 }),
    });
    fc.assert(
      fc.property(world, ({ n, seed, flatFrom, flatLen, model, t0s, windows }) => {
        const w = marketWorld(n, seed);
        // A flat stretch in the series and the basket: zero returns (σ 0, identical CARs).
        const flat = (i: number) => i >= flatFrom % n && i < (flatFrom % n) + flatLen;
        const r = w.r.map((x, i) => (flat(i) ? 0 : x));
        const m = w.m.map((x, i) => (flat(i) ? 0 : x));
        const events = t0s.map((t0, i) => ({ id: `e${i}`, t0Index: t0 === null ? null : Math.min(Math.max(t0, 0), n - 1) }));
        const res = runStudy({
          series: { days: consecutiveDays('2010-01-04', n), values: pricesFromReturns(r, 1100) },
          basket: model === 'market' ? m : null,
          model,
          groups: [{ name: 'all', events }, { name: 'first half', events: events.slice(0, 4) }],
          windows,
          placebo: { sets: 50 },
        });
        const finiteOrNull = (v: unknown) => v === null || (typeof v === 'number' && Number.isFinite(v));
        for (const e of res.events) {
          expect(finiteOrNull(e.ar0)).toBe(true);
          for (const c of e.cars) if (c.ok) expect(Number.isFinite(c.car)).toBe(true);
        }
        for (const row of res.rows) {
          for (const f of FIELDS) expect(finiteOrNull(row[f]), f).toBe(true);
          for (const f of ['pT', 'pBmp', 'pSign', 'pRank', 'pPlacebo', 'q'] as const) if (row[f] !== null) expect(row[f]! >= 0 && row[f]! <= 1, f).toBe(true);
        }
      }),
      runs(60),
    );
  });
});
