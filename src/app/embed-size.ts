import { useLayoutEffect, useEffect, useRef, useState, type RefObject } from 'react';

/** The message the embed posts to its parent page with `autoheight=1`. */
export const HEIGHT_MESSAGE = 'krw-event-lens:height';

/** `autoheight=1` in the page's link (read once; not part of the view's state). */
export function autoHeightAsked(): boolean {
  return new URLSearchParams(window.location.search).get('autoheight') === '1';
}

const MIN_PLOT = 70;

/**
 * The plot's height: what the chart box (flex: 1) leaves after its legend; with `auto`, a height
 * from the box's width (9:20, 120–560 px) instead, the page then as tall as its content.
 */
export function useChartBoxHeight(auto: boolean): [RefObject<HTMLDivElement | null>, number] {
  const box = useRef<HTMLDivElement>(null);
  const [h, setH] = useState(160);
  const measureRef = useRef<() => void>(() => undefined);
  // The legend's height changes with what is shown (and the text's size): measured after each render too.
  useLayoutEffect(() => measureRef.current());
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return undefined;
    const measure = () => {
      const legend = el.querySelector<HTMLElement>('.chart-legend')?.offsetHeight ?? 18;
      const r = el.getBoundingClientRect();
      const next = auto ? Math.round(Math.min(560, Math.max(120, (r.width * 9) / 20))) : Math.max(MIN_PLOT, Math.floor(r.height - legend - 4));
      setH((old) => (old === next ? old : next));
    };
    measureRef.current = measure;
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [auto]);
  return [box, h];
}

/** With `auto`, posts the embed's height to the parent page whenever it changes (ResizeObserver). */
export function usePostHeight(auto: boolean, root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const el = root.current;
    if (!auto || !el || window.parent === window || typeof ResizeObserver === 'undefined') return undefined;
    let last = -1;
    const post = () => {
      const height = Math.ceil(el.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
    };
    const ro = new ResizeObserver(post);
    ro.observe(el);
    post();
    return () => ro.disconnect();
  }, [auto, root]);
}
