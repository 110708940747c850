import type { KrwEvent } from '../../events/model/event-schema';
import { storeBackup, type BackupResult } from '../model/user-events-backups';
import { readUserEvents, readUserEventsSteps, USER_EVENTS_KEY, type StoredEvents } from '../model/user-events-storage';
import { runStepsSliced } from '../../../components/ui/run-in-slices';
import { readPointer, type SpillPointer } from '../model/user-events-pointer';
import { msg, type Msg } from '../../../i18n/message';
import { readEventsRecord, readEventsText } from './user-events-db-lazy';
import { clip, holdNotice, listProblems, SESSION_ONLY, sessionWhy, type SessionReason } from './user-events-notices';

/**
 * How changes to the user's events are kept: written to storage ('saved'); held back
 * because damaged stored data was just recovered and the user has not yet seen the
 * notice ('held': nothing is written until they dismiss it or change something); kept
 * in the page only ('session', for `reason`).
 */
export type SaveMode = { mode: 'saved' } | { mode: 'held' } | { mode: 'session'; reason: SessionReason };

export interface LoadedUserEvents {
  events: KrwEvent[];
  problems: Msg[];
  save: SaveMode;
  /** In 'held' mode: the notice whose dismissal releases the hold. */
  holdNotice: Msg | null;
  /**
   * Set when the events' key holds a pointer to a large set in IndexedDB: what is read from there,
   * once read. Until then the rest of this result is a placeholder (no events, nothing written).
   */
  later?: Promise<LoadedUserEvents>;
}

export interface LoadOptions {
  /** Read only: no backup, no write (the embedded view). */
  readOnly?: boolean;
  now?: () => Date;
}

/** sessionStorage flag: the user chose "Start without them" but the data could not be moved aside. */
export const SKIP_STORED_EVENTS_KEY = 'krw-lens:start-without-user-events';
/** sessionStorage note for the next load: the backup key the stored events were moved aside to. */
const MOVED_ASIDE_KEY = 'krw-lens:user-events-moved-aside';

/** Once, after "Start without them": where the events went. */
function movedAsideNotice(): Msg[] {
  try {
    const key = window.sessionStorage.getItem(MOVED_ASIDE_KEY);
    if (key === null) return [];
    window.sessionStorage.removeItem(MOVED_ASIDE_KEY);
    return [msg('user-data.session.movedAside', { key })];
  } catch {
    return [];
  }
}

/** localStorage, or null where there is none or it is blocked (accessing it may throw). */
export function storage(): Storage | null {
  try {
    return typeof window !== 'undefined' && window.localStorage ? window.localStorage : null;
  } catch {
    return null;
  }
}

function skipRequested(): boolean {
  try {
    return window.sessionStorage.getItem(SKIP_STORED_EVENTS_KEY) !== null;
  } catch {
    return false;
  }
}

const session = (reason: SessionReason): SaveMode => ({ mode: 'session', reason });

/** Reads and migrates the stored events. Never changes what is stored, except to back it up. */
export function loadUserEvents(opts: LoadOptions = {}): LoadedUserEvents {
  const s = storage();
  if (!s) {
    const off = typeof window !== 'undefined' ? [msg('user-data.session.noStorage', { then: SESSION_ONLY })] : [];
    return { events: [], problems: off, save: session('no-storage'), holdNotice: null };
  }
  if (skipRequested()) {
    return { events: [], problems: [msg('user-data.session.startedWithout')], save: session('started-without'), holdNotice: null };
  }
  let text: string | null;
  try {
    text = s.getItem(USER_EVENTS_KEY);
  } catch (e) {
    return { events: [], problems: [msg('user-data.session.readError', { error: clip(String(e), 120), then: SESSION_ONLY })], save: session('read-error'), holdNotice: null };
  }
  const pointer = readPointer(text);
  if (pointer) return { events: [], problems: [], save: session('read-only'), holdNotice: null, later: loadSpilled(s, pointer, opts) };
  return fromText(s, text, opts);
}

