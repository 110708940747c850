import { lowerBoundMs, type Series } from '../../rates/model/series';
import { lineKeyOf, type SeriesMeta } from '../../rates/model/registry';
import {
  abnormalReturn,
  basketReturns,
  cumulativeAbnormalReturn,
  DEFAULT_WINDOWS,
  fitEvent,
  marketModelMiss,
  percentLogReturnsSteps,
  type BasketMember,
  type CarOutcome,
  type CarWindow,
  type EventFit,
  type MarketMiss,
  type ModelData,
  type StudyModel,
} from '../../study/model';
import type { ReactionRow } from './compute-reactions';
import { runSteps, ticker, type Steps } from '../../../lib/steps';

/**
 * Per event and shown line: the event study's abnormal return at T0 and CARs (issue #12), under
 * the model the URL asks for — the figures of the event detail, the scorecard and the reactions
 * CSV. The group tests are elsewhere; this is one fit per event (study/model fitEvent).
 *
 * - T0 is the reactions' T0 (the row's T0 observation), so these figures and chg_0 speak of the
 *   same observation.
 * - The market model is for **USD-based daily series** (study/model market-rule, the answer
 *   panel's rule too): the built-in USD/KRW of either source, and an imported daily series whose
 *   name or unit says USD (e.g. "USD/KRW NDF", "KRW per USD"). Asked for any other line (JPY/KRW,
 *   CNY/KRW, EUR/KRW, a non-USD or intraday import), the line uses `mean` instead and says so
 *   (`switched`): regressing a cross on a USD-based Asian basket has no clear reading, and the
 *   basket is daily.
 * - The basket of a built-in line is its own source's; an imported line takes the primary
 *   source's (matched by date). Until it is `ready`, a market-model line has no fit, with the
 *   basket's state as the reason (`basket-loading`, `basket-error`, `no-basket`).
 */

/** Why a line does not use the model asked for (it uses `mean`). */
export type ModelSwitch = MarketMiss;

/** The regional basket as the study of one line sees it (rates/api useBasket's states, members only). */
export type StudyBasket =
  | { status: 'ready'; members: readonly BasketMember[] }
  | { status: 'loading' }
  | { status: 'error'; code: string }
  | { status: 'none' };

/** Why an event has no fit: the model's own reasons (fitEvent), or the basket's state. */
export type RowFit = EventFit | { ok: false; reason: 'basket-loading'; n: 0 } | { ok: false; reason: 'basket-error'; n: 0; code: string };

export interface RowStudy {
  /** The model used for this line (`mean` when the market model does not apply, see `switched`). */
  model: StudyModel;
  switched: ModelSwitch | null;
  fit: RowFit;
  /** AR at T0 (= CAR(0,0)), null when there is none. */
  ar0: number | null;
  /** One per window of the study, in its order. */
  cars: readonly CarOutcome[];
}

export interface EventStudyFigures {
  /** The model asked for (the URL's). */
  model: StudyModel;
  windows: readonly CarWindow[];
  /** Per reaction row (by identity: the rows of computeReactions). */
  byRow: ReadonlyMap<ReactionRow, RowStudy>;
}

/** The five default windows, then the user's extra one unless it is among them. */
export function studyWindows(extra: readonly [number, number] | null): CarWindow[] {
  const ws = [...DEFAULT_WINDOWS];
  if (extra && !ws.some((w) => w.a === extra[0] && w.b === extra[1])) ws.push({ a: extra[0], b: extra[1] });
  return ws;
}

/** Whether the market model applies to a line, or why it does not: study/model's rule, the answer panel's too. */
export function marketModelSwitch(meta: SeriesMeta): ModelSwitch | null {
  return marketModelMiss(meta);
}

/** The CAR of window (a, b) in a row's figures, or null (no such window, or no CAR). */
export function carOf(figures: EventStudyFigures, st: RowStudy | undefined, a: number, b: number): number | null {
  if (!st) return null;
  const i = figures.windows.findIndex((w) => w.a === a && w.b === b);
  const c = i < 0 ? undefined : st.cars[i];
  return c?.ok ? c.car : null;
}

