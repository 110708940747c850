import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { yieldToMain } from '../../../components/ui/run-in-slices';

/**
 * The stored text of a large set of the user's events (model/user-events-pointer.ts): database
 * `krw-lens-user-events`, one object store `texts`, one record per write, keyed by its stamp. The
 * text is kept as a Blob (made a slice a task, so that no 7 MB string is copied or cloned in one
 * task; the browser writes and reads a Blob's bytes off the main thread).
 */
export const EVENTS_DB_NAME = 'krw-lens-user-events';
const STORE = 'texts';

export interface EventsTextRecord {
  key: string;
  text: Blob;
  count: number;
  chars: number;
}

interface EventsDbSchema extends DBSchema {
  texts: { key: string; value: EventsTextRecord };
}

type Db = IDBPDatabase<EventsDbSchema>;

export type EventsDbFailure = { ok: false; code: 'unavailable' | 'quota' | 'missing' | 'mismatch' | 'failed'; detail: string };

function failure(e: unknown): EventsDbFailure {
  const name = typeof e === 'object' && e !== null && 'name' in e ? String((e as { name: unknown }).name) : '';
  const detail = (e instanceof Error || (typeof DOMException !== 'undefined' && e instanceof DOMException) ? `${(e as Error).name}: ${(e as Error).message}` : String(e)).slice(0, 200);
  if (name === 'QuotaExceededError') return { ok: false, code: 'quota', detail };
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError') return { ok: false, code: 'unavailable', detail };
  return { ok: false, code: 'failed', detail };
}

let opened: Promise<Db> | null = null;

function open(): Promise<Db> {
  if (typeof indexedDB === 'undefined' || !indexedDB) return Promise.reject(Object.assign(new Error('no IndexedDB'), { name: 'InvalidStateError' }));
  if (!opened) {
    const p = openDB<EventsDbSchema>(EVENTS_DB_NAME, 1, {
      upgrade(db) {
        db.createObjectStore(STORE, { keyPath: 'key' });
      },
      blocking() {
        void p.then((db) => db.close());
        opened = null;
      },
      terminated() {
        opened = null;
      },
    });
    opened = p;
    p.catch(() => {
      if (opened === p) opened = null;
    });
  }
  return opened;
}

/** For tests: forget the open connection (a fresh IndexedDB factory is stubbed in). */
export function forgetEventsDb(): void {
  void opened?.then((db) => db.close()).catch(() => undefined);
  opened = null;
}

/** Characters of text per Blob part: each part's UTF-8 copy is a task of its own. */
export const TEXT_SLICE_CHARS = 1_000_000;

/** `text` as one Blob, made a slice at a time with `pause` between slices. */
export async function textBlob(text: string, pause: () => Promise<void> = yieldToMain, slice = TEXT_SLICE_CHARS): Promise<Blob> {
  if (text.length <= slice) return new Blob([text], { type: 'application/json' });
  const parts: Blob[] = [];
  for (let i = 0; i < text.length; ) {
    if (i > 0) await pause();
    // Never cut a surrogate pair in two (each part is encoded on its own).
    let end = Math.min(text.length, i + slice);
    const c = text.charCodeAt(end - 1);
    if (end < text.length && c >= 0xd800 && c <= 0xdbff) end++;
    parts.push(new Blob([text.slice(i, end)]));
    i = end;
  }
  return new Blob(parts, { type: 'application/json' });
}

/** Writes the text under `key`; resolves once the transaction is complete (the record is on disk). */
export async function writeEventsText(key: string, text: string, count: number, pause: () => Promise<void> = yieldToMain): Promise<{ ok: true } | EventsDbFailure> {
  try {
    const blob = await textBlob(text, pause);
    const db = await open();
    const tx = db.transaction(STORE, 'readwrite');
    await Promise.all([tx.store.put({ key, text: blob, count, chars: text.length }), tx.done]);
    return { ok: true };
  } catch (e) {
    return failure(e);
  }
}

/** The record of `key` as a Blob and what it says of itself; `missing` when there is none. */
export async function readEventsRecord(key: string): Promise<{ ok: true; record: EventsTextRecord } | EventsDbFailure> {
  try {
    const db = await open();
    const record = await db.get(STORE, key);
    if (!record) return { ok: false, code: 'missing', detail: key };
    if (typeof Blob === 'undefined' || !(record.text instanceof Blob)) return { ok: false, code: 'mismatch', detail: 'not a Blob' };
    return { ok: true, record };
  } catch (e) {
    return failure(e);
  }
}

/** The text of `key`, checked against the pointer's length: `mismatch` when it is not the text written. */
export async function readEventsText(key: string, chars: number): Promise<{ ok: true; text: string } | EventsDbFailure> {
  const r = await readEventsRecord(key);
  if (!r.ok) return r;
  try {
    const text = await r.record.text.text();
    if (text.length !== chars || r.record.chars !== chars) return { ok: false, code: 'mismatch', detail: `${text.length} characters, ${chars} expected` };
    return { ok: true, text };
  } catch (e) {
    return failure(e);
  }
}

/** Every record's key. */
export async function listEventsTextKeys(): Promise<string[]> {
  const db = await open();
  return db.getAllKeys(STORE);
}

/** Deletes the records of `keys` (one transaction); failures are ignored (a record left is only space). */
export async function deleteEventsTexts(keys: readonly string[]): Promise<void> {
  if (!keys.length) return;
  try {
    const db = await open();
    const tx = db.transaction(STORE, 'readwrite');
    await Promise.all([...keys.map((k) => tx.store.delete(k)), tx.done]);
  } catch {
    // Left for the next sweep.
  }
}
