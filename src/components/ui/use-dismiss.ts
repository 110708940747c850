import { useEffect, useRef, type RefObject } from 'react';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Keeps Tab inside `panel` once focus is in it: Tab on its last control goes to its first, Shift+Tab
 * on its first to its last. True when it moved the focus.
 */
function wrapTab(e: KeyboardEvent, panel: HTMLElement | null): boolean {
  if (e.key !== 'Tab' || !panel || !panel.contains(document.activeElement)) return false;
  const items = [...panel.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.closest('[hidden]'));
  if (!items.length) return false;
  const [first, last] = [items[0], items[items.length - 1]];
  const to = !e.shiftKey && document.activeElement === last ? first : e.shiftKey && document.activeElement === first ? last : null;
  if (!to) return false;
  e.preventDefault();
  to.focus();
  return true;
}

/**
 * While `open`: Esc, or a press outside `panel` and `trigger`, calls `close`; Tab stays inside the
 * panel once focus is in it (wrapTab). Esc returns focus to
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
      if (wrapTab(e, panel.current)) return;
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
