import { useEffect, useRef } from 'react';
import { msg, msgKey } from '../i18n/message';
import { actorIssue, eventIssue, linkIssueMsg, rangeIssues, seriesIssues, type LinkIssue } from '../lib/link-issues';
import { useUserSeriesStore } from '../features/user-data/store/user-series-store';
import type { ViewState } from '../lib/url-state';
import { useViewStore } from '../lib/view-store';
import type { Dashboard } from './use-dashboard';
import { actorAtoms } from '../features/events/model/filter-events';

/**
 * The figures are the ones that stay: not a fallback shown while ECB is still being asked
 * (slow or retrying), which the ECB answer would replace with another extent.
 */
function dataSettled(d: Dashboard): boolean {
  const { data } = d;
  if (!data.bundle) return false;
  return d.view.source === 'snapshot' || data.origin === 'live' || data.origin === 'cache' || data.failure !== null;
}

/**
 * Notices for what the opening link asked for and the data cannot give: `from`/`to` outside
 * the data (clamped), an `event` no event has, an `actor` no event has, an imported series
 * (`pairs=csv:…`) this browser does not have. Each is decided only
 * once what it depends on is in — the events (built-in and the user's), and the data that
 * stays shown — and only while the view still holds the link's value (a zoom or a click
 * replaces it). Each notice is added once: a dismissed one does not come back.
 */
export function useLinkNotices(d: Dashboard): void {
  const addNotices = useViewStore((s) => s.addNotices);
  const link = useRef<ViewState | null>(null);
  const said = useRef(new Set<string>());
  const { view, extent, rangeIso, allEvents, eventsReady } = d;
  const settled = dataSettled(d);
  const seriesStatus = useUserSeriesStore((s) => s.status);
  const stored = useUserSeriesStore((s) => s.series);

  const say = (issues: LinkIssue[]) => {
    const fresh = issues.map((i) => msg('link.notice', { text: linkIssueMsg(i) })).filter((m) => !said.current.has(msgKey(m)));
    fresh.forEach((m) => said.current.add(msgKey(m)));
    if (fresh.length) addNotices(fresh);
  };

  // The view the page opened with (useUrlSync, called before this hook, has applied the URL).
  useEffect(() => {
    link.current ??= useViewStore.getState().view;
  }, []);

  useEffect(() => {
    const l = link.current;
    if (!l || !settled || !eventsReady || !extent || !rangeIso) return;
    const asked = { from: view.from === l.from ? l.from : null, to: view.to === l.to ? l.to : null };
    say(rangeIssues(asked, extent, rangeIso));
  }, [settled, eventsReady, extent?.first, extent?.last, extent?.maxTo, rangeIso?.from, rangeIso?.to, view.from, view.to]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    const l = link.current;
    if (!l || !eventsReady) return;
    const issues: (LinkIssue | null)[] = [];
    if (view.event === l.event) issues.push(eventIssue(l.event, (id) => allEvents.some((e) => e.id === id)));
    if (view.actor === l.actor) issues.push(actorIssue(l.actor, allEvents.flatMap((e) => [e.actor, ...actorAtoms(e.actor)])));
    say(issues.filter((i): i is LinkIssue => i !== null));
  }, [eventsReady, allEvents, view.event, view.actor]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    const l = link.current;
    if (!l || (seriesStatus !== 'ready' && seriesStatus !== 'failed') || view.pairs !== l.pairs) return;
    say(seriesIssues(l.pairs, (id) => stored.some((s) => s.meta.id === id)));
  }, [seriesStatus, stored, view.pairs]); // eslint-disable-line react-hooks/exhaustive-deps
}
