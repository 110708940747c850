import { storedEventsText } from '../features/user-data/store/user-events-persistence';
import { initUserEventsStore, noteSlowStoredRead, storedEventsRead } from '../features/user-data/store/user-events-store';

/**
 * sessionStorage marker, set while a page of this tab runs with stored events and removed
 * when the page is left normally (pagehide). Found at start-up, it means the last page died
 * (a tab that ran out of memory fires no pagehide): the start-up guard then asks first.
 */
export const RUNNING_KEY = 'krw-lens:running-with-user-events';

export class LastStartFailed extends Error {
  constructor() {
    super('the last page with your saved events stopped without closing (the tab may have run out of memory)');
    this.name = 'LastStartFailed';
  }
}

function session(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

function markRunning(): void {
  const s = session();
  if (!s) return;
  const set = () => {
    try {
      s.setItem(RUNNING_KEY, '1');
    } catch {
      // No room: no marker, no guard on the next start.
    }
  };
  set();
  window.addEventListener('pagehide', () => {
    try {
      s.removeItem(RUNNING_KEY);
    } catch {
      // Nothing to do.
    }
  });
  // Back from the back/forward cache: running again.
  window.addEventListener('pageshow', (e) => e.persisted && set());
}

/** A large set of stored events is read from IndexedDB after startUserEvents returns: what went wrong then, or null. */
let later: Promise<unknown> = Promise.resolve(null);

/** Longest wait for a large set before the first render (an IndexedDB may never answer): then the page starts without it. */
export const STORED_READ_CAP_MS = 10_000;

/**
 * Resolves once the stored events are in the store, with what went wrong (for the start-up guard)
 * or null; or, after `capMs`, with null and a notice: the page starts without them (writing nothing
 * over them) and takes them when their read ends.
 */
export function userEventsStarted(capMs = STORED_READ_CAP_MS): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cap = new Promise<null>((resolve) => {
    timer = setTimeout(() => {
      noteSlowStoredRead();
      resolve(null);
    }, capMs);
  });
  return Promise.race([later, cap]).finally(() => clearTimeout(timer));
}

/**
 * Loads the stored user events before the first render; read-only in the embedded view.
 * A large set (kept in IndexedDB) is read asynchronously: await userEventsStarted() too.
 * Returns what went wrong (for the start-up guard), or null: loading threw, or the last page
 * of this tab that ran with stored events died.
 */
export function startUserEvents(embed: boolean): unknown {
  if (!embed && storedEventsText() !== null) {
    if (session()?.getItem(RUNNING_KEY)) {
      session()?.removeItem(RUNNING_KEY);
      return new LastStartFailed();
    }
    markRunning();
  }
  try {
    initUserEventsStore({ readOnly: embed });
    later = storedEventsRead().then(() => null, (e: unknown) => e ?? new Error('loading your saved events failed'));
    return null;
  } catch (e) {
    return e ?? new Error('loading your saved events failed');
  }
}
