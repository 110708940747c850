import { initUserEventsStore } from '../features/user-data/store/user-events-store';

/**
 * Loads the stored user events before the first render; read-only in the embedded view.
 * Returns what went wrong (for the start-up guard), or null.
 */
export function startUserEvents(embed: boolean): unknown {
  try {
    initUserEventsStore({ readOnly: embed });
    return null;
  } catch (e) {
    return e ?? new Error('loading your saved events failed');
  }
}
