import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { msg } from '../i18n/message';
import { effectiveLang } from './use-lang';
import { useViewStore } from '../lib/view-store';
import { useBuiltInEvents } from '../features/events/api/get-built-in-events';
import type { DatedEvent } from '../features/events/model/filter-events';
import { filterEvents } from '../features/events/model/filter-events';
import { useSeriesBundle } from '../features/rates/api/use-series-bundle';
import { useCompareBundle } from '../features/rates/api/use-compare-bundle';
import { resolveRange } from '../features/timeline/model/range';
import { rangeDates } from '../lib/range-text';
import { useShownSeries } from './shown-series';
import { combineEvents } from '../features/user-data/model/merge-user-events';
import { useUserEventsStore } from '../features/user-data/store/user-events-store';
import { SLICED_ROWS } from './sliced-rows';

/** Hangul (jamo, compatibility jamo, syllables): a text filter typed in Korean. */
const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;

const NO_EVENTS: DatedEvent[] = [];
/** The user's events in the first render when there are many of them (see below); never the store's own array. */
const NOT_YET: ReturnType<typeof useUserEventsStore.getState>['events'] = [];

/** Everything the views derive from the view state, the data and the events. */
export function useDashboard() {
  const view = useViewStore((s) => s.view);
  const data = useSeriesBundle(view.source, { persist: !view.embed }); // the embed writes nothing to storage
  const compared = useCompareBundle(data.bundle?.source, view.compare, !view.embed);
  // The built-in events' Korean texts: for the Korean UI, and for a text filter typed in Hangul.
  const builtIn = useBuiltInEvents(effectiveLang(view.lang) === 'ko' || HANGUL.test(view.q));
  const builtInEvents = builtIn.data?.events ?? NO_EVENTS;
  // Deferred: a change of the user's events (an import of 20,000) re-renders the page in a background
  // render that yields to the browser between components, not in the store's synchronous one.
  // Many of them at the start (a reload with 50,000: its first render was a task of ~0.6 s): the first
  // render is without them and they come in such a background render too; meanwhile the events are
  // not ready (no link notice says an event of theirs is missing).
  const stored = useUserEventsStore((s) => s.events);
  const [initial] = useState(() => (stored.length > SLICED_ROWS ? NOT_YET : undefined));
  const userEvents = useDeferredValue(stored, initial);
  // Built-in events first, then the user's, sorted by date; a built-in id wins.
  const combined = useMemo(() => combineEvents(builtInEvents, userEvents), [builtInEvents, userEvents]);
  const allEvents = combined.events;
  const builtInIds = useMemo(() => new Set(builtInEvents.map((e) => e.id)), [builtInEvents]);
  const isUser = useCallback((id: string) => combined.userIds.has(id), [combined]);
  const eventProblems = useMemo(
    () => [
      ...(builtIn.data?.problems ?? []),
      ...combined.shadowed.map((id) => msg('app.shadowedEvent', { id })),
    ],
    [builtIn.data?.problems, combined.shadowed],
  );
  const events = useMemo(
    () => filterEvents(allEvents, { cats: view.cats, actor: view.actor, q: view.q, minImportance: view.imp }),
    [allEvents, view.cats, view.actor, view.q, view.imp],
  );
  const bundle = data.bundle;
  const { series, first, last } = useShownSeries(bundle, view.compare ? compared.bundle : undefined, view.pairs);
  // The time axis reaches the last event even past the last observation (no line is drawn there).
  const lastEvent = allEvents.length ? allEvents[allEvents.length - 1].date : '';
  const extent = bundle && first && last ? { first, last, maxTo: lastEvent > last ? lastEvent : last } : null;
  const range = useMemo(
    () => (extent ? resolveRange(view.from, view.to, extent.first, extent.maxTo) : null),
    [extent?.first, extent?.maxTo, view.from, view.to], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const comparedBundle = view.compare ? compared.bundle : undefined;
  const comparedSource = useMemo(
    () => (comparedBundle && series.some((s) => s.compare) ? { source: comparedBundle.source, asOf: comparedBundle.asOf } : null),
    [comparedBundle, series],
  );
  const selected = useMemo(() => allEvents.find((e) => e.id === view.event) ?? null, [allEvents, view.event]);
  return {
    view,
    data,
    bundle,
    series,
    range,
    extent,
    rangeIso: range ? rangeDates(range) : null,
    compared,
    /** The compared source's name and date for the source lines, when its lines are drawn. */
    comparedSource,
    allEvents,
    eventsReady: builtIn.isSuccess && userEvents !== NOT_YET,
    eventProblems,
    builtInIds,
    builtInEvents,
    isUser,
    events,
    selected,
  };
}

export type Dashboard = ReturnType<typeof useDashboard>;
