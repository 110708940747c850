import { ESTIMATION, type CarWindow, type StudyModel } from './study-settings';

/**
 * The normal-return models of one event, fitted over its estimation window, and its abnormal
 * returns (AR) and cumulative abnormal returns (CAR).
 *
 * Estimation window: the returns r at observations T0−250 … T0−11 (indices clipped at 0). A return
 * is **usable** when r is a number — and, for `market`, the basket's m at the same index too. With
 * n usable returns (n ≥ 120, else `too-few-estimation-returns`, n reported):
 *
 * - `market`: OLS of r on m with an intercept, by two passes (centred sums):
 *     β = Σ(m−m̄)(r−r̄) / Σ(m−m̄)²,  α = r̄ − β·m̄,  e_t = r_t − α − β·m_t,
 *     σ_ε = √(Σe² / (n−2));  `flat-basket` when Σ(m−m̄)² = 0 (β undefined);
 * - `mean`: α = r̄ (reported as `alpha`), β none, e_t = r_t − r̄, σ_ε = √(Σe² / (n−1));
 * - `raw`: α = 0, β none, AR = r, and σ_ε = the sample standard deviation of r in the window
 *   (about its mean, n−1) — the scale of a return on a calm day, the same as `mean`'s σ_ε.
 *
 * `zero-variance` when σ_ε = 0 (a flat window: no standardised CAR can be formed); both "= 0"
 * tests allow for rounding (FLAT).
 * `positiveShare` = share of the n estimation-window ARs (e_t; r_t for `raw`) that are > 0: the
 * event's p̂ in Cowan's generalised sign test.
 *
 * AR_t = r_t − α − β·m_t (β·m_t left out unless `market`), NaN when r_t (or m_t) is missing.
 * CAR(a,b) = Σ_{k=a..b} AR at T0+k; `outside-series` when T0+k is not an observation,
 * `missing-ar` when an AR in the window is missing (`at` = the first such k); `no-fit` when the
 * event has no model.
 */

/** The returns a model reads: r (percent log returns) and, for `market`, the basket's m, both index-aligned. */
export interface ModelData {
  model: StudyModel;
  r: Float64Array;
  m: Float64Array | null;
}

export type FitMiss = 'no-t0' | 'no-basket' | 'too-few-estimation-returns' | 'flat-basket' | 'zero-variance';

export type EventFit =
  | { ok: true; n: number; alpha: number; beta: number | null; sigma: number; positiveShare: number }
  | { ok: false; reason: FitMiss; n: number };

/** `no-fit`: the event has no model (its fit says why). */
export type CarMiss = 'no-fit' | 'outside-series' | 'missing-ar';

export type CarOutcome = { ok: true; car: number } | { ok: false; reason: CarMiss; at: number };

/**
 * "Flat": a sum of squared deviations at most FLAT × the plain sum of squares (Σx²) is taken for 0 —
 * what is left is rounding (a constant basket's two-pass Σ(m−m̄)² is a few ulps, not 0).
 */
export const FLAT = 1e-10;

function sumSquares(x: Float64Array, data: ModelData, from: number, to: number): number {
  let s = 0;
  for (let i = from; i <= to; i++) if (usableAt(data, i)) s += x[i] * x[i];
  return s;
}

/** Whether observation i has a usable return (r, and m for `market`). */
export function usableAt(data: ModelData, i: number): boolean {
  const { r, m } = data;
  if (i < 0 || i >= r.length || Number.isNaN(r[i])) return false;
  return data.model !== 'market' || (m !== null && !Number.isNaN(m[i]));
}

/** The model of the event whose T0 is observation `t0` (see the module comment). */
export function fitEvent(data: ModelData, t0: number | null): EventFit {
  const len = data.r.length;
  if (t0 === null || !Number.isInteger(t0) || t0 < 0 || t0 >= len) return { ok: false, reason: 'no-t0', n: 0 };
  if (data.model === 'market' && (data.m === null || data.m.length !== len)) return { ok: false, reason: 'no-basket', n: 0 };
  const from = Math.max(0, t0 + ESTIMATION.from);
  const to = t0 + ESTIMATION.to; // inclusive
  const { r } = data;
  const m = data.m ?? r; // read only for `market`
  const market = data.model === 'market';
  let n = 0;
  let sr = 0;
  let sm = 0;
  for (let i = from; i <= to; i++) {
    if (!usableAt(data, i)) continue;
    n++;
    sr += r[i];
    if (market) sm += m[i];
  }
  if (n < ESTIMATION.minReturns) return { ok: false, reason: 'too-few-estimation-returns', n };
  const rBar = sr / n;
  const mBar = sm / n;
  let alpha = data.model === 'raw' ? 0 : rBar;
  let beta: number | null = null;
  if (market) {
    let sxx = 0;
    let sxy = 0;
    for (let i = from; i <= to; i++) {
      if (!usableAt(data, i)) continue;
      const dx = m[i] - mBar;
      sxx += dx * dx;
      sxy += dx * (r[i] - rBar);
    }
    if (!(sxx > FLAT * sumSquares(m, data, from, to))) return { ok: false, reason: 'flat-basket', n };
    beta = sxy / sxx;
    alpha = rBar - beta * mBar;
  }
  // σ_ε from the residuals about the fitted line (market), the mean (mean), or the mean of r (raw).
  const centre = data.model === 'raw' ? rBar : alpha;
  let sse = 0;
  let positives = 0;
  for (let i = from; i <= to; i++) {
    if (!usableAt(data, i)) continue;
    const fitted = beta === null ? centre : centre + beta * m[i];
    const e = r[i] - fitted;
    sse += e * e;
    const ar = beta === null ? r[i] - alpha : e;
    if (ar > 0) positives++;
  }
  const sigma = Math.sqrt(sse / (n - (market ? 2 : 1)));
  if (!(sse > FLAT * sumSquares(r, data, from, to))) return { ok: false, reason: 'zero-variance', n };
  return { ok: true, n, alpha, beta, sigma, positiveShare: positives / n };
}

/** AR at observation i under a fitted model; NaN when missing. */
export function abnormalReturn(data: ModelData, fit: EventFit & { ok: true }, i: number): number {
  if (!usableAt(data, i)) return NaN;
  return fit.beta === null ? data.r[i] - fit.alpha : data.r[i] - fit.alpha - fit.beta * data.m![i];
}

/** CAR(a, b) of the event at `t0` (O(L)). */
export function cumulativeAbnormalReturn(data: ModelData, fit: EventFit & { ok: true }, t0: number, w: CarWindow): CarOutcome {
  let car = 0;
  for (let k = w.a; k <= w.b; k++) {
    const i = t0 + k;
    if (i < 0 || i >= data.r.length) return { ok: false, reason: 'outside-series', at: k };
    const ar = abnormalReturn(data, fit, i);
    if (Number.isNaN(ar)) return { ok: false, reason: 'missing-ar', at: k };
    car += ar;
  }
  return { ok: true, car };
}
