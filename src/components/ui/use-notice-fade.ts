import { useEffect, useRef } from 'react';

/** How long an info notice stays (ms) while the reader is not pointing at or in the notice area. */
export const INFO_NOTICE_MS = 6_000;

/**
 * Dismisses each info notice (by key) INFO_NOTICE_MS after it arrived. While `paused` (the pointer
 * or focus is in the notice area, or its list is open) none fades; each gets its full time again after.
 */
export function useNoticeFade(keys: readonly string[], infoKeys: readonly string[] | undefined, dismissKey: (key: string) => void, paused: boolean): void {
  const latest = useRef(dismissKey);
  latest.current = dismissKey;
  const info = new Set(infoKeys ?? []);
  const fading = keys.filter((k) => info.has(k));
  const sig = fading.join('\u0000');
  // When each shown info notice fades (ms since the epoch); a pause starts them over.
  const due = useRef(new Map<string, number>());
  useEffect(() => {
    if (paused) {
      due.current.clear();
      return undefined;
    }
    if (!sig) return undefined;
    const now = Date.now();
    const live = sig.split('\u0000');
    for (const k of due.current.keys()) if (!live.includes(k)) due.current.delete(k);
    const timers = live.map((k) => {
      if (!due.current.has(k)) due.current.set(k, now + INFO_NOTICE_MS);
      return window.setTimeout(() => latest.current(k), Math.max(0, due.current.get(k)! - now));
    });
    return () => timers.forEach((t) => window.clearTimeout(t));
  }, [sig, paused]);
}
