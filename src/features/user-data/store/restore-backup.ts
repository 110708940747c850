import { msg, type Msg } from '../../../i18n/message';
import { readUserEvents, writeUserEvents } from '../model/user-events-storage';
import { backUp, SKIP_STORED_EVENTS_KEY, storage, storedEventsText, writeFailure } from './user-events-persistence';
import { refreshBackups, useUserEventsStore } from './user-events-store';

export type RestoreOutcome =
  /** `notSaved`: why the restored events could not be written (they are in the page all the same). */
  | { ok: true; restored: number; notSaved: Msg | null }
  | { ok: false; message: Msg };

/**
 * Restores the events of a backup. What is there now (the stored text and, when it
 * differs, the events in the page) is kept as a backup first; if that cannot be done,
 * nothing is restored. The restored backup itself stays where it was.
 */
export function restoreBackup(key: string, now = new Date()): RestoreOutcome {
  let text: string | null;
  try {
    text = storage()?.getItem(key) ?? null;
  } catch {
    text = null;
  }
  if (text === null) return { ok: false, message: msg('user-data.restore.gone') };
  const read = readUserEvents(text);
  if (!read.events.length) return { ok: false, message: msg('user-data.restore.unreadable') };
  const current = useUserEventsStore.getState().events;
  const raw = storedEventsText();
  const keep = [raw, current.length ? writeUserEvents(current) : null].filter((t): t is string => t !== null);
  for (const t of new Set(keep)) {
    const res = backUp(t, now, new Set([key])); // never drop the backup being restored to make room
    if (!res.ok) {
      refreshBackups();
      return { ok: false, message: msg('user-data.restore.notKept', { why: writeFailure(res.error) }) };
    }
  }
  try {
    window.sessionStorage.removeItem(SKIP_STORED_EVENTS_KEY);
  } catch {
    // No session storage: nothing to clear.
  }
  const notSaved = useUserEventsStore.getState().replaceWithRestored(read.events);
  refreshBackups();
  return { ok: true, restored: read.events.length, notSaved };
}
