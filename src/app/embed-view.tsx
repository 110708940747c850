import { useEffect, useState } from 'react';
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

/** embed=1: only the chart, its legend, the source line, one notice line and a link to the full view. */
export function EmbedView({ d }: { d: Dashboard }) {
  const { view, data, bundle, series, range, events } = d;
  const height = useWindowHeight();
  const { t, tm } = useT();
  const notices = useViewStore((s) => s.notices);
  const dismiss = useViewStore((s) => s.dismissNotice);
  const infoKeys = useViewStore((s) => s.infoKeys);
  // The notice line takes its height from the chart's, so the frame never scrolls.
  const noticeH = notices.length ? NOTICE_LINE_PX : 0;
  const fullHref = `${window.location.pathname}${serializeViewState({ ...view, embed: false })}`;
  return (
    <div className="app embed-view">
      <NoticeLine notices={notices} infoKeys={infoKeys} onDismiss={dismiss} />
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
      </div>
    </div>
  );
}
