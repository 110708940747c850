export const H10_KEYS: string[];
export function selectRows(fred: Record<string, unknown>): Array<Record<string, number | string | null>>;
export function encodeSnapshot(
  rows: Array<Record<string, number | string | null>>,
  meta: { source: string; fix: string } & Record<string, string>,
  keys?: readonly string[],
): unknown;
export function decimalsOf(v: number): number;
export const BASKET_H10_KEYS: string[];
export function selectBasketRows(fred: Record<string, unknown>, keys?: readonly string[]): Array<Record<string, number | string | null>>;
