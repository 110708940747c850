import { useEffect } from 'react';
import { useViewStore } from '../lib/view-store';
import { EmbedView } from './embed-view';
import { FullView } from './full-view';
import { useDashboard } from './use-dashboard';
import { useLangSync } from './use-lang';
import { useLinkNotices } from './use-link-notices';
import { useUrlSync } from './use-url-sync';
import { useUserEventsNotices } from './use-user-events-notices';

export function AppShell() {
  useUrlSync();
  useLangSync();
  const d = useDashboard();
  useLinkNotices(d);
  const addNotices = useViewStore((s) => s.addNotices);
  const theme = d.view.theme;
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  useEffect(() => {
    // `notice` (the same notices in words) changes only when they do; the messages go to the bar.
    if (d.data.notice) addNotices(d.data.notices);
  }, [d.data.notice, addNotices]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    if (d.eventProblems.length) addNotices(d.eventProblems);
  }, [d.eventProblems, addNotices]);
  // Problems reading or saving your events (damaged or newer stored data, full storage).
  useUserEventsNotices();
  return d.view.embed ? <EmbedView d={d} /> : <FullView d={d} />;
}
