import { lazy, Suspense, useEffect } from 'react';
import { loadAreas } from '../i18n/i18n';
import { noticeKey, useViewStore } from '../lib/view-store';
import { ECB_RETRYING_NOTICE } from '../features/rates/api/use-series-bundle';
import { EmbedView } from './embed-view';
import { exitPageFullscreen } from './fullscreen';
import { FullView } from './full-view';
import { useDashboard } from './use-dashboard';
import { useLangSync } from './use-lang';
import { useLinkNotices } from './use-link-notices';
import { useUrlSync } from './use-url-sync';
import { useUserEventsNotices } from './use-user-events-notices';

// Presenter mode's code and the reactions' messages it shows (the z reading) load when it opens.
const PresenterView = lazy(() => Promise.all([import('./presenter-view'), loadAreas(['reactions'])]).then(([m]) => m));

export function AppShell() {
  useUrlSync();
  useLangSync();
  const d = useDashboard();
  useLinkNotices(d);
  const addNotices = useViewStore((s) => s.addNotices);
  const removeNotices = useViewStore((s) => s.removeNotices);
  const theme = d.view.theme;
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  useEffect(() => {
    // `notice` (the same notices in words) changes only when they do; the messages go to the bar.
    // "Retrying…" is info, and is taken away once the live request has answered or given up.
    const isRetrying = (n: { id: string }) => n.id === ECB_RETRYING_NOTICE.id;
    const retrying = d.data.notices.some(isRetrying);
    if (retrying) addNotices([ECB_RETRYING_NOTICE], 'info');
    else removeNotices([noticeKey(ECB_RETRYING_NOTICE)]);
    const rest = d.data.notices.filter((n) => !isRetrying(n));
    if (rest.length) addNotices(rest);
  }, [d.data.notice, addNotices, removeNotices]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    if (d.eventProblems.length) addNotices(d.eventProblems);
  }, [d.eventProblems, addNotices]);
  // Problems reading or saving your events (damaged or newer stored data, full storage).
  useUserEventsNotices();
  const present = d.view.present;
  useEffect(() => {
    // No page scroll behind presenter mode; out of it (Esc, the back button), out of full screen too.
    document.documentElement.classList.toggle('presenting', present);
    if (!present) exitPageFullscreen();
  }, [present]);
  const view = d.view.embed ? <EmbedView d={d} /> : <FullView d={d} />;
  // Presenter mode covers the view, which stays as it was (a draft in a form, the list's place)
  // for when it leaves; meanwhile the view takes no focus nor clicks.
  return (
    <>
      <div className="view-behind" inert={present} aria-hidden={present || undefined}>
        {view}
      </div>
      {present && (
        <Suspense fallback={null}>
          <PresenterView d={d} />
        </Suspense>
      )}
    </>
  );
}
