import { useEffect, useLayoutEffect, type RefObject } from 'react';
import type { CrosshairBus } from './crosshair-bus';

/**
 * Keeps a chart's crosshair and marker tooltip from going stale. Each names what is under the
 * pointer as of its last move; whatever moves the plot under a still pointer hides them:
 * - a new range (any zoom or pan: a drag, a cluster click, the range buttons, a link, the keyboard),
 *   before that range is painted;
 * - a scroll of the page or of a box holding the chart;
 * - a wheel turned over the chart (it scrolls the page or zooms).
 * The next pointer move shows them again, computed afresh.
 */
export function useStaleHoverReset(from: number, to: number, bus: CrosshairBus, clearHover: () => void, boxRef: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    if (bus.get()) bus.set(null);
    clearHover();
  }, [from, to, bus, clearHover]);
  useEffect(() => {
    const box = boxRef.current;
    const hide = () => {
      if (bus.get()) bus.set(null);
      clearHover();
    };
    // A scroll of the list beside the chart leaves the chart where it was: only scrolls that move it count.
    const onScroll = (e: Event) => {
      const target = e.target;
      if (target === window || target === document || target === document.documentElement || (box && target instanceof Node && target.contains(box))) hide();
    };
    window.addEventListener('scroll', onScroll, { capture: true, passive: true });
    box?.addEventListener('wheel', hide, { passive: true });
    return () => {
      window.removeEventListener('scroll', onScroll, { capture: true });
      box?.removeEventListener('wheel', hide);
    };
  }, [bus, clearHover, boxRef]);
}
