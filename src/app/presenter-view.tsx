import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { CATEGORY_INFO } from '../config/categories';
import { ErrorState, LoadingState } from '../components/ui/error-state';
import { ErrorBoundary } from '../components/ui/error-boundary';
import { categoryLabel } from '../i18n/labels';
import { isoDateText } from '../i18n/date-text';
import { CategorySwatch } from '../components/ui/category-swatch';
import { useT } from '../i18n/use-t';
import { formatRange } from '../lib/range-text';
import { useViewStore } from '../lib/view-store';
import type { UnixMs } from '../lib/units';
import { ratesErrorMsg } from '../features/rates/api/rates-error';
import { eventTitle } from '../features/events/model/localized';
import { SourceLine } from '../features/rates/components/source-line';
import { TimelineChart } from '../features/timeline/components/timeline-chart';
import { revealInRange } from '../features/timeline/model/range';
import type { Dashboard } from './use-dashboard';
import { exitPageFullscreen, isFullscreen } from './fullscreen';
import { PresenterFigures } from './presenter-figures';
import { eventWindow, moveIndex, presenterKey, startIndex } from './presenter-steps';
import { presenterWhen } from './presenter-when';
import './presenter.css';

const noop = () => undefined;

/** Height of an element in CSS pixels, kept current with a ResizeObserver (0 until measured). */
function useElementHeight<E extends HTMLElement>() {
  const ref = useRef<E>(null);
  const [h, setH] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const measure = () => setH(Math.round(el.getBoundingClientRect().height));
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, h] as const;
}

/**
 * present=1: one event of the filtered list at a time, for a room — its title, when it happened
 * (in Seoul), its reaction figures in large type and the chart zoomed to its window (`win`
 * trading days), the other events' markers dimmed. ← → / PageUp PageDown step, Home / End jump,
 * Esc leaves; the URL follows (`event=`).
 */
export default function PresenterView({ d }: { d: Dashboard }) {
  const { view, data, bundle, series, events, range, extent } = d;
  const { t, tm, lang } = useT();
  const setView = useViewStore((s) => s.setView);
  const index = events.findIndex((e) => e.id === view.event);
  const event = index >= 0 ? events[index] : null;
  const rootRef = useRef<HTMLDivElement>(null);
  const [chartBox, chartH] = useElementHeight<HTMLDivElement>();

  // Start at the selected event, else the first in the visible range, else the first of the list.
  const ready = d.eventsReady;
  useEffect(() => {
    if (!ready || index >= 0 || !events.length) return;
    const i = startIndex(events, view.event, range);
    setView({ event: events[i].id });
  }, [ready, index, events, view.event, range, setView]);

  // What the handlers read: stable callbacks over a ref.
  const latest = useRef({ events, index, range, extent });
  latest.current = { events, index, range, extent };

  const leave = useCallback(() => {
    exitPageFullscreen();
    const { events, index, range, extent } = latest.current;
    const e = events[index];
    // Back in the full view, the chart shows the event the presenter ended on (panned by the least, as a selection does).
    const at = e && range && extent ? revealInRange(e.at, range, extent.first, extent.maxTo) : null;
    setView({ present: false, ...(at ? formatRange(at.from, at.to) : {}) });
  }, [setView]);

  useEffect(() => {
    rootRef.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const move = presenterKey(e.key);
      if (!move) return;
      // Before the view behind: its own arrow keys must not step it as well.
      e.preventDefault();
      e.stopPropagation();
      if (move === 'exit') return leave();
      const { events, index } = latest.current;
      const i = moveIndex(events.length, index, move);
      if (i >= 0 && i !== index) setView({ event: events[i].id });
    };
    // Leaving full screen (Esc, the browser's own control) leaves presenter mode too.
    let wasFull = isFullscreen();
    const onFull = () => {
      if (isFullscreen()) wasFull = true;
      else if (wasFull) leave();
    };
    window.addEventListener('keydown', onKey, true);
    document.addEventListener('fullscreenchange', onFull);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      document.removeEventListener('fullscreenchange', onFull);
    };
  }, [leave, setView]);

  const primary = series[0];
  const win = useMemo(() => (event ? eventWindow(primary ? primary.t : [], event.at, view.win) : null), [event, primary, view.win]);
  const onSelect = useCallback((id: string) => {
    if (latest.current.events.some((e) => e.id === id)) setView({ event: id });
  }, [setView]);

  const when = event ? presenterWhen(event) : null;
  const cat = event ? CATEGORY_INFO[event.category] : null;
  const total = events.length;

  return (
    <div ref={rootRef} className="presenter" role="dialog" aria-modal="true" aria-label={t('app.present.label')} tabIndex={-1} data-testid="presenter">
      <header className="presenter-head">
        {event && (
          <span className="presenter-pos" data-testid="presenter-position" aria-label={t('app.present.positionLabel', { n: index + 1, total })}>
            {t('app.present.position', { n: index + 1, total })}
          </span>
        )}
        {event && cat && (
          <span className="presenter-cat" style={{ borderColor: cat.color[view.theme] }}>
            <CategorySwatch category={event.category} theme={view.theme} size={24} /> {categoryLabel(t, event.category)}
          </span>
        )}
        <span className="spacer" />
        <span className="presenter-keys" aria-hidden="true">
          {t('app.present.keys')}
        </span>
        <button type="button" className="presenter-exit" onClick={leave}>
          {t('app.present.exit')}
        </button>
      </header>
      {!event && ready && !events.length && <p className="presenter-empty">{t('app.present.empty')}</p>}
      {event && when && (
        <div className="presenter-intro">
          <h1 className="presenter-title" data-testid="presenter-title">
            {eventTitle(event, lang)}
          </h1>
          <p className="presenter-when" data-testid="presenter-when">
            {isoDateText(when.date, lang, 'long')}
            {when.seoul && ' · '}
            {when.seoul &&
              (when.seoul.date === when.date
                ? t('app.present.seoulTime', { time: when.seoul.time })
                : t('app.present.seoulDateTime', { date: isoDateText(when.seoul.date, lang, 'long'), time: when.seoul.time }))}
            {!when.seoul && ` · ${t('app.present.noTime')}`}
          </p>
        </div>
      )}
      <div className="presenter-body">
        <div className="presenter-chart" ref={chartBox}>
          {data.isLoading && <LoadingState label={t('app.loadingRates')} />}
          {data.error && !bundle && <ErrorState title={t('app.ratesFailed')} message={tm(ratesErrorMsg(data.error))} onRetry={data.retry} />}
          {bundle && win && chartH > 0 && (
            <ErrorBoundary area="area.chart">
              <TimelineChart
                series={series}
                from={win.from as UnixMs}
                to={win.to as UnixMs}
                events={events}
                selectedId={event?.id ?? null}
                ready={ready}
                theme={view.theme}
                height={Math.max(140, chartH - 44)}
                onSelect={onSelect}
                onRange={noop}
                isUser={d.isUser}
                strokeWidth={Math.max(2.5, Math.min(6, window.innerWidth / 640))}
              />
            </ErrorBoundary>
          )}
        </div>
        {event && bundle && (
          <ErrorBoundary area="area.reactions">
            <PresenterFigures event={event} series={series} />
          </ErrorBoundary>
        )}
      </div>
      <footer className="presenter-foot">
        {bundle && <SourceLine source={bundle.source} asOf={bundle.asOf} cached={data.cached} compared={d.comparedSource} />}
      </footer>
    </div>
  );
}
