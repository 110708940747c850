import { USER_EVENTS_BACKUP_KEY } from './user-events-storage';

/**
 * Backups of the stored user events: copies of the raw stored text, taken
 * before damaged data is written over, before a restore, and when the app is
 * started without its stored events. Every distinct copy is kept, under
 * `krw-lens:user-events.backup:<ISO time>`, up to MAX_BACKUPS; the single key
 * of older versions (`krw-lens:user-events.backup`) is read as the oldest one.
 */
export const BACKUP_KEY_PREFIX = `${USER_EVENTS_BACKUP_KEY}:`;
export const MAX_BACKUPS = 5;

/** The part of Web Storage this needs (model code has no DOM types). */
export interface KeyValueStorage {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface Backup {
  key: string;
  /** When it was taken (ISO time from its key); null for the old single backup key. */
  savedAt: string | null;
  text: string;
}

export type BackupResult =
  /** `created` is false when an identical copy was already kept (under `key`); `dropped` are the oldest ones removed. */
  | { ok: true; key: string; created: boolean; dropped: string[] }
  | { ok: false; error: unknown };

function isBackupKey(key: string): boolean {
  return key === USER_EVENTS_BACKUP_KEY || key.startsWith(BACKUP_KEY_PREFIX);
}

/** The backup keys, newest first; the old single key last. */
export function backupKeys(s: KeyValueStorage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const k = s.key(i);
    if (k !== null && isBackupKey(k)) keys.push(k);
  }
  return keys.sort((a, b) => (a === USER_EVENTS_BACKUP_KEY ? 1 : b === USER_EVENTS_BACKUP_KEY ? -1 : a < b ? 1 : a > b ? -1 : 0));
}

export function backupTime(key: string): string | null {
  return key.startsWith(BACKUP_KEY_PREFIX) ? key.slice(BACKUP_KEY_PREFIX.length) : null;
}

/** Every backup with its text, newest first. */
export function listBackups(s: KeyValueStorage): Backup[] {
  const out: Backup[] = [];
  for (const key of backupKeys(s)) {
    const text = s.getItem(key);
    if (text !== null) out.push({ key, savedAt: backupTime(key), text });
  }
  return out;
}

/**
 * Keeps `text` as a backup unless an identical one is kept already. The new
 * copy is written and read back before anything is dropped: only then, and
 * only beyond MAX_BACKUPS, are the oldest removed — never one named in `keep`
 * (the backup being restored). Never throws.
 */
export function storeBackup(s: KeyValueStorage, text: string, now: Date, keep: ReadonlySet<string> = new Set()): BackupResult {
  let existing: Backup[];
  try {
    existing = listBackups(s);
  } catch (error) {
    return { ok: false, error };
  }
  const same = existing.find((b) => b.text === text);
  if (same) return { ok: true, key: same.key, created: false, dropped: [] };
  const base = `${BACKUP_KEY_PREFIX}${now.toISOString()}`;
  let key = base;
  for (let n = 2; existing.some((b) => b.key === key); n++) key = `${base}~${n}`;
  try {
    s.setItem(key, text);
    if (s.getItem(key) !== text) {
      s.removeItem(key);
      return { ok: false, error: new Error('the copy did not read back intact') };
    }
  } catch (error) {
    return { ok: false, error };
  }
  // Newest first: the oldest that may go are at the end.
  const excess = existing.length + 1 - MAX_BACKUPS;
  const droppable = existing.filter((b) => !keep.has(b.key));
  const dropped = excess > 0 ? droppable.slice(Math.max(0, droppable.length - excess)).map((b) => b.key) : [];
  try {
    for (const k of dropped) s.removeItem(k);
  } catch {
    // Keeping one more backup than the bound is harmless.
  }
  return { ok: true, key, created: true, dropped };
}

/** A file name for a backup's download: `krw-lens-user-events-backup-2026-12-02T07-30-00Z.json`. */
export function backupFileName(key: string): string {
  const t = backupTime(key);
  return t ? `krw-lens-user-events-backup-${t.replace(/\.\d+Z/, 'Z').replace(/[:~]/g, '-')}.json` : 'krw-lens-user-events-backup.json';
}
