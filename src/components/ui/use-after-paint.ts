import { startTransition, useEffect, useState } from 'react';

/**
 * `value`, but updated only after the browser has painted the frame that
 * showed the change elsewhere on the page (a frame callback, then a task), in
 * a transition that a newer input interrupts. The chart redraws on a zoom at
 * once; the panes and tables below it follow a frame later instead of holding
 * up that frame.
 */
export function useAfterPaint<T>(value: T): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setSettled(value)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value, settled]);
  return settled;
}
