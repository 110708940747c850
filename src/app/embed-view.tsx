import { useLayoutEffect, useRef, useState } from 'react';
import { ratesErrorMsg } from '../features/rates/api/rates-error';
import { ErrorState, LoadingState } from '../components/ui/error-state';
import { NoticeLine } from '../components/ui/notice-bar';
import { useViewStore } from '../lib/view-store';
import { serializeViewState } from '../lib/url-state';
import { TimelineChart } from '../features/timeline/components/timeline-chart';
import type { Dashboard } from './use-dashboard';
import { UserSeriesControls } from './user-series-controls';
import { useT } from '../i18n/use-t';
import { EmbedCredit } from './embed-credit';
import { EmbedMenu } from './embed-menu';
import { useEmbedTitle } from './embed-title';
import { autoHeightAsked, useChartBoxHeight, usePostHeight } from './embed-size';
import './embed.css';

const noop = () => undefined;
const rootClass = (auto: boolean) => (auto ? 'app embed-view embed-auto' : 'app embed-view');

/**
 * embed=1: a one-line title (the pairs and range, or the selected event), the chart and its
 * legend, one notice line, and the source with its as-of date and a link to the full view. Its
 * text grows with the frame (embed.css). The chart takes the height the rest leaves; with
 * `autoheight=1` it takes a height from the frame's width instead, and the embed posts its height
 * to the parent page (`{type: 'krw-event-lens:height', height}`) whenever it changes.
 */
export function EmbedView({ d }: { d: Dashboard }) {
  const { view, data, bundle, series, range, events } = d;
  const { t, tm } = useT();
  const notices = useViewStore((s) => s.notices);
  const dismiss = useViewStore((s) => s.dismissNotice);
  const infoKeys = useViewStore((s) => s.infoKeys);
  const [auto] = useState(autoHeightAsked);
  const root = useRef<HTMLElement>(null);
  const [box, plotHeight] = useChartBoxHeight(auto);
  usePostHeight(auto, root);
  const title = useEmbedTitle(d);
  const fullHref = `${window.location.pathname}${serializeViewState({ ...view, embed: false, present: false })}`;
  // The page behind the frame does not scroll (the embed fits it, or says its height).
  useLayoutEffect(() => {
    document.documentElement.classList.add('embed-page');
    return () => document.documentElement.classList.remove('embed-page');
  }, []);
  return (
    <main ref={root} className={rootClass(auto)}>
      <h1 className="embed-title" title={title}>
        {title}
      </h1>
      <NoticeLine notices={notices} infoKeys={infoKeys} onDismiss={dismiss} />
      {/* Reads the imported series a link may name (never writes); renders nothing. */}
      <UserSeriesControls shownIds={view.pairs} onShownChange={noop} embed />
      <div ref={box} className="embed-chart">
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
            height={plotHeight}
            compactLegend
            onSelect={noop}
            onRange={noop}
            isUser={d.isUser}
          />
        )}
      </div>
      {bundle && <EmbedCredit source={bundle.source} asOf={bundle.asOf} cached={data.cached} compared={d.comparedSource} fullHref={fullHref} extra={<EmbedMenu />} />}
    </main>
  );
}
