import fc from 'fast-check';
import { asDayArray } from '../../../lib/units';
import { placeboBase, placeboPool } from './placebo-candidates';
import { mulberry32 } from './prng';
import { runStudy } from './run-study';
import { consecutiveDays, marketWorld, pricesFromReturns } from './test-fixtures';

/**
 * The hand check: 1000 daily observations from 2000-01-01, raw model. Every return is +0.2 % on
 * an even index and −0.2 % on an odd one, except the three events: r_300 = 0.5, r_600 = 1.0,
 * r_900 = 1.5 (in 2000, 2001 and 2002).
 *
 * Each event's estimation window (T0−250 … T0−11) holds 240 alternating returns and no other event:
 * α = 0, σ_ε = √(240·0.04/239) = √(9.6/239), p̂_i = 120/240 = ½.
 *
 * CAR(0,0) = 0.5, 1.0, 1.5 → mean 1.0, median 1.0, s = 0.5, 3 of 3 positive;
 *   t = 1.0/(0.5/√3) = 2√3, df 2, p = 1 − t/√(t²+2) = 1 − √(12/14) = 0.0741799 (df-2 closed form
 *   of the t table); BMP: SCAR_i = CAR_i/σ_ε, one σ_ε for all, so the same t and p;
 *   sign: 3 of 3 → 2·(1/8) = 0.25; Cowan: Z = (3 − 3·½)/√(3·½·½) = √3, p = 0.0832645166635504
 *   (mpmath erfc(√3/√2)); placebo: every candidate's CAR(0,0) is ±0.2, so no set's mean reaches
 *   1.0: p = 0.
 * CAR(0,1) adds r at T0+1 (odd: −0.2): 0.3, 0.8, 1.3 → mean 0.8, s 0.5, t = 0.8·√3/0.5 = 1.6√3,
 *   p = 1 − t/√(t²+2) = 1 − √(7.68/9.68); BMP: SCAR = CAR/(σ_ε·√2), the same t; candidates'
 *   CAR(0,1) are +0.2 − 0.2 = 0: placebo p = 0.
 * BH over the two rows: p₁ = 0.0742 < p₂ = 0.1093; q₂ = 2·p₂/2 = p₂, q₁ = min(q₂, 2·p₁/1 = 0.148) = p₂.
 */
function handSeries() {
  const n = 1000;
  const r = new Float64Array(n);
  for (let i = 1; i < n; i++) r[i] = i % 2 ? -0.2 : 0.2;
  r[300] = 0.5;
  r[600] = 1.0;
  r[900] = 1.5;
  return { days: consecutiveDays('2000-01-01', n), values: pricesFromReturns(r) };
}

describe('runStudy — the hand check (3 events, raw model)', () => {
  const result = runStudy({
    series: handSeries(),
    model: 'raw',
    groups: [{ name: 'provocation', events: [{ id: 'e-300', t0Index: 300 }, { id: 'e-600', t0Index: 600 }, { id: 'e-900', t0Index: 900 }] }],
    windows: [{ a: 0, b: 0 }, { a: 0, b: 1 }],
  });
  const [day0, days01] = result.rows;
  const p1 = 1 - Math.sqrt(12 / 14);
  const p2 = 1 - Math.sqrt(7.68 / 9.68);

  it('CAR(0,0): every figure as computed by hand', () => {
    expect(day0).toMatchObject({ group: 'provocation', window: { a: 0, b: 0 }, n: 3, leftOut: {}, sharePositive: 1, medianCar: expect.closeTo(1, 12) });
    expect(day0.meanCar).toBeCloseTo(1, 12);
    expect(day0.sdCar).toBeCloseTo(0.5, 12);
    expect(day0.t).toBeCloseTo(2 * Math.sqrt(3), 10);
    expect(day0.pT).toBeCloseTo(p1, 10);
    expect(day0.pT).toBeCloseTo(0.0741799, 7);
    expect(day0.tBmp).toBeCloseTo(2 * Math.sqrt(3), 10);
    expect(day0.pBmp).toBeCloseTo(p1, 10);
    expect(day0.pSign).toBe(0.25);
    expect(day0.zRank).toBeCloseTo(Math.sqrt(3), 10);
    expect(day0.pRank).toBeCloseTo(0.0832645166635504, 10);
    expect(day0.pPlacebo).toBe(0);
    expect(day0.placeboMiss).toBeNull();
  });

  it('CAR(0,1) and the q-values', () => {
    expect(days01.meanCar).toBeCloseTo(0.8, 12);
    expect(days01.medianCar).toBeCloseTo(0.8, 12);
    expect(days01.t).toBeCloseTo(1.6 * Math.sqrt(3), 10);
    expect(days01.pT).toBeCloseTo(p2, 10);
    expect(days01.pBmp).toBeCloseTo(p2, 10);
    expect(days01.pPlacebo).toBe(0);
    expect(day0.q).toBeCloseTo(p2, 10);
    expect(days01.q).toBeCloseTo(p2, 10);
  });

  it('per event: AR₀, CARs, σ_ε', () => {
    const e600 = result.events.find((e) => e.id === 'e-600')!;
    expect(e600.ar0).toBeCloseTo(1, 12);
    expect(e600.cars.map((c) => (c.ok ? c.car : NaN))).toEqual([expect.closeTo(1, 12), expect.closeTo(0.8, 12)]);
    expect(e600.fit).toMatchObject({ ok: true, n: 240, alpha: 0, beta: null, positiveShare: 0.5, sigma: expect.closeTo(Math.sqrt(9.6 / 239), 12) });
  });
});

