import { memo, useCallback, useMemo, useRef } from 'react';
import type { SeriesId } from '../config/series';
import { rangeEndDate } from '../lib/range-text';
import { lineKeyOf } from '../features/rates/model/registry';
import { sourceFix, sourceName } from '../i18n/labels';
import { useT, type T } from '../i18n/use-t';
import { eventTitle } from '../features/events/model/localized';
import type { Series } from '../features/rates/model/series';
import type { TimeRange } from '../features/timeline/model/range';
import { useViewStore } from '../lib/view-store';
import { useFirstPaintDone } from '../components/ui/use-first-paint-done';
import { reactionSteps, type ReactionRow } from '../features/reactions/model';
import { useSliced } from '../components/ui/use-sliced';
import { SLICED_ROWS } from './sliced-rows';
import { AlignedWindowsView } from '../features/reactions/components/aligned-windows';
import { DownloadReactionsCsvButton } from '../features/reactions/components/download-reactions-csv-button';
import { FirstFixPanel } from '../features/reactions/components/first-fix-panel';
import { MethodologyHelp } from '../features/reactions/components/methodology-help';
import { ReactionDetail } from '../features/reactions/components/reaction-detail';
import { Scorecard, type SortState } from '../features/reactions/components/scorecard';
import { parseSortValue, type SortParam } from '../lib/url-sort-param';
import { VolWindowSelect } from '../features/timeline/components/volatility-pane';
import '../features/reactions/components/reactions.css';
import type { DatedEvent } from '../features/events/model/filter-events';
import type { SeriesBundle } from '../features/rates/model/series';
import { useEventStudy } from './use-event-study';

const NO_ROWS: ReactionRow[] = [];
const DEFAULT_SORT: SortState = { key: 'date', dir: 'ascending' };
/** A table sort as the URL's (a column the URL does not know is left out). */
const sortParamOf = (s: SortState): SortParam | null => parseSortValue(`${s.key}:${s.dir === 'ascending' ? 'asc' : 'desc'}`);
const NO_SERIES: Series[] = [];
type RxInput = { events: readonly DatedEvent[]; lines: readonly Series[]; basket: readonly Series[] };
const rxSteps = (i: RxInput) => reactionSteps(i.events, i.lines, i.basket);
const rxInSlices = (i: RxInput) => i.events.length * i.lines.length > SLICED_ROWS;

// Memoised: a zoom re-renders this section, but these only when their own inputs change.
const ScorecardView = memo(Scorecard);
const AlignedWindows = memo(AlignedWindowsView);
const Detail = memo(ReactionDetail);
const FirstFix = memo(FirstFixPanel);

// A number per array or object seen, to key a list of series by what it holds.
const identities = new WeakMap<object, number>();
let lastIdentity = 0;
function identity(x: object): number {
  let n = identities.get(x);
  if (n === undefined) identities.set(x, (n = ++lastIdentity));
  return n;
}

/**
 * The same list as long as it holds the same lines (key, observations, label and colour): a new
 * array of the same series (a new bundle object, a comparison line wrapped again, a zoom) must not
 * recompute every reaction (a pass over all events: ~0.3 s with 30,000 of them).
 */
function useSameLines(list: readonly Series[]): readonly Series[] {
  const key = list
    .map((s) => `${lineKeyOf(s.id, s.source, s.compare === true)}#${identity(s.values)}#${identity(s.t)}#${s.meta.label}#${s.meta.colorVar}`)
    .join('\n');
  const kept = useRef<{ key: string; list: readonly Series[] } | null>(null);
  if (kept.current?.key !== key) kept.current = { key, list };
  return kept.current.list;
}

/** "Federal Reserve H.10, fixes at noon New York · My NDF, intraday bars": how the shown lines are observed. */
function observedText(t: T, lines: readonly Series[]): string {
  const parts = new Set<string>();
  for (const s of lines) {
    if (s.meta.builtIn) parts.add(t('app.observed.builtIn', { source: sourceName(t, s.source), fix: sourceFix(t, s.source) }));
    else if (s.meta.resolution === 'intraday') parts.add(t('app.observed.intraday', { name: s.meta.label }));
    else parts.add(s.meta.fix ? t('app.observed.fixedAt', { name: s.meta.label, fix: s.meta.fix.label }) : t('app.observed.ownDates', { name: s.meta.label }));
  }
  return [...parts].join(' · ');
}

/** Reactions of the selected event, the scorecard, aligned windows and the methodology (lazy-loaded). */
export interface ReactionsSectionProps {
  /** The primary source's bundle (its source, and the yen and yuan of the market-adjusted USD/KRW). */
  bundle: SeriesBundle | undefined;
  /** The lines shown, in order (comparison and imported lines included). */
  series: readonly Series[];
  /** Every event (the overlap flag sees them all) and the events the filters leave in the list. */
  allEvents: readonly DatedEvent[];
  events: readonly DatedEvent[];
  selected: DatedEvent | null;
  /** The chart's range, updated after the chart has repainted (the table follows a zoom a frame later). */
  range: TimeRange | null;
  /** Stable (full-view.tsx): the memoised views below take it as it is. */
  onSelect: (id: string) => void;
  /** True while `series` are not yet the lines shown above (they follow after the chart's paint). */
  behind?: boolean;
}

