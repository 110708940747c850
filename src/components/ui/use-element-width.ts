import { useLayoutEffect, useRef, useState } from 'react';

/**
 * Width of an element in CSS pixels, kept current with a ResizeObserver.
 * `measured` is false until the first measurement (a layout effect, before the
 * first paint): a chart renders nothing heavy until then instead of drawing
 * itself twice, once at the fallback width and again at the real one.
 */
export function useElementWidth<T extends HTMLElement>(fallback = 800) {
  const ref = useRef<T>(null);
  const [state, setState] = useState({ width: fallback, measured: false });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const measure = () => {
      const width = Math.max(1, Math.round(el.getBoundingClientRect().width)) || fallback;
      setState((s) => (s.measured && s.width === width ? s : { width, measured: true }));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [fallback]);
  return [ref, state.width, state.measured] as const;
}
