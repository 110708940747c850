import type { Series } from '../features/rates/model/series';
import { eventAnchor, findOverlaps, locateT0 } from '../features/reactions/model';
import type { DatedEvent } from '../features/events/model/filter-events';
import { runSteps, ticker, type Steps } from '../lib/steps';

/** A number per array or object seen: the worker's key for data it already holds. */
const identities = new WeakMap<object, number>();
let last = 0;
export function identity(x: object): number {
  let n = identities.get(x);
  if (n === undefined) identities.set(x, (n = ++last));
  return n;
}

/** Every event's T0 index in a series (−1: none) and its overlap flag, aligned with `events`. */
export interface EventTableData {
  key: string;
  t0: Int32Array;
  overlap: Uint8Array;
}

/**
 * The reactions' T0 rule (locateT0: the first observation to see the news) and their overlap flag
 * (findOverlaps: another event's T0 within ±5 observations), for every event of the view, in one
 * series. An event with no T0 (before the first observation, on the first one, after the last)
 * gets −1 and no flag. O(E log n).
 */
export function eventTable(series: Series, events: readonly DatedEvent[]): EventTableData {
  return runSteps(eventTableSteps(series, events));
}

/** eventTable as steps (lib/steps): a point where the caller may give the main thread back every 64 events. */
export function* eventTableSteps(series: Series, events: readonly DatedEvent[]): Steps<EventTableData> {
  const tick = ticker();
  const t0 = new Int32Array(events.length);
  const list: (number | null)[] = [];
  for (let i = 0; i < events.length; i++) {
    const loc = locateT0(series, eventAnchor(events[i]));
    t0[i] = loc.ok ? loc.t0 : -1;
    list.push(loc.ok ? loc.t0 : null);
    if (tick()) yield;
  }
  const overlaps = findOverlaps(events.map((e) => e.id), list);
  yield;
  const overlap = Uint8Array.from(overlaps, (o) => (o.overlap ? 1 : 0));
  return { key: `events#${identity(series.values)}#${identity(events)}`, t0, overlap };
}
