// Reference implementations for the tests, written differently from the engine on purpose (never
// used by it): numerical integration of the densities (Simpson's rule), exact binomial sums in
// BigInt, OLS by Cramer's rule on raw sums, BH by brute force over ranks.

/** Γ(x) for x a positive multiple of ½, by the recurrence Γ(x+1) = x·Γ(x) from Γ(½) = √π, Γ(1) = 1. */
export function gammaHalfInteger(x: number): number {
  if (!(x > 0) || !Number.isInteger(2 * x)) throw new Error(`not a half-integer: ${x}`);
  let g = Number.isInteger(x) ? 1 : Math.sqrt(Math.PI);
  for (let y = Number.isInteger(x) ? 1 : 0.5; y < x; y++) g *= y;
  return g;
}

/** Composite Simpson's rule of f over [a, b] with `n` (even) intervals. */
export function simpson(f: (x: number) => number, a: number, b: number, n = 20000): number {
  const h = (b - a) / n;
  let s = f(a) + f(b);
  for (let i = 1; i < n; i++) s += (i % 2 ? 4 : 2) * f(a + i * h);
  return (s * h) / 3;
}

/** Two-sided p of Student's t with ν (a multiple of ½) df: 1 − 2∫₀^|t| density. */
export function refStudentTTwoSidedP(t: number, df: number): number {
  const c = gammaHalfInteger((df + 1) / 2) / (Math.sqrt(df * Math.PI) * gammaHalfInteger(df / 2));
  const density = (x: number) => c * Math.pow(1 + (x * x) / df, -(df + 1) / 2);
  return 1 - 2 * simpson(density, 0, Math.abs(t));
}

/** Φ(z) = ½ + ∫₀^z φ. */
export function refNormalCdf(z: number): number {
  const phi = (x: number) => Math.exp(-(x * x) / 2) / Math.sqrt(2 * Math.PI);
  return 0.5 + (z >= 0 ? 1 : -1) * simpson(phi, 0, Math.abs(z));
}

function bigChoose(n: number, k: number): bigint {
  let c = 1n;
  for (let i = 1; i <= k; i++) c = (c * BigInt(n - k + i)) / BigInt(i);
  return c;
}

/** P(X ≤ k), X ~ Binomial(n, ½), as Σ C(n, i) / 2ⁿ in exact integers, then rounded to a double (n ≤ 100). */
export function refBinomialHalfCdf(k: number, n: number): number {
  let num = 0n;
  for (let i = 0; i <= k; i++) num += bigChoose(n, i);
  const SCALE = 10n ** 45n;
  return Number((num * SCALE) / 2n ** BigInt(n)) / 1e45;
}

/** OLS of y on x with an intercept by Cramer's rule on the raw normal equations [n Σx; Σx Σx²]·[α β]ᵀ = [Σy Σxy]ᵀ. */
export function refOls(x: readonly number[], y: readonly number[]): { alpha: number; beta: number; sigma: number } {
  const n = x.length;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    sx += x[i];
    sy += y[i];
    sxx += x[i] * x[i];
    sxy += x[i] * y[i];
  }
  const det = n * sxx - sx * sx;
  const alpha = (sy * sxx - sx * sxy) / det;
  const beta = (n * sxy - sx * sy) / det;
  let sse = 0;
  for (let i = 0; i < n; i++) sse += (y[i] - alpha - beta * x[i]) ** 2;
  return { alpha, beta, sigma: Math.sqrt(sse / (n - 2)) };
}

/** BH q by brute force: q_i = min over p_j ≥ p_i of min(1, m·p_j / rank_j), rank_j = #{p ≤ p_j}. */
export function refBh(ps: readonly number[]): number[] {
  const finite = ps.filter((p) => Number.isFinite(p));
  const m = finite.length;
  return ps.map((p) => {
    if (!Number.isFinite(p)) return NaN;
    let q = 1;
    for (const pj of finite) {
      if (pj < p) continue;
      const rank = finite.filter((x) => x <= pj).length;
      q = Math.min(q, (m * pj) / rank);
    }
    return q;
  });
}

/** Mean and sample (n−1) standard deviation, one textbook pass each. */
export function refMeanSd(xs: readonly number[]): { mean: number; sd: number } {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1));
  return { mean, sd };
}
