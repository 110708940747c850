import { asMsArray, type MsArray } from '../../../lib/units';
import { logReturns, sampleStd } from './returns';

/** Trading days per year used to annualise. */
export const TRADING_DAYS = 252;
export const DEFAULT_VOL_WINDOW = 20;

/** A derived line: `values[i]` belongs to the observation at instant `t[i]`. */
export interface DerivedLine {
  t: MsArray;
  values: Float64Array;
}

const cache = new WeakMap<Float64Array, Map<number, { t: MsArray; line: DerivedLine }>>();

/**
 * Rolling realised volatility, annualised, in percent:
 *   vol[i] = √252 × sample std (n−1) of the `window` daily log returns ending
 *            at observation i × 100.
 * A return is between consecutive observations (a weekend or holiday gap is
 * one return). The line starts at the first observation with `window` returns
 * behind it (index `window`) and has the series' instants from there, so it has
 * no gaps to draw; a window that holds a non-positive value gives NaN there.
 *
 * `window` 0 (the URL's `vol=0`) means no line: null. A window below 2 has no
 * sample std and also gives null. Memoised per values array and window.
 * O(n × window), numerically stable (two-pass per window).
 */
export function rollingVolatility(series: DerivedLine, window = DEFAULT_VOL_WINDOW): DerivedLine | null {
  if (!Number.isInteger(window) || window < 2) return null;
  let byWindow = cache.get(series.values);
  const hit = byWindow?.get(window);
  if (hit && hit.t === series.t) return hit.line;
  const r = logReturns(series.values);
  const n = series.values.length;
  const out = new Float64Array(Math.max(0, n - window));
  const scale = Math.sqrt(TRADING_DAYS) * 100;
  for (let i = window; i < n; i++) out[i - window] = scale * sampleStd(r, i - window + 1, i + 1);
  const line = { t: asMsArray(series.t.subarray(Math.min(window, n))), values: out };
  if (!byWindow) cache.set(series.values, (byWindow = new Map()));
  byWindow.set(window, { t: series.t, line });
  return line;
}
