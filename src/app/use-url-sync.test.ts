// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { resetViewStore, useViewStore } from '../lib/view-store';
import { isRangeOnly, useUrlSync } from './use-url-sync';

const search = () => new URLSearchParams(window.location.search);
const setView = (patch: Parameters<ReturnType<typeof useViewStore.getState>['setView']>[0]) => act(() => useViewStore.getState().setView(patch));
/** One frame and the task after it (afterNextPaint). */
const paint = () =>
  act(async () => {
    await new Promise<void>((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
  });

describe('useUrlSync', () => {
  beforeEach(() => {
    window.history.replaceState(null, '', '/?from=2016-01-01&to=2016-12-31');
    resetViewStore();
  });

  it('writes a zoom after the frame that shows it, one history entry per zoom, in order', async () => {
    const { unmount } = renderHook(() => useUrlSync());
    const entries = window.history.length;
    setView({ from: '2016-03-01', to: '2016-06-30' });
    // Not in the zoom's own task…
    expect(search().get('from')).toBe('2016-01-01');
    setView({ from: '2016-04-01', to: '2016-04-30' });
    await paint();
    // …after the paint, both entries, the last one showing.
    expect(search().get('from')).toBe('2016-04-01');
    expect(window.history.length).toBe(entries + 2);
    unmount();
  });

  it('where the browser has idle callbacks, writes a zoom in one, not after the paint', async () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (fn: () => void) => idle.push(fn));
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    try {
      const { unmount } = renderHook(() => useUrlSync());
      const entries = window.history.length;
      setView({ from: '2016-03-01', to: '2016-06-30' });
      setView({ from: '2016-04-01', to: '2016-04-30' });
      await paint();
      expect(search().get('from')).toBe('2016-01-01');
      expect(idle).toHaveLength(1); // one callback for both zooms
      act(() => idle[0]());
      expect(search().get('from')).toBe('2016-04-01');
      expect(window.history.length).toBe(entries + 2);
      unmount();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('writes any other change at once, after the zoom it follows', async () => {
    const { unmount } = renderHook(() => useUrlSync());
    const entries = window.history.length;
    setView({ from: '2016-03-01', to: '2016-06-30' });
    setView({ vol: 60 });
    const q = search();
    expect([q.get('from'), q.get('vol')]).toEqual(['2016-03-01', '60']);
    expect(window.history.length).toBe(entries + 2);
    await paint();
    expect(window.history.length).toBe(entries + 2); // nothing written twice
    unmount();
  });

  it('tells a zoom from other changes', () => {
    const a = useViewStore.getState().view;
    expect(isRangeOnly(a, { ...a, from: '2010-01-01' })).toBe(true);
    expect(isRangeOnly(a, { ...a, from: '2010-01-01', event: 'x' })).toBe(false);
    expect(isRangeOnly(a, { ...a })).toBe(false);
  });
});
