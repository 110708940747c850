import { useEffect, useState } from 'react';
import { afterNextPaint } from './after-next-paint';

/**
 * False for the component's first render, true in a render after the browser has painted it.
 * A page renders what its first paint must show, and the rest of itself right after, so that
 * the first paint is not held up by the rest.
 */
export function useFirstPaintDone(): boolean {
  const [done, setDone] = useState(false);
  useEffect(() => afterNextPaint(() => setDone(true)), []);
  return done;
}
