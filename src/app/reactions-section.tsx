import { memo, useCallback, useMemo } from 'react';
import { isPairId, SOURCES, type PairId } from '../config/series';
import { rangeEndDate } from '../lib/range-text';
import type { TimeRange } from '../features/timeline/model/range';
import { useViewStore } from '../lib/view-store';
import { useFirstPaintDone } from '../components/ui/use-first-paint-done';
import { computeReactions, type ReactionRow } from '../features/reactions/model';
import { AlignedWindowsView } from '../features/reactions/components/aligned-windows';
import { DownloadReactionsCsvButton } from '../features/reactions/components/download-reactions-csv-button';
import { MethodologyHelp } from '../features/reactions/components/methodology-help';
import { ReactionDetail } from '../features/reactions/components/reaction-detail';
import { Scorecard } from '../features/reactions/components/scorecard';
import { VolWindowSelect } from '../features/timeline/components/volatility-pane';
import '../features/reactions/components/reactions.css';
import type { Dashboard } from './use-dashboard';

const NO_ROWS: ReactionRow[] = [];

// Memoised: a zoom re-renders this section, but these only when their own inputs change.
const ScorecardView = memo(Scorecard);
const AlignedWindows = memo(AlignedWindowsView);
const Detail = memo(ReactionDetail);

/** Reactions of the selected event, the scorecard, aligned windows and the methodology (lazy-loaded). */
interface Props {
  d: Dashboard;
  /** The chart's range, updated after the chart has repainted (the table follows a zoom a frame later). */
  range: TimeRange | null;
  /** Stable (full-view.tsx): the memoised views below take it as it is. */
  onSelect: (id: string) => void;
}

export default function ReactionsSection({ d, range, onSelect }: Props) {
  const { bundle, view, allEvents, events, selected, series } = d;
  const setView = useViewStore((s) => s.setView);
  // By content: a new bundle or series list with the same series must not recompute every reaction
  // (a pass over all events: ~0.3 s with 30,000 of them).
  const pairsKey = series.flatMap((s) => (isPairId(s.id) && !s.compare ? [s.id] : [])).join(',');
  const pairs = useMemo(() => (pairsKey ? (pairsKey.split(',') as PairId[]) : []), [pairsKey]);
  const seriesSet = bundle?.series;
  const bundleSource = bundle?.source;
  // Every event × shown pair, so that the overlap flag sees all events whatever the filters.
  const all = useMemo(
    () => (seriesSet && bundleSource ? computeReactions(allEvents, seriesSet, bundleSource, pairs) : NO_ROWS),
    [allEvents, seriesSet, bundleSource, pairs],
  );
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
  const inView = useMemo(
    () =>
      from !== undefined && to !== undefined
        ? events.filter((e) => e.at >= from && e.at <= to).flatMap((e) => byEvent.get(e.id) ?? NO_ROWS)
        : NO_ROWS,
    [events, from, to, byEvent],
  );
  const titles = useMemo(() => new Map(allEvents.map((e) => [e.id, { date: e.date, title: e.title }])), [allEvents]);
  const onWin = useCallback((win: [number, number]) => setView({ win }), [setView]);
  // The aligned windows (another pass over every event) render in a task of their own, after the
  // scorecard has painted, and their chart (the page's first Recharts chart) in one more: with
  // 30,000 events, three tasks of at most ~0.2 s instead of one of ~0.5 s.
  const windowsShown = useFirstPaintDone();
  if (!bundle) return null;
  const source = bundle.source;
  const eventCount = inView.length / Math.max(1, pairs.length);

  return (
    <section className="reactions" aria-labelledby="rx-h">
      <div className="rx-head rx-section-head">
        <h2 id="rx-h">Market reactions</h2>
        <span className="muted small">
          {SOURCES[source].name}, fixes at {SOURCES[source].fixLabel} · + = weaker won
        </span>
        <span className="spacer" />
        <label className="inline-field small">
          <span>Volatility pane</span>
          <VolWindowSelect vol={view.vol} onChange={(vol) => setView({ vol })} label="Volatility pane window" />
        </label>
      </div>
      {selected && (
        <Detail
          event={selected}
          rows={byEvent.get(selected.id) ?? NO_ROWS}
          series={bundle.series}
          source={source}
          win={view.win}
          titles={titles}
          onSelect={onSelect}
        />
      )}
      <section className="rx-card rx-scorecard-card" aria-labelledby="rx-score-h">
        <div className="rx-head">
          <h3 id="rx-score-h">Scorecard</h3>
          <span className="muted small">
            {eventCount} {eventCount === 1 ? 'event' : 'events'} in view × {pairs.length} {pairs.length === 1 ? 'pair' : 'pairs'} · click a header to sort, a row to select
          </span>
          <span className="spacer" />
          {range && <DownloadReactionsCsvButton rows={inView} pairs={pairs} source={source} from={rangeEndDate(range.from, 'from')} to={rangeEndDate(range.to, 'to')} />}
        </div>
        <ScorecardView rows={inView} selectedId={view.event} theme={view.theme} onSelect={onSelect} />
      </section>
      {windowsShown && (
        <AlignedWindows
          allEvents={allEvents}
          listEvents={events}
          selected={selected}
          series={series}
          source={source}
          win={view.win}
          onWin={onWin}
          onSelect={onSelect}
          deferChart
        />
      )}
      <MethodologyHelp />
    </section>
  );
}
