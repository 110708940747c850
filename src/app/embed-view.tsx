import { useEffect, useRef, useState } from 'react';
import { ratesErrorMsg } from '../features/rates/api/rates-error';
import { ErrorState, LoadingState } from '../components/ui/error-state';
import { NOTICE_LINE_PX, NoticeLine } from '../components/ui/notice-bar';
import { useViewStore } from '../lib/view-store';
import { serializeViewState } from '../lib/url-state';
import { SourceLine } from '../features/rates/components/source-line';
import { TimelineChart } from '../features/timeline/components/timeline-chart';
import type { Dashboard } from './use-dashboard';
import { UserSeriesControls } from './user-series-controls';
import { useT } from '../i18n/use-t';
import { usePresent } from './present-button';

const noop = () => undefined;

function useWindowHeight(): number {
  const [h, setH] = useState(() => window.innerHeight);
  useEffect(() => {
    const on = () => setH(window.innerHeight);
    window.addEventListener('resize', on);
    return () => window.removeEventListener('resize', on);
  }, []);
  return h;
}

/** The embed's overflow menu (⋯): Present. Closes on a choice, Esc or a click elsewhere. */
function EmbedMenu() {
  const { t } = useT();
  const present = usePresent();
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return undefined;
    const onDown = (e: PointerEvent) => {
      if (!box.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);
  return (
    <div className="embed-menu" ref={box}>
      <button type="button" className="embed-menu-button" aria-haspopup="menu" aria-expanded={open} aria-label={t('app.embedMenu')} onClick={() => setOpen((v) => !v)}>
        ⋯
      </button>
      {open && (
        <div className="embed-menu-list" role="menu">
          <button
            type="button"
            role="menuitem"
            onClick={() => {
              setOpen(false);
              present();
            }}
          >
            {t('app.present.button')}
          </button>
        </div>
      )}
    </div>
  );
}

/** embed=1: only the chart, its legend, the source line, one notice line and a link to the full view. */
export function EmbedView({ d }: { d: Dashboard }) {
  const { view, data, bundle, series, range, events } = d;
  const height = useWindowHeight();
  const { t, tm } = useT();
  const notices = useViewStore((s) => s.notices);
  const dismiss = useViewStore((s) => s.dismissNotice);
  // The notice line takes its height from the chart's, so the frame never scrolls.
  const noticeH = notices.length ? NOTICE_LINE_PX : 0;
  const fullHref = `${window.location.pathname}${serializeViewState({ ...view, embed: false, present: false })}`;
  return (
    <div className="app embed-view">
      <NoticeLine notices={notices} onDismiss={dismiss} />
      {/* Reads the imported series a link may name (never writes); renders nothing. */}
      <UserSeriesControls shownIds={view.pairs} onShownChange={noop} embed />
      {data.isLoading && <LoadingState label={t('app.loading')} />}
      {data.error && !bundle && <ErrorState title={t('app.ratesFailedShort')} message={tm(ratesErrorMsg(data.error))} onRetry={data.retry} />}
      {bundle && range && (
        <TimelineChart
          series={series}
          from={range.from}
          to={range.to}
          events={events}
          selectedId={view.event}
          ready={d.eventsReady}
          theme={view.theme}
          height={Math.max(90, height - 46 - noticeH)}
          compactLegend
          onSelect={noop}
          onRange={noop}
          isUser={d.isUser}
        />
      )}
      <div className="embed-foot">
        {bundle && <SourceLine source={bundle.source} asOf={bundle.asOf} cached={data.cached} compared={d.comparedSource} />}
        <a className="open-full" href={fullHref} target="_top">
          {t('app.openFull')}
        </a>
        <EmbedMenu />
      </div>
    </div>
  );
}
