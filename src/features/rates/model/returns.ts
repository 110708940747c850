/**
 * Daily log returns of a series, memoised per values array (WeakMap), and a
 * numerically stable two-pass sample standard deviation.
 *
 * Why no prefix sums for the variance: Var = (ΣΔr² − (ΣΔr)²/n)/(n−1) from
 * differences of prefix sums loses digits twice — the prefix sums carry the
 * whole history (one 1997-style 10 % day dwarfs a calm window), and the
 * subtraction cancels when the mean return is large next to its spread. A
 * two-pass over the window's n returns is exact to a few ulps and costs O(n):
 * 60 returns × 480 reactions is about 30 000 additions, far below a frame.
 */

const cache = new WeakMap<Float64Array, Float64Array>();

/** ln(v[i] / v[i−1]) for i ≥ 1; NaN where either value is not positive. */
export function logReturnAt(values: Float64Array, i: number): number {
  const a = values[i - 1];
  const b = values[i];
  return a > 0 && b > 0 ? Math.log(b / a) : NaN;
}

/** r[i] = ln(v[i] / v[i−1]) for i ≥ 1; r[0] = NaN. NaN where a value is not positive. */
export function logReturns(values: Float64Array): Float64Array {
  let r = cache.get(values);
  if (r) return r;
  r = new Float64Array(values.length);
  if (values.length) r[0] = NaN;
  for (let i = 1; i < values.length; i++) r[i] = logReturnAt(values, i);
  cache.set(values, r);
  return r;
}

/** Sample standard deviation (n − 1) of xs[from..to) by two passes; NaN for fewer than 2 values or a NaN inside. */
export function sampleStd(xs: ArrayLike<number>, from: number, to: number): number {
  const n = to - from;
  if (from < 0 || n < 2 || to > xs.length) return NaN;
  let sum = 0;
  for (let i = from; i < to; i++) sum += xs[i];
  const mean = sum / n;
  let ss = 0;
  let comp = 0;
  for (let i = from; i < to; i++) {
    const d = xs[i] - mean;
    ss += d * d;
    comp += d;
  }
  // Corrected two-pass (Björck): removes the rounding left in the mean.
  return Math.sqrt(Math.max(0, ss - (comp * comp) / n) / (n - 1));
}
