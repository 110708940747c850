import { binomialHalfTwoSidedP, normalTwoSidedP, studentTQuantile, studentTTwoSidedP } from './distributions';

/**
 * The statistics of a group of N events for one window, from their CARs (every p two-sided):
 *
 * - summary: mean, median (the middle value, or the mean of the two middle ones), sample standard
 *   deviation s (n−1, two passes), share positive (CAR > 0) and the 95 % interval of the mean,
 *   mean ± t₀.₉₇₅(N−1)·s/√N;
 * - cross-sectional t: t = mean / (s/√N), Student t with N−1 df;
 * - standardised (Boehmer–Musumeci–Poulsen style): SCAR_i = CAR_i / (σ_ε,i·√L), L = b−a+1, and the
 *   cross-sectional t above over the SCARs (N−1 df);
 * - sign test: w = #{CAR > 0} among the non-zero CARs, N' of them, exact two-sided p under
 *   Binomial(N', ½) (a CAR of exactly 0 carries no sign and is dropped, the classical convention);
 * - Cowan's generalised sign test (A. R. Cowan, "Nonparametric event study tests", Review of
 *   Quantitative Finance and Accounting 2 (1992) 343–358): p̂ = (1/N) Σ_i p̂_i, p̂_i the share of
 *   AR > 0 over event i's estimation window; w = #{CAR > 0} of the N events;
 *   Z = (w − N·p̂) / √(N·p̂·(1−p̂)), standard normal (no continuity correction). It allows for an
 *   asymmetric distribution of returns, where the plain sign test assumes P(AR > 0) = ½.
 *
 * A statistic that cannot be formed (N < 2, s = 0, p̂ ∈ {0, 1}) is NaN, and so is its p.
 */

export interface CarSummary {
  n: number;
  mean: number;
  median: number;
  sd: number;
  positives: number;
  sharePositive: number;
  ciLow: number;
  ciHigh: number;
}

function meanOf(xs: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i];
  return s / xs.length;
}

/** Sample standard deviation (n−1) about `mean`, corrected two-pass; NaN below 2 values. */
function sdOf(xs: ArrayLike<number>, mean: number): number {
  const n = xs.length;
  if (n < 2) return NaN;
  let ss = 0;
  let comp = 0;
  for (let i = 0; i < n; i++) {
    const d = xs[i] - mean;
    ss += d * d;
    comp += d;
  }
  return Math.sqrt(Math.max(0, ss - (comp * comp) / n) / (n - 1));
}

export function summarize(cars: ArrayLike<number>): CarSummary {
  const n = cars.length;
  if (n === 0) return { n, mean: NaN, median: NaN, sd: NaN, positives: 0, sharePositive: NaN, ciLow: NaN, ciHigh: NaN };
  const mean = meanOf(cars);
  const sd = sdOf(cars, mean);
  const sorted = Float64Array.from(cars).sort();
  const median = n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  let positives = 0;
  for (let i = 0; i < n; i++) if (cars[i] > 0) positives++;
  const half = n >= 2 ? (studentTQuantile(0.975, n - 1) * sd) / Math.sqrt(n) : NaN;
  return { n, mean, median, sd, positives, sharePositive: positives / n, ciLow: mean - half, ciHigh: mean + half };
}

export interface TTest {
  t: number;
  df: number;
  p: number;
}

/** Cross-sectional t of the mean against 0, N−1 df. */
export function crossSectionalT(xs: ArrayLike<number>): TTest {
  const n = xs.length;
  if (n < 2) return { t: NaN, df: n - 1, p: NaN };
  const mean = meanOf(xs);
  const sd = sdOf(xs, mean);
  const t = sd > 0 ? mean / (sd / Math.sqrt(n)) : NaN;
  return { t, df: n - 1, p: studentTTwoSidedP(t, n - 1) };
}

/** The standardised CAR test: SCAR_i = CAR_i / (σ_ε,i·√L), then the cross-sectional t over the SCARs. */
export function standardisedTest(cars: ArrayLike<number>, sigmas: ArrayLike<number>, length: number): TTest {
  const root = Math.sqrt(length);
  const scars = new Float64Array(cars.length);
  for (let i = 0; i < cars.length; i++) scars[i] = cars[i] / (sigmas[i] * root);
  return crossSectionalT(scars);
}

export interface SignTest {
  positives: number;
  nonZero: number;
  p: number;
}

/** Exact two-sided sign test of the non-zero CARs against Binomial(N', ½). */
export function signTest(cars: ArrayLike<number>): SignTest {
  let positives = 0;
  let nonZero = 0;
  for (let i = 0; i < cars.length; i++) {
    if (cars[i] > 0) positives++;
    if (cars[i] !== 0) nonZero++;
  }
  return { positives, nonZero, p: nonZero ? binomialHalfTwoSidedP(positives, nonZero) : NaN };
}

export interface GeneralisedSignTest {
  w: number;
  pHat: number;
  z: number;
  p: number;
}

/** Cowan's (1992) generalised sign test; `positiveShares[i]` = p̂_i of event i (see the module comment). */
export function generalisedSignTest(cars: ArrayLike<number>, positiveShares: ArrayLike<number>): GeneralisedSignTest {
  const n = cars.length;
  let w = 0;
  for (let i = 0; i < n; i++) if (cars[i] > 0) w++;
  const pHat = n ? meanOf(positiveShares) : NaN;
  const v = n * pHat * (1 - pHat);
  const z = v > 0 ? (w - n * pHat) / Math.sqrt(v) : NaN;
  return { w, pHat, z, p: normalTwoSidedP(z) };
}
