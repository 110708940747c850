import { useEffect, useState } from 'react';

/**
 * False for the component's first render, true in a render after the browser has painted it
 * (a frame callback, then a task). A page renders what its first paint must show, and the
 * rest of itself right after, so that the first paint is not held up by the rest.
 */
export function useFirstPaintDone(): boolean {
  const [done, setDone] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setDone(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return done;
}
