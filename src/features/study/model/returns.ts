/**
 * Percent log returns between consecutive observations of a series:
 *
 *   r[i] = 100 · ln(P[i] / P[i−1])   for i ≥ 1,   r[0] = NaN,
 *
 * index-aligned to the series (r[i] is the return *into* observation i, so the event-day return is
 * r at T0: chg_0 in log form). A gap between two observations (a weekend, a holiday) is one
 * return. NaN where either price is not a positive finite number: nothing is filled in.
 *
 * Memoised per values array (WeakMap): every group, window and model of a study reads the same
 * returns of a series.
 */

import { logReturns } from '../../rates/model/returns';

const cache = new WeakMap<Float64Array, Float64Array>();

export function percentLogReturns(values: Float64Array): Float64Array {
  let r = cache.get(values);
  if (r) return r;
  // The series' log returns (rates/model, memoised too), in percent; an infinite price gives an
  // infinite log return there, NaN here.
  const ln = logReturns(values);
  r = new Float64Array(ln.length);
  for (let i = 0; i < ln.length; i++) r[i] = Number.isFinite(ln[i]) ? 100 * ln[i] : NaN;
  cache.set(values, r);
  return r;
}
