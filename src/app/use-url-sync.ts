import { useEffect } from 'react';
import { msg } from '../i18n/message';
import { parseViewState, serializeViewState, type ViewState } from '../lib/url-state';
import { useViewStore } from '../lib/view-store';

/** Only typing in the text filter replaces the history entry; other changes push one. */
function isTypingOnly(a: ViewState, b: ViewState): boolean {
  return a.q !== b.q && serializeViewState({ ...a, q: b.q }) === serializeViewState(b);
}

/**
 * Puts the URL's view into the store (with notices for dropped values). Idempotent. A link with a
 * parameter too long to read is written back at once without it (the notice says what was
 * dropped): a megabyte of address would otherwise stay in the page's URL, its history entry and
 * every copy of the link.
 */
export function applyUrlToStore(): void {
  const { state, notices, overLong } = parseViewState(window.location.search);
  if (overLong) window.history.replaceState(window.history.state, '', `${window.location.pathname}${serializeViewState(state)}${window.location.hash}`);
  useViewStore.getState().replaceView(state);
  if (notices.length) useViewStore.getState().addNotices(notices.map((n) => msg('link.notice', { text: n })));
}

/**
 * Reads the view from the URL at start and on back/forward; writes it back on
 * every change. main.tsx also applies the URL before the first render, so the
 * first render already asks for the right source.
 */
export function useUrlSync(): void {
  useEffect(() => {
    applyUrlToStore();
    const unsub = useViewStore.subscribe((s, prev) => {
      if (s.view === prev.view) return;
      const search = serializeViewState(s.view);
      if (search === window.location.search) return;
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      if (isTypingOnly(prev.view, s.view)) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    });
    const onPop = () => {
      const { state } = parseViewState(window.location.search);
      useViewStore.getState().replaceView(state);
    };
    window.addEventListener('popstate', onPop);
    return () => {
      unsub();
      window.removeEventListener('popstate', onPop);
    };
  }, []);
}
