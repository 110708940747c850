import { isPairId } from '../config/series';
import { browserLang, type Lang } from '../i18n/lang';
import { parseViewState, type ViewState } from '../lib/url-state';

/** Why a page starts without the early first frame (first-frame.ts); the app then draws it alone, as before. */
export type FirstFrameSkip =
  | 'link-notices' // the link had values the app drops or clamps: a notice bar comes above the chart
  | 'not-snapshot' // live ECB rates (or auto) arrive from the network: nothing to draw early
  | 'embed' // the embedded view and presenter mode have their own layouts
  | 'present'
  | 'compare' // a second source's lines
  | 'imported-series' // the user's own series are in IndexedDB, read by the app
  | 'selected-event' // a selected event's marker, detail and list
  | 'text-filter' // a text filter may need the events' Korean texts
  | 'user-events'; // the user's own events (and their storage checks) are the app's

export type FirstFramePlan = { ok: true; view: ViewState; lang: Lang } | { ok: false; skip: FirstFrameSkip };

/**
 * Whether the page can show its chart before React has loaded, and with what: only a view whose
 * first frame the app would draw from the bundled snapshot and the built-in events alone, with no
 * notice above it, so that the early frame and the app's own have the same layout.
 * `storedEvents` is what `localStorage` holds for the user's events (null: nothing stored).
 */
export function firstFramePlan(search: string, storedEvents: string | null, languages: readonly string[] | undefined): FirstFramePlan {
  const parsed = parseViewState(search);
  const view = parsed.state;
  const skip = (why: FirstFrameSkip): FirstFramePlan => ({ ok: false, skip: why });
  if (parsed.notices.length || parsed.overLong) return skip('link-notices');
  if (view.source !== 'snapshot') return skip('not-snapshot');
  if (view.embed) return skip('embed');
  if (view.present) return skip('present');
  if (view.compare) return skip('compare');
  if (!view.pairs.every(isPairId)) return skip('imported-series');
  if (view.event !== null) return skip('selected-event');
  if (view.q.trim() !== '') return skip('text-filter');
  if (storedEvents !== null) return skip('user-events');
  return { ok: true, view, lang: view.lang ?? browserLang(languages) };
}


/**
 * Whether the page's entry asks Frankfurter itself (ecb-request.ts), before the app has loaded: a
 * link on live rates (the default, `ecb`, `auto`) whose browser holds no cached ECB rates. With
 * cached rates the app decides (fresh ones ask nothing); `source=snapshot` asks nothing.
 */
export function wantsEarlyEcb(search: string, ecbCached: boolean): boolean {
  return !ecbCached && parseViewState(search).state.source !== 'snapshot';
}
