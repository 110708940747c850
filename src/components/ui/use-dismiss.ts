import { useEffect, useRef, type RefObject } from 'react';

/**
 * While `open`: Esc, or a press outside `panel` and `trigger`, calls `close`. Esc returns focus to
 * the trigger (the control that opened the panel); so does a press outside that leaves focus
 * nowhere (on the page's background), so that the keyboard user is not sent back to the top.
 */
export function useDismiss(open: boolean, close: () => void, panel: RefObject<HTMLElement | null>, trigger: RefObject<HTMLElement | null>): void {
  const latest = useRef(close);
  latest.current = close;
  useEffect(() => {
    if (!open) return undefined;
    const inside = (t: EventTarget | null) => t instanceof Node && (panel.current?.contains(t) || trigger.current?.contains(t));
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      latest.current();
      trigger.current?.focus();
    };
    const onDown = (e: PointerEvent) => {
      if (inside(e.target)) return;
      latest.current();
      // After the press has moved focus (or not): a press on nothing focusable leaves it on <body>.
      window.setTimeout(() => {
        const a = document.activeElement;
        if (!a || a === document.body) trigger.current?.focus({ preventScroll: true });
      }, 0);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onDown, true);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onDown, true);
    };
  }, [open, panel, trigger]);
}
