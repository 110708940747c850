import { marketModelMiss, type MarketRuleMeta, type StudyModel } from '../model';
import type { StudyGroupSpec } from '../worker/study-protocol';

/**
 * The panel's choices, as codes (study-text.ts words them): which model is computed for the
 * chosen line, and which groups.
 */

/** The regional basket as the panel sees it (the app maps the rates feature's state to it). */
export type StudyBasket =
  | { status: 'loading' }
  | { status: 'ready'; key: string; members: readonly { days: ArrayLike<number>; values: ArrayLike<number> }[] }
  | { status: 'error'; code: string }
  | { status: 'none' };

/**
 * What the market model can do for a line, by study/model's rule (marketModelMiss — the per-event
 * figures use the same one): `usd` (the built-in USD/KRW), `usd-imported` (an imported daily series
 * whose name or unit says USD), `not-usd` (any other daily line: the basket is of dollar rates, so
 * it is not their market), `intraday` (an intraday import: the basket is daily).
 */
export type MarketFit = 'usd' | 'usd-imported' | 'not-usd' | 'intraday';

export function marketFitOf(meta: MarketRuleMeta): MarketFit {
  const miss = marketModelMiss(meta);
  if (miss === 'intraday') return 'intraday';
  if (miss === 'not-usd-based') return 'not-usd';
  return meta.builtIn ? 'usd' : 'usd-imported';
}

export type ModelNote = 'not-usd' | 'intraday' | 'basket-loading' | 'basket-error' | 'basket-none' | 'imported-usd';

export interface ModelChoice {
  /** The model computed. */
  model: StudyModel;
  /** Why it is not the one asked for (or a caveat): null when it is, plainly. */
  note: ModelNote | null;
}

/** `market` when asked for and possible, else `mean` with the reason; `mean` and `raw` as asked. */
export function chooseModel(requested: StudyModel, fit: MarketFit, basket: StudyBasket): ModelChoice {
  if (requested !== 'market') return { model: requested, note: null };
  if (fit === 'not-usd') return { model: 'mean', note: 'not-usd' };
  if (fit === 'intraday') return { model: 'mean', note: 'intraday' };
  if (basket.status === 'loading') return { model: 'mean', note: 'basket-loading' };
  if (basket.status === 'error') return { model: 'mean', note: 'basket-error' };
  if (basket.status === 'none') return { model: 'mean', note: 'basket-none' };
  return { model: 'market', note: fit === 'usd-imported' ? 'imported-usd' : null };
}

export type GroupMode = 'category' | 'all' | 'selection';
export const GROUP_MODES: readonly GroupMode[] = ['category', 'all', 'selection'];

/** An event of the view, with its index in the event table sent to the worker. */
export interface ViewEvent {
  id: string;
  index: number;
  date: string;
  title: string;
  category: string;
}

/** Group names besides the categories. */
export const ALL_GROUP = 'all';
export const SELECTION_GROUP = 'selection';

/**
 * The groups of the events in view: one per category present, in `categoryOrder` (`category`);
 * one of all of them (`all`); the user's ticked events (`selection`, empty when none is ticked).
 * An event counts once per group.
 */
export function buildGroups(events: readonly ViewEvent[], mode: GroupMode, selected: ReadonlySet<string>, categoryOrder: readonly string[]): StudyGroupSpec[] {
  const indices = (list: readonly ViewEvent[]) => Int32Array.from(new Set(list.map((e) => e.index)));
  if (mode === 'all') return events.length ? [{ name: ALL_GROUP, members: indices(events) }] : [];
  if (mode === 'selection') {
    const picked = events.filter((e) => selected.has(e.id));
    return picked.length ? [{ name: SELECTION_GROUP, members: indices(picked) }] : [];
  }
  const by = new Map<string, ViewEvent[]>();
  for (const e of events) {
    const list = by.get(e.category);
    if (list) list.push(e);
    else by.set(e.category, [e]);
  }
  const order = [...categoryOrder, ...[...by.keys()].filter((c) => !categoryOrder.includes(c)).sort()];
  return order.filter((c) => by.has(c)).map((c) => ({ name: c, members: indices(by.get(c)!) }));
}