/** Reads a large set from IndexedDB, then as any stored text. A record missing or not whole: a notice, and nothing written over the pointer. */
async function loadSpilled(s: Storage, pointer: SpillPointer, opts: LoadOptions, tries = 3): Promise<LoadedUserEvents> {
  const r = await readEventsText(pointer.key, pointer.chars);
  if (!r.ok && r.code === 'missing' && tries > 1) {
    // Another tab may have replaced the set meanwhile (and deleted this record): read what the key holds now.
    let now: string | null = null;
    try {
      now = s.getItem(USER_EVENTS_KEY);
    } catch {
      // Read as missing, below.
    }
    const next = readPointer(now);
    if (next?.key !== pointer.key) return next ? loadSpilled(s, next, opts, tries - 1) : fromText(s, now, opts);
  }
  if (!r.ok) {
    const problem = r.code === 'missing'
      ? msg('user-data.stored.spillMissing', { n: pointer.count, then: SESSION_ONLY })
      : msg('user-data.stored.spillUnreadable', { n: pointer.count, error: clip(r.detail, 120), then: SESSION_ONLY });
    return { events: [], problems: [problem], save: session(opts.readOnly ? 'read-only' : 'spill-unreadable'), holdNotice: null };
  }
  // The same reading as text kept in localStorage, in slices (50,000 events' checks took ~0.2 s).
  const read = await runStepsSliced(readUserEventsSteps(r.text));
  return fromRead(s, r.text, read, opts);
}

/** The stored text read, checked and, when damaged, backed up before anything may be written over it. */
function fromText(s: Storage, text: string | null, opts: LoadOptions): LoadedUserEvents {
  return fromRead(s, text, readUserEvents(text), opts);
}

function fromRead(s: Storage, text: string | null, read: StoredEvents, opts: LoadOptions): LoadedUserEvents {
  const problems = listProblems(read.problems);
  if (opts.readOnly) return { events: read.events, problems, save: session('read-only'), holdNotice: null };
  if (read.stored === 'none') return { events: read.events, problems: [...movedAsideNotice(), ...problems], save: { mode: 'saved' }, holdNotice: null };
  if (read.stored === 'keep' || text === null) return { events: read.events, problems, save: session('newer-version'), holdNotice: null };
  const backup = storeBackup(s, text, (opts.now ?? (() => new Date()))());
  if (!backup.ok) {
    return { events: read.events, problems: [...problems, msg('user-data.session.damagedLeft', { why: sessionWhy('backup-failed') })], save: session('backup-failed'), holdNotice: null };
  }
  const hold = holdNotice(read.recovery, backup.key);
  return { events: read.events, problems: [...problems, hold], save: { mode: 'held' }, holdNotice: hold };
}

function isQuota(e: unknown): boolean {
  return e instanceof DOMException && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED');
}

/** Thrown by backUp() where there is no storage: writeFailure() says so in the UI language. */
class NoStorageError extends Error {}

/** Why a write failed (a clause): full storage, no storage, or the browser's own error text. */
export function writeFailure(e: unknown): Msg {
  if (e instanceof NoStorageError) return sessionWhy('no-storage');
  return isQuota(e) ? msg('user-data.save.full') : msg('user-data.save.error', { error: clip(String(e), 120) });
}

/** The raw stored text of the user's events, or null (none, or no storage). Never throws. */
export function storedEventsText(): string | null {
  try {
    return storage()?.getItem(USER_EVENTS_KEY) ?? null;
  } catch {
    return null;
  }
}

/**
 * What a download of stored text (the events' key or a backup) should hold: the text itself, or,
 * when it points to a large set in IndexedDB, that set's text (the pointer when it cannot be read).
 */
export async function downloadableText(text: string): Promise<Blob | string> {
  const p = readPointer(text);
  if (!p) return text;
  const r = await readEventsRecord(p.key);
  return r.ok ? r.record.text : text;
}

/** Keeps `text` as a backup (identical copies are kept once). */
export function backUp(text: string, now = new Date(), keep?: ReadonlySet<string>): BackupResult {
  const s = storage();
  return s ? storeBackup(s, text, now, keep) : { ok: false, error: new NoStorageError('no storage') };
}

/**
 * "Start without them": moves the stored events aside to a backup key (never deletes
 * them). When that cannot be done, asks the next load of this tab to skip them instead.
 * Returns false when neither worked.
 */
export function setStoredEventsAside(now = new Date()): boolean {
  const text = storedEventsText();
  if (text !== null) {
    const res = backUp(text, now);
    if (res.ok) {
      try {
        storage()!.removeItem(USER_EVENTS_KEY);
        try {
          window.sessionStorage.setItem(MOVED_ASIDE_KEY, res.key);
        } catch {
          // Only the notice is lost.
        }
        return true;
      } catch {
        // Fall through: skip them for this tab instead.
      }
    }
  }
  try {
    window.sessionStorage.setItem(SKIP_STORED_EVENTS_KEY, '1');
    return true;
  } catch {
    return text === null;
  }
}
