import { memo, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { ratesErrorMsg } from '../features/rates/api/rates-error';
import { PanelGuard } from './panel-guard';
import { useAfterPaint } from '../components/ui/use-after-paint';
import { useFirstPaintDone } from '../components/ui/use-first-paint-done';
import { ErrorState, LoadingState } from '../components/ui/error-state';
import { NoticeBar } from '../components/ui/notice-bar';
import { useViewStore } from '../lib/view-store';
import { parseIsoDay } from '../lib/units';
import { formatRange, rangeDates } from '../lib/range-text';
import { lastInstant } from '../features/rates/model/series';
import { EventDetails } from '../features/events/components/event-details';
import { EventFilters } from '../features/events/components/event-filters';
import { EventList } from '../features/events/components/event-list';
import { actorsOf, stepEvent } from '../features/events/model/filter-events';
import { listedEvents } from '../features/events/model/list-window';
import { SkipLinks } from './skip-links';
import { CompareToggle, PairPicker } from '../features/rates/components/pair-picker';
import { SourceLine } from '../features/rates/components/source-line';
import { RangeControls } from '../features/timeline/components/range-controls';
import { TimelineChart } from '../features/timeline/components/timeline-chart';
import { VolatilityPane } from '../features/timeline/components/volatility-pane';
import { ChartTextAlternative } from '../features/timeline/components/chart-text-alternative';
import { DownloadDataCsvButton } from '../features/export/components/download-data-csv-button';
import { revealInRange } from '../features/timeline/model/range';
import { EventDetailActions } from '../features/user-data/components/event-form-controls';
import type { Dashboard } from './use-dashboard';
import { dataEndOf } from './data-end';

import { LangToggle, SourceSelect, ThemeToggle } from './header-controls';
import { effectiveLang } from './use-lang';
import type { Lang } from '../i18n/lang';
import { useT } from '../i18n/use-t';
import { dateText } from '../i18n/date-text';
import { ToolbarActions } from './toolbar-actions';
import { TablesPanel } from './tables-panel';
import type { SeriesId, SourceChoice } from '../config/series';
import type { Theme } from '../lib/url-state';

// A zoom re-renders this view. These parts do not show the range: with stable props they skip
// those renders (less work per zoom, and less of their code made hot by zooming).
const Source = memo(SourceSelect);
const ThemeSwitch = memo(ThemeToggle);
const LangSwitch = memo(LangToggle);
const Notices = memo(NoticeBar);
const Pairs = memo(PairPicker);
const Compare = memo(CompareToggle);
const Filters = memo(EventFilters);
const Details = memo(EventDetails);
const SourceFoot = memo(SourceLine);
// A zoom reaches the pane a frame after the chart (its range is the page's settled one).
const VolPane = memo(VolatilityPane);
const TextAlternative = memo(ChartTextAlternative);
// The date fields and quick ranges follow a zoom a frame after the chart (below): changed in the
// chart's frame, they made that frame repaint the page's whole layer, not the chart's alone.
const Range = memo(RangeControls);

export function FullView({ d }: { d: Dashboard }) {
  const { view, data, bundle, series, range, extent, events, allEvents, selected } = d;
  const { t, tm, lang } = useT();
  const setView = useViewStore((s) => s.setView);
  const dataEnd = useMemo(() => (bundle ? (dataEndOf(bundle.source, bundle.asOf, lastInstant(bundle) ?? undefined) ?? undefined) : undefined), [bundle]);
  const notices = useViewStore((s) => s.notices);
  const dismiss = useViewStore((s) => s.dismissNotice);
  const infoKeys = useViewStore((s) => s.infoKeys);
  // The reactions (a table of every event × pair) are derived after the chart's first paint.
  const [chartPainted, setChartPainted] = useState(false);
  // The event panel renders right after the page's first paint (which shows the chart when its
  // data is in): it is a column of its own beside the chart, so nothing moves when it comes.
  const restShown = useFirstPaintDone();
  // Sorted for the actor filter (in the event panel) only once it shows: its collator is ICU's.
  const actors = useMemo(() => (restShown ? actorsOf(allEvents) : []), [allEvents, restShown]);
  const selectedIsUser = selected ? d.isUser(selected.id) : false;
  // Made once per selection: the details are memoised and skip a zoom's re-render.
  const detailActions = useMemo(() => (selected ? <EventDetailActions event={selected} isUser={selectedIsUser} /> : null), [selected, selectedIsUser]);
  const onPainted = useCallback(() => setChartPainted(true), []);

  // The panes and tables under the chart follow a zoom after the chart has repainted.
  const settledRange = useAfterPaint(range);
  // The tables below the chart follow the range in a background render that a next zoom interrupts.
  const tablesRange = useDeferredValue(settledRange);
  // The date fields: the settled range once there is one (they come with the chart, not a frame after it).
  const fieldsRange = settledRange ?? range;
  const fieldsIso = useMemo(() => fieldsRange && rangeDates(fieldsRange), [fieldsRange]);
  // The event list lists the events in view (or all, `list=all`) and the selected one, following a zoom once it has painted.
  // The chart's text alternative follows the settled range too (not drawn in the chart's frame).
  const fullData = useMemo(() => settledRange && <DownloadDataCsvButton series={series} from={settledRange.from} to={settledRange.to} />, [series, settledRange]);
  const listed = useMemo(() => listedEvents(events, settledRange, view.listAll, view.event), [events, settledRange, view.listAll, view.event]);
  const counts = useMemo(() => (settledRange ? { inView: listed.inView, matching: events.length } : null), [settledRange, listed.inView, events.length]);
  const onListAll = useCallback((listAll: boolean) => setView({ listAll }), [setView]);

  // Selecting and stepping read the current range and list: stable callbacks over a ref, so that
  // a zoom does not re-render every memoised view that takes them (the event list, the panes).
  const latest = useRef({ allEvents, events, range, extent, event: view.event });
  latest.current = { allEvents, events, range, extent, event: view.event };
  const select = useCallback(
    (id: string) => {
      const { allEvents, range, extent } = latest.current;
      const e = allEvents.find((x) => x.id === id);
      if (!e || !range || !extent) return setView({ event: id });
      // An event in view leaves the range alone (the link keeps its from/to text); one outside pans it in.
      const r = revealInRange(e.at, range, extent.first, extent.maxTo);
      setView(r === range ? { event: id } : { event: id, ...formatRange(r.from, r.to) });
    },
    [setView],
  );
  const step = useCallback(
    (dir: 1 | -1) => {
      const next = stepEvent(latest.current.events, latest.current.event, dir);
      if (next) select(next.id);
    },
    [select],
  );
  const prev = useCallback(() => step(-1), [step]);
  const next = useCallback(() => step(1), [step]);
  const onVol = useCallback((vol: number) => setView({ vol }), [setView]);
  const onSource = useCallback((source: SourceChoice) => setView({ source }), [setView]);
  const onTheme = useCallback((theme: Theme) => setView({ theme }), [setView]);
  const onLang = useCallback((lang: Lang) => setView({ lang }), [setView]);
  const onPairs = useCallback((pairs: SeriesId[]) => setView({ pairs }), [setView]);
  const onCompare = useCallback((compare: boolean) => setView({ compare }), [setView]);
  const onRangeFields = useCallback((from: string, to: string) => setView({ from, to }), [setView]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (t && (t.closest('input, select, textarea, [contenteditable="true"]') || e.altKey || e.ctrlKey || e.metaKey)) return;
      if (e.key === 'ArrowLeft') step(-1);
      else if (e.key === 'ArrowRight') step(1);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step]);
  const onRange = useCallback(
    (from: number, to: number) => setView(formatRange(from, to)),
    [setView],
  );

  return (
    <div className="app full-view">
      <SkipLinks />
      <header className="app-header">
        <h1>{t('app.name')}</h1>
        <p className="tagline muted">{t('app.tagline')}</p>
        <span className="spacer" />
        <Source value={view.source} onChange={onSource} />
        <ThemeSwitch theme={view.theme} onChange={onTheme} />
        <LangSwitch lang={effectiveLang(view.lang)} onChange={onLang} />
      </header>
      <Notices notices={notices} infoKeys={infoKeys} onDismiss={dismiss} />
      <section className="toolbar" aria-label={t('app.toolbar.label')}>
        <Pairs pairs={view.pairs} onChange={onPairs} />
        <Compare on={view.compare} onChange={onCompare} />
        {fieldsIso && extent && (
          <Range from={fieldsIso.from} to={fieldsIso.to} first={extent.first} last={extent.last} maxTo={extent.maxTo} onChange={onRangeFields} fields={restShown} />
        )}
        <span className="spacer" />
        <PanelGuard area="area.exports">
          <ToolbarActions d={d} />
        </PanelGuard>
      </section>
      <main className="layout">
        <section id="chart" className="chart-panel" aria-label={t('app.chartRegion')} tabIndex={-1}>
          {data.isLoading && <LoadingState label={t('app.loadingRates')} />}
          {data.error && !bundle && (
            <ErrorState title={t('app.ratesFailed')} message={tm(ratesErrorMsg(data.error))} onRetry={data.retry} />
          )}
          {bundle && range && (
            <PanelGuard area="area.chart">
              <TimelineChart
                series={series}
                from={range.from}
                to={range.to}
                events={events}
                selectedId={view.event}
                ready={d.eventsReady}
                onPainted={onPainted}
                theme={view.theme}
                height={460}
                onSelect={select}
                onRange={onRange}
                isUser={d.isUser}
                dataEnd={dataEnd}
              />
              {view.vol > 0 && settledRange && (
                <VolPane
                  series={series}
                  from={settledRange.from}
                  to={settledRange.to}
                  events={events}
                  selectedId={view.event}
                  theme={view.theme}
                  vol={view.vol}
                  onVol={onVol}
                  onSelect={select}
                  onRange={onRange}
                  drawn={chartPainted}
                  isUser={d.isUser}
                />
              )}
              <div className="chart-foot">
                <SourceFoot source={bundle.source} asOf={bundle.asOf} cached={data.cached} compared={d.comparedSource} />
                <p className="muted small">{t('app.chartHint')}</p>
              </div>
              {chartPainted && settledRange && <TextAlternative series={series} from={settledRange.from} to={settledRange.to} events={events} fullData={fullData} />}
            </PanelGuard>
          )}
          <PanelGuard area="area.eventDetails">
            {selected ? (
              <Details event={selected} theme={view.theme} onPrev={prev} onNext={next} isUser={d.isUser} actions={detailActions} />
            ) : (
              <p className="muted empty-details">{t('app.selectHint')}</p>
            )}
            {selected && bundle && parseIsoDay(selected.date)! > parseIsoDay(bundle.asOf)! && (
              <p className="muted small">{t('app.afterData', { asOf: dateText(Date.parse(bundle.asOf), lang, 'short') })}</p>
            )}
          </PanelGuard>
        </section>
        {/* Before the tables in the page's order (the keyboard reaches the filters first); beside the chart on screen. */}
        <aside id="events" className="event-panel" aria-label={t('app.eventPanel')} tabIndex={-1}>
          {restShown && (
            <PanelGuard area="area.eventList">
              <Filters cats={view.cats} actor={view.actor} q={view.q} imp={view.imp} actors={actors} theme={view.theme} onChange={setView} />
              <EventList
                events={listed.items}
                total={allEvents.length}
                counts={counts}
                listAll={view.listAll}
                onListAll={onListAll}
                outsideId={listed.outside}
                selectedId={view.event}
                theme={view.theme}
                onSelect={select}
                isUser={d.isUser}
                dataEnd={bundle?.asOf ?? null}
              />
            </PanelGuard>
          )}
        </aside>
        <TablesPanel bundle={bundle} series={series} allEvents={allEvents} events={events} selected={selected} range={tablesRange} onSelect={select} shown={chartPainted} />
      </main>
    </div>
  );
}
