import { csvLine, guardFormula } from '../../../lib/csv';
import type { StudyRow } from './run-study';
import { windowKey, type StudyModel } from './study-settings';

/**
 * The tests CSV (issue #12): one line per group × window shown, in this order (public interface:
 * keep stable). `group` is the group's name (a category id, `all`, or `selection`); `pair` the
 * series id, `source` its source, `model` the model the figures were computed with; `window`
 * is `a,b` (quoted, as in the URL's `car=a,b`); `n` the events with a CAR there; percentages
 * (CAR) and `share_positive` (0–1), `t_stat` (the cross-sectional t) and every p and q with 6
 * decimals; an empty field where a figure cannot be formed.
 */
export const TESTS_CSV_HEADER = [
  'group', 'pair', 'source', 'model', 'window', 'n', 'mean_car_pct', 'median_car_pct', 'share_positive',
  't_stat', 'p_t', 'p_bmp', 'p_sign', 'p_rank', 'p_placebo', 'q_bh',
] as const;

/** 6 decimals (more for a figure below 1e-6 in size, so a tiny p is not written as 0); "-0" as "0". */
export function decimals6(x: number | null): string {
  if (x === null || !Number.isFinite(x)) return '';
  if (x !== 0 && Math.abs(x) < 1e-6) return x.toPrecision(6);
  const s = x.toFixed(6);
  return s === '-0.000000' ? '0.000000' : s;
}

export interface TestsCsvContext {
  pair: string;
  source: string;
  model: StudyModel;
}

export function testsCsv(rows: readonly StudyRow[], ctx: TestsCsvContext): string {
  const lines = [csvLine(TESTS_CSV_HEADER)];
  for (const r of rows) {
    lines.push(
      csvLine([
        guardFormula(r.group),
        guardFormula(ctx.pair),
        ctx.source,
        ctx.model,
        windowKey(r.window),
        String(r.n),
        decimals6(r.meanCar),
        decimals6(r.medianCar),
        decimals6(r.sharePositive),
        decimals6(r.t),
        decimals6(r.pT),
        decimals6(r.pBmp),
        decimals6(r.pSign),
        decimals6(r.pRank),
        decimals6(r.pPlacebo),
        decimals6(r.q),
      ]),
    );
  }
  return lines.join('\n') + '\n';
}
