// Synthetic data for the study's tests (never market data).
import { asDayArray, parseIsoDay, type DayArray } from '../../../lib/units';
import { mulberry32 } from './prng';

/** Prices from percent log returns: P₀ = p0, Pᵢ = Pᵢ₋₁·exp(rᵢ/100) (r[0] is ignored). */
export function pricesFromReturns(r: ArrayLike<number>, p0 = 1000): Float64Array {
  const v = new Float64Array(r.length);
  v[0] = p0;
  for (let i = 1; i < r.length; i++) v[i] = v[i - 1] * Math.exp(r[i] / 100);
  return v;
}

/** `n` consecutive calendar days from an ISO date. */
export function consecutiveDays(fromIso: string, n: number): DayArray {
  const d0 = parseIsoDay(fromIso)!;
  return asDayArray(Int32Array.from({ length: n }, (_, i) => d0 + i));
}

/** `n` standard normal draws (Box–Muller on a seeded generator). */
export function gaussians(n: number, seed: number): Float64Array {
  const rng = mulberry32(seed);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i += 2) {
    const u = 1 - rng.nextFloat();
    const v = rng.nextFloat();
    const rad = Math.sqrt(-2 * Math.log(u));
    out[i] = rad * Math.cos(2 * Math.PI * v);
    if (i + 1 < n) out[i + 1] = rad * Math.sin(2 * Math.PI * v);
  }
  return out;
}

/**
 * A market-model world: basket returns m ~ N(0, 0.4²), target returns r = α + β·m + ε, ε ~ N(0, σ²),
 * percent; r[0] = m[0] = NaN.
 */
export function marketWorld(n: number, seed: number, alpha = 0.01, beta = 0.6, sigma = 0.5): { r: Float64Array; m: Float64Array } {
  const z = gaussians(2 * n, seed);
  const m = new Float64Array(n);
  const r = new Float64Array(n);
  m[0] = NaN;
  r[0] = NaN;
  for (let i = 1; i < n; i++) {
    m[i] = 0.4 * z[2 * i];
    r[i] = alpha + beta * m[i] + sigma * z[2 * i + 1];
  }
  return { r, m };
}
