import { erfc, lnGamma, regIncBeta } from './special-functions';

/**
 * The distributions of the tests, each two-sided where it gives a p:
 *
 * - Student's t with ν degrees of freedom: P(|T| ≥ |t|) = I_{ν/(ν+t²)}(ν/2, ½) (regularised
 *   incomplete beta), and the CDF F(t) = 1 − ½·I(…) for t ≥ 0, ½·I(…) below;
 * - the standard normal: Φ(z) = ½·erfc(−z/√2), P(|Z| ≥ |z|) = erfc(|z|/√2);
 * - Binomial(n, ½), exact: P(X ≤ k) = 2⁻ⁿ Σ_{i≤k} C(n, i); the two-sided p of k successes is
 *   min(1, 2·P(X ≤ min(k, n−k))) — the distribution is symmetric, so this is also the sum of every
 *   outcome no more likely than k.
 *
 * NaN in, NaN out (a p is never made up).
 */

/** Two-sided p of Student's t: P(|T_ν| ≥ |t|). */
export function studentTTwoSidedP(t: number, df: number): number {
  if (Number.isNaN(t) || !(df > 0)) return NaN;
  if (!Number.isFinite(t)) return 0;
  const t2 = t * t;
  // x = ν/(ν+t²) and its complement t²/(ν+t²), both exact: a small p keeps its digits.
  return Math.min(1, regIncBeta(df / (df + t2), df / 2, 0.5, t2 / (df + t2)));
}

/** Student's t CDF, P(T_ν ≤ t). */
export function studentTCdf(t: number, df: number): number {
  if (Number.isNaN(t) || !(df > 0)) return NaN;
  const half = studentTTwoSidedP(t, df) / 2;
  return t >= 0 ? 1 - half : half;
}

const quantileCache = new Map<string, number>();

/**
 * The quantile of Student's t, F⁻¹(p) for 0 < p < 1, by bisection on the CDF to 1e-12 (relative):
 * about 80 CDF evaluations, memoised per (p, ν) — a study asks for a handful of ν.
 */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1) || !(df > 0)) return NaN;
  if (p === 0.5) return 0;
  if (p < 0.5) return -studentTQuantile(1 - p, df);
  const key = `${p}|${df}`;
  const cached = quantileCache.get(key);
  if (cached !== undefined) return cached;
  let lo = 0;
  let hi = 1;
  while (studentTCdf(hi, df) < p && hi < 1e300) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-12 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (studentTCdf(mid, df) < p) lo = mid;
    else hi = mid;
  }
  const q = (lo + hi) / 2;
  quantileCache.set(key, q);
  return q;
}

/** The standard normal CDF Φ(z). */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / Math.SQRT2);
}

/** Two-sided p of a standard normal statistic: P(|Z| ≥ |z|). */
export function normalTwoSidedP(z: number): number {
  if (Number.isNaN(z)) return NaN;
  return Math.min(1, erfc(Math.abs(z) / Math.SQRT2));
}

function lnChoose(n: number, k: number): number {
  return lnGamma(n + 1) - lnGamma(k + 1) - lnGamma(n - k + 1);
}

/**
 * P(X ≤ k) for X ~ Binomial(n, ½). Up to n = 50: the integer sum Σ_{i≤k} C(n, i) over 2ⁿ, exact.
 * Above: the term at k from ln C(n, k) − n·ln 2, then the sum of the terms below it by the exact
 * ratio C(n, i−1)/C(n, i) = i/(n−i+1) (no overflow, no underflow for any n; relative error about
 * 1e-13 at n = 1000).
 */
export function binomialHalfCdf(k: number, n: number): number {
  if (!Number.isInteger(n) || n < 0 || Number.isNaN(k)) return NaN;
  if (k < 0) return 0;
  const kk = Math.floor(k);
  if (kk >= n) return 1;
  if (n <= 50) {
    // Exact in doubles: C(n, i)·(n−i+1) ≤ C(50, 25)·50 < 2⁵³, the sum ≤ 2ⁿ, and 2ⁿ a power of two.
    let c = 1;
    let s = 1;
    for (let i = 1; i <= kk; i++) {
      c = (c * (n - i + 1)) / i;
      s += c;
    }
    return s / 2 ** n;
  }
  let term = 1;
  let sum = 1;
  for (let i = kk; i > 0; i--) {
    term *= i / (n - i + 1);
    sum += term;
    if (term < sum * 1e-17) break;
  }
  return Math.min(1, Math.exp(lnChoose(n, kk) - n * Math.LN2) * sum);
}

/** Exact two-sided p of `k` successes in `n` trials under Binomial(n, ½). */
export function binomialHalfTwoSidedP(k: number, n: number): number {
  if (!Number.isInteger(n) || n <= 0 || !Number.isInteger(k) || k < 0 || k > n) return NaN;
  return Math.min(1, 2 * binomialHalfCdf(Math.min(k, n - k), n));
}