describe('runStudy — events left out, groups, windows', () => {
  const { days, values } = handSeries();
  const study = runStudy({
    series: { days, values },
    model: 'mean',
    groups: [
      {
        name: 'a',
        events: [
          { id: 'x', t0Index: 300 },
          { id: 'x', t0Index: 300 }, // the same event twice counts once
          { id: 'early', t0Index: 50 },
          { id: 'none', t0Index: null },
          { id: 'late', t0Index: 990 },
        ],
      },
      { name: 'b', events: [{ id: 'late', t0Index: 990 }, { id: 'y', t0Index: 600 }] },
    ],
    windows: [{ a: 0, b: 0 }, { a: 0, b: 20 }],
    placebo: { sets: 100 },
  });

  it('computes each event once, with the reason it has no figures', () => {
    expect(study.events.map((e) => e.id)).toEqual(['x', 'early', 'none', 'late', 'y']);
    const early = study.events[1];
    expect(early.fit).toEqual({ ok: false, reason: 'too-few-estimation-returns', n: 39 }); // indices 1 … 39 (r[0] is NaN)
    expect(early.ar0).toBeNull();
    expect(early.cars[0]).toEqual({ ok: false, reason: 'no-fit', at: 0 });
    expect(study.events[2].fit).toEqual({ ok: false, reason: 'no-t0', n: 0 });
    const late = study.events[3];
    expect(late.cars[0].ok).toBe(true);
    expect(late.cars[1]).toEqual({ ok: false, reason: 'outside-series', at: 10 });
  });

  it('counts the events left out of each row, by reason', () => {
    const row = (g: string, b: number) => study.rows.find((r) => r.group === g && r.window.b === b)!;
    expect(row('a', 0)).toMatchObject({ n: 2, leftOut: { 'too-few-estimation-returns': 1, 'no-t0': 1 } });
    expect(row('a', 20)).toMatchObject({ n: 1, leftOut: { 'too-few-estimation-returns': 1, 'no-t0': 1, 'outside-series': 1 } });
    expect(row('b', 20)).toMatchObject({ n: 1, leftOut: { 'outside-series': 1 } });
    // One event: a mean but no t.
    expect(row('b', 20).t).toBeNull();
    expect(row('b', 20).pT).toBeNull();
    expect(row('b', 20).q).toBeNull();
  });

  it('rejects a window with a > b', () => {
    expect(() => runStudy({ series: { days, values }, model: 'raw', groups: [], windows: [{ a: 2, b: 1 }] })).toThrow();
  });

  it('leaves the market model without a basket with a code', () => {
    const s = runStudy({ series: { days, values }, model: 'market', groups: [{ name: 'a', events: [{ id: 'x', t0Index: 300 }] }] });
    expect(s.events[0].fit).toEqual({ ok: false, reason: 'no-basket', n: 0 });
    expect(s.rows[0]).toMatchObject({ n: 0, meanCar: null, pT: null, pPlacebo: null, placeboMiss: 'no-events' });
  });
});

describe('runStudy — the placebo p of days drawn like a placebo set (property)', () => {
  // Under the null the events are days of the pool itself: 60 groups of 8 days drawn at random from
  // every candidate (no exclusions, `excludeT0: []`, so the pool is the same for every group and is
  // built once), each group's placebo p from its own seeded 200 sets. Such a p is uniform (at least as
  // large, with ties): on average ½, and below 0.05 about 5 % of the time. "Not below chance", per
  // window: the mean of its 60 p's is at least 0.38 (the mean of 60 independent uniforms has sd 0.037)
  // and at most 15 % of them are below 0.05 (expected 5 %, sd 2.8 %). Placebo sets that read another
  // window's CARs (checked by hand: CAR(0,0)'s for CAR(0,5) gives a mean p near 0.3 there) or held more
  // than N days would give p's below chance and fail it.
  const n = 2600; // about 7 years of calendar days
  const days = asDayArray(consecutiveDays('2012-01-01', n));
  const windows = [{ a: 0, b: 0 }, { a: 0, b: 5 }];

  it('is not below chance on average, under mean and market', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 1, max: 1e6 }), (worldSeed, drawSeed) => {
        const w = marketWorld(n, worldSeed);
        const values = pricesFromReturns(w.r);
        for (const model of ['mean', 'market'] as const) {
          const m = model === 'market' ? w.m : null;
          const candidates = placeboPool(placeboBase({ model, r: w.r, m }, days, [], 5), windows).t0s;
          const rng = mulberry32(drawSeed);
          const groups = Array.from({ length: 60 }, (_, g) => {
            const t0s = new Set<number>();
            while (t0s.size < 8) t0s.add(candidates[rng.nextInt(candidates.length)]);
            return { name: `g${g}`, events: [...t0s].map((t0) => ({ id: `d${t0}`, t0Index: t0 })) };
          });
          const study = runStudy({ series: { days, values }, basket: m, model, groups, windows, placebo: { sets: 200, seed: drawSeed, excludeT0: [] } });
          for (const w of windows) {
            const ps = study.rows.filter((row) => row.window.b === w.b).map((row) => row.pPlacebo);
            expect(ps).toHaveLength(60);
            expect(ps.every((p) => p !== null)).toBe(true);
            const mean = ps.reduce((a: number, b) => a + b!, 0) / ps.length;
            expect(mean).toBeGreaterThanOrEqual(0.38);
            expect(ps.filter((p) => p! < 0.05).length / ps.length).toBeLessThanOrEqual(0.15);
          }
        }
      }),
      { seed: 24, numRuns: 3 },
    );
  });
});
