import { memo, useCallback, useEffect, useRef, useState } from 'react';
import { afterNextPaint } from '../components/ui/after-next-paint';
import { isImportedSeriesId } from '../config/series';
import { ImportSeriesButton } from '../features/user-data/components/import-series-button';
import { loadReportNotices } from '../features/user-data/components/user-series-messages';
import { YourSeriesButton } from '../features/user-data/components/your-series-button';
import { useUserSeriesStore } from '../features/user-data/store/user-series-store';
import type { Msg } from '../i18n/message';
import { useViewStore } from '../lib/view-store';

export interface UserSeriesControlsProps {
  /** Ids of the series shown now (the view's `pairs`). */
  shownIds: readonly string[];
  /** Show these series instead (an import adds its id; Show and Delete add or take one). */
  onShownChange: (ids: string[]) => void;
  /** The embed view: read the stored series (never write) and show no controls. */
  embed?: boolean;
}

const notice = (m: Msg) => useViewStore.getState().addNotices([m]);

/**
 * **Import series** and **Your series (N)** in the toolbar. Reads the stored series once (read-only
 * in the embed): on mount when the link shows one, else right after the first paint; passes every
 * report to the notice bar.
 */
export const UserSeriesControls = memo(function UserSeriesControls({ shownIds, onShownChange, embed = false }: UserSeriesControlsProps) {
  // The series a link shows load at once; otherwise the database is opened (and its code loaded)
  // after the page's first paint, which then does not wait for it.
  const [linkShowsOne] = useState(() => shownIds.some(isImportedSeriesId));
  useEffect(() => {
    if (useUserSeriesStore.getState().status !== 'idle') return;
    const load = () => {
      const store = useUserSeriesStore.getState();
      if (store.status !== 'idle') return;
      void store.load({ readOnly: embed }).then((report) => {
        const lines = loadReportNotices(report);
        if (lines.length) useViewStore.getState().addNotices(lines);
      });
    };
    if (!linkShowsOne) return afterNextPaint(load);
    load();
    return undefined;
  }, [embed, linkShowsOne]);
  // An import ends after the user may have changed what is shown: add to the latest list.
  const latest = useRef({ shownIds, onShownChange });
  latest.current = { shownIds, onShownChange };
  const onImported = useCallback((id: string) => {
    const { shownIds: ids, onShownChange: change } = latest.current;
    if (!ids.includes(id)) change([...ids, id]);
  }, []);
  const onToggleShown = useCallback((id: string, shown: boolean) => {
    const { shownIds: ids, onShownChange: change } = latest.current;
    if (shown && !ids.includes(id)) change([...ids, id]);
    if (!shown && ids.includes(id)) change(ids.filter((x) => x !== id));
  }, []);
  if (embed) return null;
  return (
    <>
      <ImportSeriesButton onImported={onImported} onNotice={notice} />
      <YourSeriesButton shownIds={shownIds} onToggleShown={onToggleShown} />
    </>
  );
});
