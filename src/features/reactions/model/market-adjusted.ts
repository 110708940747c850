import { valueOn, type Series, type SeriesSet } from '../../rates/model/series';
import { HORIZONS } from './reaction';
import type { T0Location } from './locate-t0';

/** Market-adjusted chg_k (percent), same horizons as the reaction. */
export interface AdjustedChanges {
  chg0: number | null;
  chg5: number | null;
  chg20: number | null;
}

/**
 * The won's own move: USD/KRW's chg_k net of the dollar's move against a
 * regional basket (yen and yuan),
 *
 *   adj_k = chg_k(USD/KRW) − mean(chg_k(USD/JPY), chg_k(USD/CNY)).
 *
 * USD/JPY and USD/CNY are not series of their own: they are derived from the
 * series we are given, on the same source, at the same dates,
 *   USD/JPY = USDKRW / JPYKRW × 100   (JPYKRW is per 100 yen)
 *   USD/CNY = USDKRW / CNYKRW
 * (for H.10 these give back JPUS and CHUS exactly; for the ECB, the dollar's
 * JPY and CNY reference rates). The dates are those of USD/KRW: its T−1 and
 * its T0 + k. A basket currency with no observation on one of those dates
 * makes that adj_k null — nothing is filled in.
 *
 * Only USD/KRW is adjusted; the function answers for it alone. For the crosses
 * there is no agreed equivalent: JPY/KRW and CNY/KRW are already the won
 * against basket members (the basket would contain the pair's own currency
 * and cancel part of the move), and EUR/KRW would need a euro basket.
 *
 * `loc` is the T0 location in `set.USDKRW`.
 */
export function marketAdjusted(set: SeriesSet, loc: T0Location): AdjustedChanges | null {
  const usd = set.USDKRW;
  const jpy = set.JPYKRW;
  const cny = set.CNYKRW;
  if (!usd || !jpy || !cny || !loc.ok) return null;
  if (jpy.source !== usd.source || cny.source !== usd.source) return null;
  const [chg0, chg5, chg20] = HORIZONS.map((k) => adjustedAt(usd, jpy, cny, loc.base, loc.t0 + k));
  return { chg0, chg5, chg20 };
}

function usdPer(usd: Series, i: number, cross: Series, scale: number): number | null {
  const c = valueOn(cross, usd.days[i]);
  return c === null ? null : (usd.values[i] / c) * scale;
}

function adjustedAt(usd: Series, jpy: Series, cny: Series, base: number, i: number): number | null {
  if (i >= usd.days.length) return null;
  const parts = [
    [usdPer(usd, base, jpy, 100), usdPer(usd, i, jpy, 100)],
    [usdPer(usd, base, cny, 1), usdPer(usd, i, cny, 1)],
  ];
  let basket = 0;
  for (const [p0, p1] of parts) {
    if (p0 === null || p1 === null) return null;
    basket += (p1 / p0 - 1) * 100;
  }
  const own = (usd.values[i] / usd.values[base] - 1) * 100;
  const adj = own - basket / parts.length;
  return Number.isFinite(adj) ? adj : null;
}
