import { startTransition, useEffect, useState } from 'react';
import { afterNextPaint } from './after-next-paint';

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
    return afterNextPaint(() => startTransition(() => setSettled(value)));
  }, [value, settled]);
  return settled;
}