export default function ReactionsSection({ bundle, series, allEvents, events, selected, range, onSelect, behind = false }: ReactionsSectionProps) {
  // The view's own settings, each its own slice of the store.
  const setView = useViewStore((s) => s.setView);
  const win = useViewStore((s) => s.view.win);
  const vol = useViewStore((s) => s.view.vol);
  const selectedId = useViewStore((s) => s.view.event);
  const theme = useViewStore((s) => s.view.theme);
  // The scorecard's sort is the URL's `sort` (asc|desc there, ascending|descending in the table).
  const urlSort = useViewStore((s) => s.view.sort);
  const sort = useMemo((): SortState => (urlSort ? { key: urlSort.key, dir: urlSort.dir === 'asc' ? 'ascending' : 'descending' } : DEFAULT_SORT), [urlSort]);
  const onSort = useCallback((s: SortState) => setView({ sort: sortParamOf(s) }), [setView]);
  // By content (see useSameLines): the shown lines, and the primary source's series (the yen and
  // yuan of the market-adjusted USD/KRW, shown or not).
  const lines = useSameLines(series);
  const bundleSeries = bundle?.series;
  const basket = useSameLines(useMemo(() => (bundleSeries ? Object.values(bundleSeries).filter((s): s is Series => s !== undefined) : NO_SERIES), [bundleSeries]));
  const ids = useMemo((): SeriesId[] => [...new Set(lines.map((s) => s.id))], [lines]);
  // Every event × shown line, so that the overlap flag sees all events whatever the filters.
  // Many events (over SLICED_ROWS rows) in slices that give the main thread back; the last rows meanwhile.
  const rxInput = useMemo(() => (lines.length ? { events: allEvents, lines, basket } : null), [allEvents, lines, basket]);
  const rx = useSliced(rxInput, rxSteps, rxInSlices);
  const all = rx.value ?? NO_ROWS;
  const byEvent = useMemo(() => {
    const m = new Map<string, ReactionRow[]>();
    for (const r of all) {
      const list = m.get(r.event.id);
      if (list) list.push(r);
      else m.set(r.event.id, [r]);
    }
    return m;
  }, [all]);
  const from = range?.from;
  const to = range?.to;
  // The events counted are those the rows shown have: while a big change is still being worked out
  // (sliced), the rows are the last ones made, for lines that may no longer be the shown ones.
  const { inView, eventCount } = useMemo(() => {
    if (from === undefined || to === undefined) return { inView: NO_ROWS, eventCount: 0 };
    const withRows = events.filter((e) => e.at >= from && e.at <= to && byEvent.has(e.id));
    return { inView: withRows.flatMap((e) => byEvent.get(e.id) ?? NO_ROWS), eventCount: withRows.length };
  }, [events, from, to, byEvent]);
  // The event study's AR₀ and CARs of every row (after the first paint; not redone on a zoom).
  const studied = useEventStudy(all, lines, bundle?.source ?? 'snapshot');
  const study = studied.value;
  const { t, lang } = useT();
  const titles = useMemo(() => new Map(allEvents.map((e) => [e.id, { date: e.date, title: eventTitle(e, lang) }])), [allEvents, lang]);
  const onWin = useCallback((win: [number, number]) => setView({ win }), [setView]);
  // The aligned windows (another pass over every event) render in a task of their own, after the
  // scorecard has painted, and their chart (the page's first Recharts chart) in one more: with
  // 30,000 events, three tasks of at most ~0.2 s instead of one of ~0.5 s.
  const windowsShown = useFirstPaintDone();
  if (!bundle) return null;
  const source = bundle.source;
  const selectedRows = selected ? (byEvent.get(selected.id) ?? NO_ROWS) : NO_ROWS;

  return (
    <section className="reactions" aria-labelledby="rx-h" aria-busy={behind || rx.busy || studied.busy}>
      <div className="rx-head rx-section-head">
        <h2 id="rx-h">{t('app.rx.title')}</h2>
        <span className="muted small">
          {t('app.rx.observed', { lines: observedText(t, lines) })}
        </span>
        <span className="spacer" />
        <label className="inline-field small">
          <span>{t('app.rx.volPane')}</span>
          <VolWindowSelect vol={vol} onChange={(vol) => setView({ vol })} label={t('app.rx.volPaneWindow')} />
        </label>
      </div>
      {selected && <Detail event={selected} rows={selectedRows} series={lines} win={win} titles={titles} onSelect={onSelect} study={study} />}
      {selected && <FirstFix rows={selectedRows} />}
      <section className="rx-card rx-scorecard-card" aria-labelledby="rx-score-h">
        <div className="rx-head">
          <h3 id="rx-score-h">{t('app.rx.scorecard')}</h3>
          <span className="muted small">{t('app.rx.scorecardHint', { events: eventCount, series: lines.length })}</span>
          <span className="spacer" />
          {range && <DownloadReactionsCsvButton rows={inView} study={study} busy={behind || rx.busy || studied.busy} pairs={ids} source={source} from={rangeEndDate(range.from, 'from')} to={rangeEndDate(range.to, 'to')} />}
        </div>
        <ScorecardView rows={inView} selectedId={selectedId} theme={theme} onSelect={onSelect} study={study} sort={sort} onSort={onSort} />
      </section>
      {windowsShown && (
        <AlignedWindows
          allEvents={allEvents}
          listEvents={events}
          selected={selected}
          series={lines}
          win={win}
          onWin={onWin}
          onSelect={onSelect}
          deferChart
        />
      )}
      <MethodologyHelp />
    </section>
  );
}
