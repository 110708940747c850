import { formatDecimal } from '../../../lib/number-format';

/**
 * Plausibility bounds for ECB figures: a figure outside them is an error in the answer
 * (or a damaged cache), never a market move, and is left out like any other bad figure.
 *
 * Raw figures, as Frankfurter gives them: units of KRW, JPY, CNY or EUR per 1 USD. Since
 * 1999 all four have stayed within about 0.6 (EUR) … 2,000 (KRW) per USD. The bounds,
 * 0.0001 … 10,000,000 per USD, lie more than three orders of magnitude beyond that on
 * either side, so a redenomination (say the won dropping three zeros) still passes; a
 * figure outside them cannot be right for any of the four.
 *
 * Pair figures (the crosses the app charts): 0.000001 … 1,000,000,000 KRW per unit of the
 * other currency (per 100 yen for JPY/KRW). They keep every figure the axes and the
 * number formats are built for, and rule out crosses that two in-bound raw figures could
 * still make (1e7 KRW ÷ 1e-4 EUR).
 */
/** The first ECB reference-rate day: no ECB figure, and no fetch of one, is older. */
export const ECB_FIRST_DAY = '1999-01-04';

export const RAW_FIGURE_BOUNDS = [1e-4, 1e7] as const;
export const PAIR_FIGURE_BOUNDS = [1e-6, 1e9] as const;

const bounds = ([lo, hi]: readonly [number, number]) => `${formatDecimal(lo, 0, 10)} … ${formatDecimal(hi, 0, 0)}`;
const within = (v: number, [lo, hi]: readonly [number, number]) => v >= lo && v <= hi;

/** Why a number cannot be a raw figure (units per USD), or null. */
export function rawFigureProblem(v: number): string | null {
  if (v >= RAW_FIGURE_BOUNDS[0] && v <= RAW_FIGURE_BOUNDS[1]) return null; // the common case first: no allocation
  if (!Number.isFinite(v)) return `${v} is not a finite number`;
  if (v <= 0) return `${v} is not positive`;
  if (!within(v, RAW_FIGURE_BOUNDS)) return `${v} is outside the plausible ${bounds(RAW_FIGURE_BOUNDS)} per USD`;
  return null;
}

/** Whether a pair figure (KRW per unit, per 100 JPY) is plausible. */
export function pairFigureOk(v: number): boolean {
  return v >= PAIR_FIGURE_BOUNDS[0] && v <= PAIR_FIGURE_BOUNDS[1];
}

/** Why a pair figure (KRW per unit, per 100 JPY) cannot be right, or null. `pair` names it, e.g. "EUR/KRW". */
export function pairFigureProblem(pair: string, v: number): string | null {
  if (within(v, PAIR_FIGURE_BOUNDS)) return null;
  return `makes ${pair} ${v}, outside the plausible ${bounds(PAIR_FIGURE_BOUNDS)} KRW`;
}
