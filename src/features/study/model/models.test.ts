import fc from 'fast-check';
import { abnormalReturn, cumulativeAbnormalReturn, fitEvent, type EventFit, type ModelData } from './models';
import { marketWorld } from './test-fixtures';
import { refMeanSd, refOls } from './test-reference';

type Fitted = EventFit & { ok: true };
function fitted(data: ModelData, t0: number): Fitted {
  const fit = fitEvent(data, t0);
  if (!fit.ok) throw new Error(`no fit: ${fit.reason}`);
  return fit;
}

/**
 * A world built for hand arithmetic, 400 observations, T0 = 300, estimation window 50 … 289 (240 returns):
 *   m_i = +0.1 (i even), −0.1 (i odd);  e_i = +0.01, +0.01, −0.01, −0.01 for i mod 4 = 0, 1, 2, 3;
 *   r_i = 0.05 + 2·m_i + e_i,
 * except r_300 = 1.0 and m_300 = 0.3 (the event). Over any 4 consecutive i, Σm = Σe = Σm·e = 0, so
 * over the 60 periods of the window: m̄ = 0, r̄ = 0.05, Σm² = 240·0.01 = 2.4, Σm·(r − r̄) = 2·2.4.
 */
function handWorld(): { r: Float64Array; m: Float64Array; e: (i: number) => number } {
  const n = 400;
  const e = (i: number) => [0.01, 0.01, -0.01, -0.01][i % 4];
  const m = new Float64Array(n);
  const r = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    m[i] = i % 2 ? -0.1 : 0.1;
    r[i] = 0.05 + 2 * m[i] + e(i);
  }
  r[0] = m[0] = NaN;
  r[300] = 1.0;
  m[300] = 0.3;
  return { r, m, e };
}

describe('the market model', () => {
  const { r, m } = handWorld();
  const data: ModelData = { model: 'market', r, m };

  it('fits α, β and σ_ε by OLS over T0−250 … T0−11 (hand arithmetic)', () => {
    const fit = fitted(data, 300);
    expect(fit.n).toBe(240);
    expect(fit.beta).toBeCloseTo(2, 12); // 4.8 / 2.4
    expect(fit.alpha).toBeCloseTo(0.05, 12); // r̄ − β·m̄ = 0.05 − 2·0
    // Residuals are e: Σe² = 240·0.0001 = 0.024, σ_ε = √(0.024 / (240 − 2)).
    expect(fit.sigma).toBeCloseTo(Math.sqrt(0.024 / 238), 12);
    expect(fit.positiveShare).toBe(0.5); // half the e's are +0.01
  });

  it('gives AR = r − α − β·m and CAR as their sum (hand arithmetic)', () => {
    const fit = fitted(data, 300);
    // AR_300 = 1.0 − 0.05 − 2·0.3 = 0.35; AR_301 = e_301 = +0.01; AR_302 = e_302 = −0.01; AR_299 = e_299 = −0.01.
    expect(abnormalReturn(data, fit, 300)).toBeCloseTo(0.35, 12);
    const car = (a: number, b: number) => cumulativeAbnormalReturn(data, fit, 300, { a, b });
    expect(car(0, 0)).toEqual({ ok: true, car: expect.closeTo(0.35, 12) });
    expect(car(0, 2)).toEqual({ ok: true, car: expect.closeTo(0.35, 12) });
    expect(car(0, 1)).toEqual({ ok: true, car: expect.closeTo(0.36, 12) });
    expect(car(-1, 0)).toEqual({ ok: true, car: expect.closeTo(0.34, 12) });
  });

  it('matches OLS by Cramer’s rule on random data', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), fc.integer({ min: 131, max: 599 }), (seed, t0) => {
        const w = marketWorld(600, seed);
        const fit = fitted({ model: 'market', ...w }, t0);
        const from = Math.max(1, t0 - 250);
        const x = Array.from(w.m.subarray(from, t0 - 10));
        const y = Array.from(w.r.subarray(from, t0 - 10));
        const ref = refOls(x, y);
        expect(fit.n).toBe(x.length);
        expect(fit.alpha).toBeCloseTo(ref.alpha, 10);
        expect(fit.beta!).toBeCloseTo(ref.beta, 10);
        expect(fit.sigma).toBeCloseTo(ref.sigma, 10);
      }),
      { seed: 7, numRuns: 40 },
    );
  });

  it('skips returns with no basket return, and says why it cannot fit', () => {
    const m2 = Float64Array.from(m);
    m2.fill(NaN, 100, 110);
    expect(fitted({ model: 'market', r, m: m2 }, 300).n).toBe(230);
    expect(fitEvent({ model: 'market', r, m: null }, 300)).toEqual({ ok: false, reason: 'no-basket', n: 0 });
    const flat = Float64Array.from(m).fill(0.1, 40, 300);
    expect(fitEvent({ model: 'market', r, m: flat }, 300)).toEqual({ ok: false, reason: 'flat-basket', n: 240 });
  });
});