/** The index of the row's T0 in its series (the observation at the row's T0 instant), or null. */
function t0IndexOf(s: Series, row: ReactionRow): number | null {
  if (row.t0At === null) return null;
  const i = lowerBoundMs(s.t, row.t0At);
  return i < s.t.length && s.t[i] === row.t0At ? i : null;
}

function noFit(fit: RowFit, model: StudyModel, switched: ModelSwitch | null, windows: readonly CarWindow[]): RowStudy {
  return { model, switched, fit, ar0: null, cars: windows.map((w): CarOutcome => ({ ok: false, reason: 'no-fit', at: w.a })) };
}

/**
 * The figures of every row. `basketOf` gives the basket a market-model line reads (see the module
 * comment). One pass per line: its returns, its basket's returns (market), then one fit per
 * distinct T0 — O(n + members) + O(T0s · (240 + Σ L)) per line.
 */
export function eventStudyFigures(
  rows: readonly ReactionRow[],
  lines: readonly Series[],
  model: StudyModel,
  windows: readonly CarWindow[],
  basketOf: (s: Series) => StudyBasket,
): EventStudyFigures {
  return runSteps(eventStudySteps(rows, lines, model, windows, basketOf));
}

/**
 * eventStudyFigures as steps (lib/steps): the same figures, with a point where a caller may give
 * the main thread back every 64 rows (a fit per distinct T0: 20,000 events take ~0.4 s in all).
 */
export function* eventStudySteps(
  rows: readonly ReactionRow[],
  lines: readonly Series[],
  model: StudyModel,
  windows: readonly CarWindow[],
  basketOf: (s: Series) => StudyBasket,
): Steps<EventStudyFigures> {
  const tick = ticker();
  const byLine = new Map(lines.map((s) => [lineKeyOf(s.id, s.source, s.compare === true), s]));
  const perLine = new Map<string, (row: ReactionRow) => RowStudy>();
  // A line's returns are steps too: an imported series of a million bars took ~0.2 s of one task.
  function* lineStudy(s: Series): Steps<(row: ReactionRow) => RowStudy> {
    const switched = model === 'market' ? marketModelSwitch(s.meta) : null;
    const used: StudyModel = switched ? 'mean' : model;
    const r = yield* percentLogReturnsSteps(s.values);
    let m: Float64Array | null = null;
    let blocked: RowFit | null = null;
    if (used === 'market') {
      const b = basketOf(s);
      if (b.status === 'ready') m = basketReturns(s.days, b.members); // daily lines only (intraday ones use mean)
      else if (b.status === 'loading') blocked = { ok: false, reason: 'basket-loading', n: 0 };
      else if (b.status === 'error') blocked = { ok: false, reason: 'basket-error', n: 0, code: b.code };
      else blocked = { ok: false, reason: 'no-basket', n: 0 };
    }
    const data: ModelData = { model: used, r, m };
    const byT0 = new Map<number | null, RowStudy>();
    return (row: ReactionRow): RowStudy => {
      const t0 = t0IndexOf(s, row);
      let st = byT0.get(t0);
      if (st) return st;
      if (blocked) st = noFit(blocked, used, switched, windows);
      else {
        const fit = fitEvent(data, t0);
        if (!fit.ok || t0 === null) st = noFit(fit, used, switched, windows);
        else {
          const ar = abnormalReturn(data, fit, t0);
          st = { model: used, switched, fit, ar0: Number.isFinite(ar) ? ar : null, cars: windows.map((w) => cumulativeAbnormalReturn(data, fit, t0, w)) };
        }
      }
      byT0.set(t0, st);
      return st;
    };
  }
  const byRow = new Map<ReactionRow, RowStudy>();
  for (const row of rows) {
    let f = perLine.get(row.line);
    if (!f) {
      const s = byLine.get(row.line);
      if (!s) continue;
      f = yield* lineStudy(s);
      perLine.set(row.line, f);
    }
    byRow.set(row, f(row));
    if (tick()) yield;
  }
  return { model, windows, byRow };
}
