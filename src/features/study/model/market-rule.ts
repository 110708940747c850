import type { SeriesMeta } from '../../rates/model/registry';

/**
 * Which lines the market model is for — the one rule of the answer panel and of the per-event
 * figures (event detail, scorecard, reactions CSV), so both always use the same model:
 *
 * - a **daily** series (the basket is daily: matched by date, an intraday series would get a basket
 *   return of 0 inside every day), and
 * - **USD-based** (the basket is of dollar rates): the built-in USD/KRW of either source, or an
 *   imported series whose name or unit says USD (e.g. "USD/KRW NDF", "KRW per USD", "US dollar").
 *
 * Any other line (JPY/KRW, CNY/KRW, EUR/KRW, a non-USD import, any intraday import) uses `mean`
 * when `market` is asked for.
 */

/** Why the market model does not apply to a line. */
export type MarketMiss = 'not-usd-based' | 'intraday';

/** What of a series' metadata the rule reads. */
export type MarketRuleMeta = Pick<SeriesMeta, 'id' | 'label' | 'unit' | 'resolution' | 'builtIn'>;

const USD_WORD = /(^|[^A-Z])USD([^A-Z]|$)|US dollar/i;

/** Null when the market model applies to the line; else why not. */
export function marketModelMiss(meta: MarketRuleMeta): MarketMiss | null {
  if (meta.resolution !== 'daily') return 'intraday';
  if (meta.builtIn) return meta.id === 'USDKRW' ? null : 'not-usd-based';
  return USD_WORD.test(meta.label) || USD_WORD.test(meta.unit) ? null : 'not-usd-based';
}

/** Whether the market model applies to the line (see marketModelMiss for why not). */
export function marketModelApplies(meta: MarketRuleMeta): boolean {
  return marketModelMiss(meta) === null;
}