describe('the mean and raw models', () => {
  const { r } = handWorld();

  it('mean: α = r̄, AR = r − r̄, σ_ε with n − 1 (hand arithmetic)', () => {
    const data: ModelData = { model: 'mean', r, m: null };
    const fit = fitted(data, 300);
    expect(fit.alpha).toBeCloseTo(0.05, 12);
    expect(fit.beta).toBeNull();
    // r − r̄ = 2m + e: Σ(2m + e)² = 4·Σm² + 4·Σm·e + Σe² = 9.6 + 0 + 0.024.
    expect(fit.sigma).toBeCloseTo(Math.sqrt(9.624 / 239), 12);
    expect(fit.positiveShare).toBe(0.5); // 2m + e > 0 exactly when m > 0
    expect(abnormalReturn(data, fit, 300)).toBeCloseTo(0.95, 12); // 1.0 − 0.05
  });

  it('raw: AR = r, σ_ε = the sample std of r in the window', () => {
    const data: ModelData = { model: 'raw', r, m: null };
    const fit = fitted(data, 300);
    expect(fit.alpha).toBe(0);
    expect(fit.sigma).toBeCloseTo(refMeanSd(Array.from(r.subarray(50, 290))).sd, 12);
    expect(fit.sigma).toBeCloseTo(Math.sqrt(9.624 / 239), 12);
    // r > 0 exactly when m > 0 (0.05 − 0.2 ± 0.01 < 0).
    expect(fit.positiveShare).toBe(0.5);
    expect(abnormalReturn(data, fit, 300)).toBe(1.0);
  });

  it('zero-variance for a flat window', () => {
    const flat = new Float64Array(400).fill(0.3);
    flat[0] = NaN;
    expect(fitEvent({ model: 'mean', r: flat, m: null }, 300)).toEqual({ ok: false, reason: 'zero-variance', n: 240 });
    expect(fitEvent({ model: 'raw', r: new Float64Array(400), m: null }, 300)).toEqual({ ok: false, reason: 'zero-variance', n: 240 });
  });
});

describe('the estimation window', () => {
  const { r } = handWorld();
  const data: ModelData = { model: 'mean', r, m: null };

  it('needs 120 usable returns: T0 = 130 has 119 (indices 1 … 119), T0 = 131 has 120', () => {
    expect(fitEvent(data, 130)).toEqual({ ok: false, reason: 'too-few-estimation-returns', n: 119 });
    expect(fitted(data, 131).n).toBe(120);
  });

  it('counts only returns that are numbers', () => {
    const holes = Float64Array.from(r).fill(NaN, 60, 185); // 125 of the 240 gone
    expect(fitEvent({ model: 'mean', r: holes, m: null }, 300)).toEqual({ ok: false, reason: 'too-few-estimation-returns', n: 115 });
  });

  it('needs a T0 in the series', () => {
    for (const t0 of [null, -1, 400, 2.5]) expect(fitEvent(data, t0)).toEqual({ ok: false, reason: 'no-t0', n: 0 });
  });
});

describe('CAR', () => {
  const { r, m } = handWorld();
  const data: ModelData = { model: 'market', r, m };
  const fit = fitted(data, 300);

  it('is missing when the window leaves the series', () => {
    expect(cumulativeAbnormalReturn(data, fit, 390, { a: 0, b: 20 })).toEqual({ ok: false, reason: 'outside-series', at: 10 });
  });

  it('is missing when an AR in it is missing, naming the first', () => {
    const m2 = Float64Array.from(m);
    m2[303] = NaN;
    m2[305] = NaN;
    expect(cumulativeAbnormalReturn({ ...data, m: m2 }, fit, 300, { a: 0, b: 5 })).toEqual({ ok: false, reason: 'missing-ar', at: 3 });
    expect(cumulativeAbnormalReturn({ ...data, m: m2 }, fit, 300, { a: 0, b: 2 }).ok).toBe(true);
  });
});
