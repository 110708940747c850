import { useEffect } from 'react';
import { whenIdle } from '../components/ui/when-idle';
import { msg } from '../i18n/message';
import { parseViewState, serializeViewState, type ViewState } from '../lib/url-state';
import { useViewStore } from '../lib/view-store';

/** Only typing in the text filter replaces the history entry; other changes push one. */
function isTypingOnly(a: ViewState, b: ViewState): boolean {
  return a.q !== b.q && serializeViewState({ ...a, q: b.q }) === serializeViewState(b);
}

/** True when only the range (from, to) differs: a zoom, a drag, a pan. */
export function isRangeOnly(a: ViewState, b: ViewState): boolean {
  if (a.from === b.from && a.to === b.to) return false;
  for (const k of Object.keys(b) as (keyof ViewState)[]) if (k !== 'from' && k !== 'to' && a[k] !== b[k]) return false;
  return Object.keys(a).length === Object.keys(b).length;
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
 *
 * A zoom's entry is written once the main thread is idle (a history write costs it 1–8 ms: in the
 * zoom's own task it delayed the chart's frame, in the task after that frame the next input); every
 * other change at once, after any such pending entry, so that the history keeps one entry per
 * change, in order.
 */
export function useUrlSync(): void {
  useEffect(() => {
    applyUrlToStore();
    const pending: ViewState[] = [];
    let cancel: (() => void) | null = null;
    let prevView = useViewStore.getState().view;
    const write = (prev: ViewState, view: ViewState) => {
      const search = serializeViewState(view);
      if (search === window.location.search) return;
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      if (isTypingOnly(prev, view)) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    };
    const flush = () => {
      cancel?.();
      cancel = null;
      for (const [i, view] of pending.entries()) write(i ? pending[i - 1] : prevView, view);
      if (pending.length) prevView = pending[pending.length - 1];
      pending.length = 0;
    };
    const unsub = useViewStore.subscribe((s, prev) => {
      if (s.view === prev.view) return;
      if (isRangeOnly(prev.view, s.view)) {
        if (!pending.length) prevView = prev.view;
        pending.push(s.view);
        cancel ??= whenIdle(flush);
        return;
      }
      flush();
      write(prev.view, s.view);
      prevView = s.view;
    });
    const onPop = () => {
      // Back or forward: the URL is the truth; a zoom's entry not yet written is dropped.
      cancel?.();
      cancel = null;
      pending.length = 0;
      const { state } = parseViewState(window.location.search);
      useViewStore.getState().replaceView(state);
    };
    window.addEventListener('popstate', onPop);
    return () => {
      flush();
      unsub();
      window.removeEventListener('popstate', onPop);
    };
  }, []);
}
