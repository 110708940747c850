import { memo, useCallback } from 'react';
import { useT } from '../i18n/use-t';
import { lineLabelWords } from '../features/rates/model/line-label';
import { chartImageMeta } from '../features/export/chart-image-meta';
import { axesOf } from '../features/timeline/model/chart-rows';
import { formatRange } from '../lib/range-text';
import { serializeViewState } from '../lib/url-state';
import { useViewStore } from '../lib/view-store';
import { DownloadDataCsvButton } from '../features/export/components/download-data-csv-button';
import { ImageButtons } from '../features/export/components/image-buttons';
import { ShareActions } from '../features/export/components/share-actions';
import { exportFileName } from '../lib/file-name';
import { AddEventButton, EventFormHost } from '../features/user-data/components/event-form-controls';
import { ExportEventsButton } from '../features/user-data/components/export-events-button';
import { ImportEventsButton } from '../features/user-data/components/import-events-button';
import { UserEventsManager } from '../features/user-data/components/user-events-manager';
import type { Dashboard } from './use-dashboard';
import { UserSeriesControls } from './user-series-controls';
import { PresentButton } from './present-button';
import { DEFAULT_VIEW } from '../lib/url-state';
import type { SeriesId } from '../config/series';

// A zoom re-renders the toolbar; the event controls do not show the range and skip it.
const ImportEvents = memo(ImportEventsButton);
const ExportEvents = memo(ExportEventsButton);
const ManageEvents = memo(UserEventsManager);

function absoluteUrl(search: string): string {
  return `${window.location.origin}${window.location.pathname}${search}`;
}

export function ToolbarActions({ d }: { d: Dashboard }) {
  const { bundle, series, range, rangeIso, events, view } = d;
  const addNotices = useViewStore((s) => s.addNotices);
  const setView = useViewStore((s) => s.setView);
  // Showing, importing or deleting an imported series changes the shown list; never to nothing.
  const onShownChange = useCallback((ids: string[]) => setView({ pairs: ids.length ? (ids as SeriesId[]) : [...DEFAULT_VIEW.pairs] }), [setView]);
  const { t, lang } = useT();
  // The shared link's title: the lines and the range, in the UI language.
  const lines = series.map((s) => lineLabelWords(t, s, series)).join(', ');
  const title = rangeIso ? t('export.image.range', { lines, from: rangeIso.from, to: rangeIso.to }) : lines;
  // The exported image's texts, in the UI language.
  const getMeta = useCallback(
    () =>
      chartImageMeta(
        {
          series,
          axes: axesOf(series),
          range: rangeIso ?? null,
          span: range ?? { from: 0, to: 0 },
          source: bundle ? { source: bundle.source, asOf: bundle.asOf, cached: d.data.cached, compared: d.comparedSource } : null,
          events,
          exportedOn: new Date().toISOString().slice(0, 10),
        },
        t,
        lang,
      ),
    [series, rangeIso, range, bundle, events, d.data.cached, d.comparedSource, t, lang],
  );
  // Your own events work even while the rates are down.
  const eventControls = (
    <>
      <UserSeriesControls shownIds={view.pairs} onShownChange={onShownChange} />
      <AddEventButton />
      <ImportEvents builtInEvents={d.builtInEvents} onReport={addNotices} />
      <ExportEvents events={events} />
      <ManageEvents />
      <EventFormHost builtInEvents={d.builtInEvents} />
    </>
  );
  // The data controls come and go with the rates; the event controls keep their place (the second
  // child), so a draft in the event form or a pending import preview survives the rates loading or failing.
  let dataControls = null;
  if (bundle && range && rangeIso) {
    const fileBase = exportFileName('chart', view.pairs, bundle.source, rangeIso.from, rangeIso.to, 'x').replace(/\.x$/, '');
    // Whole days for a long range, UTC minutes for a zoom into intraday data.
    const shared = formatRange(range.from, range.to);
    const search = serializeViewState({ ...view, ...shared });
    dataControls = (
      <>
        <ImageButtons getMeta={getMeta} fileBase={fileBase} />
        <DownloadDataCsvButton series={series} from={range.from} to={range.to} />
        <ShareActions
          url={absoluteUrl(search)}
          embedUrl={absoluteUrl(serializeViewState({ ...view, ...shared, embed: true }))}
          presentUrl={absoluteUrl(serializeViewState({ ...view, ...shared, embed: true, present: true }))}
          title={t('app.shareTitle', { title })}
        />
        <PresentButton />
      </>
    );
  }
  return (
    <div className="toolbar-actions">
      {dataControls}
      {eventControls}
    </div>
  );
}
