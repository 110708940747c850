import { afterNextPaint } from './after-next-paint';

/**
 * Runs `fn` once the main thread is idle (an idle callback, at most `timeoutMs` later), else
 * after the next paint where the browser has no idle callbacks. For work nobody waits for: it
 * stays out of the tasks between a frame and the next input. Returns a cancel function.
 */
export function whenIdle(fn: () => void, timeoutMs = 500): () => void {
  if (typeof requestIdleCallback !== 'function') return afterNextPaint(fn);
  const id = requestIdleCallback(fn, { timeout: timeoutMs });
  return () => cancelIdleCallback(id);
}
