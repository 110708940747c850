import { msg, type Msg } from '../../../i18n/message';
import { readPointer } from '../model/user-events-pointer';
import { readUserEvents, writeUserEvents } from '../model/user-events-storage';
import { readEventsText } from './user-events-db-lazy';
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
  const text = backupText(key);
  if (text === null) return { ok: false, message: msg('user-data.restore.gone') };
  return restoreText(key, text, now);
}

function backupText(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/**
 * restoreBackup for any backup, also one that points to a large set kept in IndexedDB ("Start
 * without them" with such a set moves its pointer aside): that set is read first.
 */
export async function restoreBackupAsync(key: string, now = new Date()): Promise<RestoreOutcome> {
  const text = backupText(key);
  const p = readPointer(text);
  if (!p) return restoreBackup(key, now);
  const r = await readEventsText(p.key, p.chars);
  if (!r.ok) return { ok: false, message: msg(r.code === 'missing' ? 'user-data.restore.gone' : 'user-data.restore.unreadable') };
  return restoreText(key, r.text, now);
}

function restoreText(key: string, text: string, now: Date): RestoreOutcome {
  const read = readUserEvents(text);
  if (!read.events.length) return { ok: false, message: msg('user-data.restore.unreadable') };
  const state = useUserEventsStore.getState();
  const current = state.events;
  const raw = storedEventsText();
  // When the key points to a large set that the page shows as saved, the pointer's backup keeps
  // those events (its record is kept while a backup points to it): no copy of their text (too big for
  // localStorage) is needed.
  const pageIsStored = readPointer(raw) !== null && !state.unsaved && state.save.mode === 'saved';
  const keep = [raw, current.length && !pageIsStored ? writeUserEvents(current) : null].filter((t): t is string => t !== null);
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
