import type { Steps } from '../../lib/steps';

/** Gives the main thread back: `scheduler.yield()` where there is one, else a message (a task, not clamped like a timer). */
export function yieldToMain(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof s?.yield === 'function') return s.yield();
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      resolve();
    };
    ch.port2.postMessage(null);
  });
}

export interface SliceOptions {
  /** Work this long (ms) before giving the thread back. */
  sliceMs?: number;
  /** Stops the run (the promise rejects with an AbortError) at the next pause. */
  signal?: AbortSignal;
  /** How to give the thread back (tests pass their own). */
  pause?: () => Promise<void>;
  now?: () => number;
}

export const SLICE_MS = 30;

function aborted(): DOMException {
  return new DOMException('The computation was replaced.', 'AbortError');
}

/** Runs `steps` in slices of about `sliceMs`, each in a task after the caller's; rejects with an AbortError once `signal` aborts. */
export async function runStepsSliced<T>(steps: Steps<T>, opts: SliceOptions = {}): Promise<T> {
  const { sliceMs = SLICE_MS, signal, pause = yieldToMain, now = () => performance.now() } = opts;
  // Not in the caller's task: that one (a click, a render's effects) has its own work.
  await pause();
  let start = now();
  for (;;) {
    if (signal?.aborted) throw aborted();
    const r = steps.next();
    if (r.done) return r.value;
    if (now() - start >= sliceMs) {
      await pause();
      start = now();
    }
  }
}

