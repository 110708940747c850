import type { KeyValueStorage } from './user-events-backups';
import { backupKeys } from './user-events-backups';

/**
 * Large sets spill to IndexedDB. The stored text of the user's events is made as always
 * (`writeUserEvents`, version 1). When it is longer than SPILL_LIMIT characters it does not go into
 * `localStorage` (~5 M characters for the whole origin): it is written to IndexedDB under a key of
 * its own (a stamp, new for every write), and once that write is complete the events' key
 * (`krw-lens:user-events`) gets a small pointer:
 *
 *     {"version":2,"in":"indexeddb","key":"<stamp>","count":N,"chars":L}
 *
 * An app that knows only version 1 reads a version it does not know as "written by a newer
 * version": it keeps it and never writes over it. A backup may hold a pointer too ("Start without
 * them" moves the key's text aside as it is): a record is deleted only when neither the events'
 * key nor any backup points to it.
 */
export const SPILL_LIMIT = 1_500_000;
export const POINTER_VERSION = 2;

export interface SpillPointer {
  version: typeof POINTER_VERSION;
  in: 'indexeddb';
  /** The record's key in the IndexedDB store (a stamp). */
  key: string;
  /** Events in the text (as written). */
  count: number;
  /** Characters of the text. */
  chars: number;
}

/** A pointer is small: stored text longer than this is never read as one (and never parsed here). */
const MAX_POINTER_CHARS = 512;

export function pointerText(p: Omit<SpillPointer, 'version' | 'in'>): string {
  return JSON.stringify({ version: POINTER_VERSION, in: 'indexeddb', key: p.key, count: p.count, chars: p.chars });
}

function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

/** The pointer `text` holds, or null (any other text, including events). Never throws. */
export function readPointer(text: string | null): SpillPointer | null {
  if (text === null || text.length > MAX_POINTER_CHARS || !text.includes('"indexeddb"')) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (r.version !== POINTER_VERSION || r.in !== 'indexeddb' || typeof r.key !== 'string' || r.key === '' || !isCount(r.count) || !isCount(r.chars)) return null;
  return { version: POINTER_VERSION, in: 'indexeddb', key: r.key, count: r.count, chars: r.chars };
}

/**
 * A key for a new record: the time it was written (to tell old records from ones another tab
 * is writing right now) and a random part (two tabs writing in the same millisecond).
 */
export function newSpillKey(now: Date, random: () => number = Math.random): string {
  return `${now.toISOString()}~${Math.floor(random() * 36 ** 6).toString(36).padStart(6, '0')}`;
}

/** When the record of `key` was written (ms), or null for a key not made by newSpillKey. */
export function spillKeyTime(key: string): number | null {
  const t = Date.parse(key.split('~')[0] ?? '');
  return Number.isNaN(t) ? null : t;
}

/** Record keys still pointed to: by the events' key (`current`, its text) and by every backup. */
export function pointedKeys(s: KeyValueStorage, current: string | null): Set<string> {
  const keys = new Set<string>();
  const p = readPointer(current);
  if (p) keys.add(p.key);
  for (const k of backupKeys(s)) {
    const b = readPointer(s.getItem(k));
    if (b) keys.add(b.key);
  }
  return keys;
}
