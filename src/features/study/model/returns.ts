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

import { logReturnAt } from '../../rates/model/returns';
import { runSteps, type Steps } from '../../../lib/steps';

const cache = new WeakMap<Float64Array, Float64Array>();

/** Observations per step of the *Steps forms: a pause may come every 65,536 (a million bars: ~15 pauses). */
export const STEP_SPAN = 0x10000;

export function percentLogReturns(values: Float64Array): Float64Array {
  return runSteps(percentLogReturnsSteps(values));
}

/** percentLogReturns as steps (lib/steps): a point where the caller may pause every STEP_SPAN observations. */
export function* percentLogReturnsSteps(values: Float64Array): Steps<Float64Array> {
  let r = cache.get(values);
  if (r) return r;
  // One pass over rates/model's logReturnAt, times 100 (for an imported series of a million bars,
  // the whole logReturns array and a second pass here took 0.15–0.19 s of one task). An infinite
  // price gives an infinite log return, NaN here.
  r = new Float64Array(values.length);
  if (values.length) r[0] = NaN;
  for (let i = 1; i < values.length; i++) {
    const ln = logReturnAt(values, i);
    r[i] = Number.isFinite(ln) ? 100 * ln : NaN;
    if (i % STEP_SPAN === 0) yield;
  }
  cache.set(values, r);
  return r;
}
