/**
 * The Fullscreen API where the browser has it. Presenter mode asks for full screen from the
 * Present button's click (a user gesture); where the API is missing or the browser refuses
 * (an iframe without allow="fullscreen", a page opened with present=1), presenter mode fills the
 * window instead.
 */

/** Asks for full screen for the whole page; never throws, and a refusal is quietly kept. */
export function requestPageFullscreen(): void {
  const el = document.documentElement;
  if (!document.fullscreenEnabled || typeof el.requestFullscreen !== 'function' || document.fullscreenElement) return;
  try {
    el.requestFullscreen().catch(() => undefined);
  } catch {
    // An old engine that throws instead of rejecting: the window layout stands in.
  }
}

/** Leaves full screen when the page is in it; never throws. */
export function exitPageFullscreen(): void {
  if (!document.fullscreenElement || typeof document.exitFullscreen !== 'function') return;
  try {
    document.exitFullscreen().catch(() => undefined);
  } catch {
    // Nothing to undo.
  }
}

export function isFullscreen(): boolean {
  return Boolean(document.fullscreenElement);
}
