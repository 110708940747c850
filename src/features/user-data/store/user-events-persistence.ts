import type { KrwEvent } from '../../events/model/event-schema';
import { readUserEvents, USER_EVENTS_BACKUP_KEY, USER_EVENTS_KEY, writeUserEvents } from '../model/user-events-storage';

export interface LoadedUserEvents {
  events: KrwEvent[];
  problems: string[];
  /** False when what is stored must be left as it is, or there is no storage: changes then stay in memory. */
  writable: boolean;
}

const SESSION_ONLY = 'changes to your events are kept until this page is closed';

/** localStorage, or null where there is none or it is blocked (accessing it may throw). */
function storage(): Storage | null {
  try {
    return typeof window !== 'undefined' && window.localStorage ? window.localStorage : null;
  } catch {
    return null;
  }
}

/** Reads and migrates the stored events. Never throws and never changes what is stored, except to back it up. */
export function loadUserEvents(): LoadedUserEvents {
  const s = storage();
  if (!s) {
    const off = typeof window !== 'undefined' ? [`This browser does not let the app store data: ${SESSION_ONLY}`] : [];
    return { events: [], problems: off, writable: false };
  }
  let text: string | null;
  try {
    text = s.getItem(USER_EVENTS_KEY);
  } catch (e) {
    return { events: [], problems: [`Your saved events could not be read (${String(e)}): ${SESSION_ONLY}`], writable: false };
  }
  const read = readUserEvents(text);
  if (read.stored === 'none') return { events: read.events, problems: read.problems, writable: true };
  if (read.stored === 'keep' || text === null) return { events: read.events, problems: read.problems, writable: false };
  try {
    s.setItem(USER_EVENTS_BACKUP_KEY, text);
    return { events: read.events, problems: [...read.problems, `A copy of the stored data was kept in this browser under "${USER_EVENTS_BACKUP_KEY}"`], writable: true };
  } catch {
    return { events: read.events, problems: [...read.problems, `The stored data is left as it is: ${SESSION_ONLY}`], writable: false };
  }
}

function isQuota(e: unknown): boolean {
  return e instanceof DOMException && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED');
}

/** Writes the events; returns a problem to show, or null when saved. */
export function saveUserEvents(events: readonly KrwEvent[]): string | null {
  const s = storage();
  if (!s) return `Your events could not be saved: ${SESSION_ONLY}`;
  try {
    if (events.length) s.setItem(USER_EVENTS_KEY, writeUserEvents(events));
    else s.removeItem(USER_EVENTS_KEY);
    return null;
  } catch (e) {
    const why = isQuota(e) ? "this browser's storage for the app is full" : String(e);
    return `Your events could not be saved (${why}): ${SESSION_ONLY}`;
  }
}
