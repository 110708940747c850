import { msg, type Msg } from '../../../i18n/message';
import { newSpillKey, pointedKeys, pointerText, readPointer, spillKeyTime, SPILL_LIMIT } from '../model/user-events-pointer';
import { USER_EVENTS_KEY } from '../model/user-events-storage';
import { deleteEventsTexts, listEventsTextKeys, writeEventsText } from './user-events-db-lazy';
import { sessionWhy } from './user-events-notices';
import { backUp, storage, writeFailure } from './user-events-persistence';

/**
 * Writes the stored text of the user's events: into `localStorage` as always when it has at most
 * SPILL_LIMIT characters, else into IndexedDB and then a pointer into `localStorage`
 * (model/user-events-pointer.ts). One write at a time: while an IndexedDB write is under way, later
 * writes wait for it (in order; one superseded by a newer before its turn is skipped: the latest
 * wins). A text that fits, with nothing under way, is written at once, in the caller's task.
 */

/** Why a write was not done: a newer one came first, or the caller no longer wants it (the store was reset). */
export const SUPERSEDED = 'superseded';
export type WriteOutcome = Msg | null | typeof SUPERSEDED;

export type Written =
  /** Done in the caller's task: why it failed, or null. */
  | { now: Msg | null }
  /** Done later: `seq` tells whether it is still the latest write (latestWrite()) when it settles. */
  | { later: Promise<WriteOutcome>; seq: number };

/** A record no pointer names and older than this is swept (a tab closed between its two writes; a backup dropped). */
export const SWEEP_AGE_MS = 60 * 60 * 1000;

let latest = 0;
let busy = 0;
let tail: Promise<unknown> = Promise.resolve();
let collecting: Promise<void> = Promise.resolve();

/** True while a write is under way or waiting (a large set going to IndexedDB, or one queued behind it). */
export function writePending(): boolean {
  return busy > 0;
}

/**
 * A `beforeunload` handler: while a write is under way, the browser asks before the page goes (a
 * large set takes a second or two to reach IndexedDB; closing the tab meanwhile would lose that last
 * change, the set stored before it staying). Returns whether it asked.
 */
export function askBeforeLeavingWhileWriting(e: Pick<BeforeUnloadEvent, 'preventDefault' | 'returnValue'>): boolean {
  if (!writePending()) return false;
  e.preventDefault();
  e.returnValue = ''; // older browsers ask only when this is set
  return true;
}

/** The sequence number of the latest write asked for. */
export function latestWrite(): number {
  return latest;
}

/** Resolves once every write asked for and every record clean-up begun are done (tests). */
export async function writesSettled(): Promise<void> {
  for (let seen = -1; seen !== latest; ) {
    seen = latest;
    await tail;
    await collecting;
  }
}

/**
 * Once the text of the events' key has been replaced, deletes the records nothing points to any
 * more: the one the key pointed to before (`replaced`), and any older than SWEEP_AGE_MS. Never one
 * the key or a backup points to (checked right before deleting), never one just written by another
 * tab that has not yet written its pointer (those are young).
 */
function collect(replaced: string | null, now = Date.now()): void {
  collecting = collecting.then(async () => {
    try {
      const all = await listEventsTextKeys();
      const s = storage();
      if (!s) return;
      const kept = pointedKeys(s, s.getItem(USER_EVENTS_KEY));
      const gone = all.filter((k) => !kept.has(k) && (k === replaced || (spillKeyTime(k) ?? now) < now - SWEEP_AGE_MS));
      await deleteEventsTexts(gone);
    } catch {
      // A record left behind is only space: the next write sweeps it.
    }
  });
}

/** What the key held before a write: when that was a pointer, its record may go once the write is done. */
function afterReplace(old: string | null, spilled: boolean): void {
  const p = readPointer(old);
  if (p || spilled) collect(p?.key ?? null);
}

/**
 * The key's text as this tab's writes left it (or found it when its writes began to queue): when a
 * queued write finds any other text there, another tab saved it meanwhile (this tab, saving, did not
 * follow it).
 */
let expected: string | null = null;

/** Keeps what another tab saved meanwhile (`current`, not what this tab left) as a backup; why not, when that fails. */
function keepOtherTabs(current: string | null, now: Date): Msg | null {
  if (current === null || current === expected) return null;
  const kept = backUp(current, now);
  return kept.ok ? null : writeFailure(kept.error);
}

/** `queued`: a write that waited its turn (another tab may have saved meanwhile). */
function writeLocal(text: string | null, queued = false): Msg | null {
  const s = storage();
  if (!s) return sessionWhy('no-storage');
  let old: string | null;
  try {
    old = s.getItem(USER_EVENTS_KEY);
    if (queued) {
      const why = keepOtherTabs(old, new Date());
      if (why) return why;
    }
    if (text === null) s.removeItem(USER_EVENTS_KEY);
    else s.setItem(USER_EVENTS_KEY, text);
    expected = text;
  } catch (e) {
    return writeFailure(e);
  }
  afterReplace(old, false);
  return null;
}

/** Why an IndexedDB write failed (a clause). */
function dbFailure(code: string, detail: string): Msg {
  return code === 'quota' ? msg('user-data.save.full') : msg('user-data.save.error', { error: detail });
}

/** The record first, complete; only then the pointer. A record no pointer names is deleted again. */
async function spill(text: string, count: number, wanted: () => boolean, now: () => Date): Promise<WriteOutcome> {
  const key = newSpillKey(now());
  const r = await writeEventsText(key, text, count);
  if (!r.ok) return dbFailure(r.code, r.detail);
  const drop = () => void deleteEventsTexts([key]);
  if (!wanted()) {
    drop();
    return SUPERSEDED;
  }
  const s = storage();
  if (!s) {
    drop();
    return sessionWhy('no-storage');
  }
  let old: string | null;
  try {
    old = s.getItem(USER_EVENTS_KEY);
    const why = keepOtherTabs(old, now());
    if (why) {
      drop();
      return why;
    }
    const p = pointerText({ key, count, chars: text.length });
    s.setItem(USER_EVENTS_KEY, p);
    expected = p;
  } catch (e) {
    drop();
    return writeFailure(e);
  }
  afterReplace(old, true);
  return null;
}

export interface WriteOptions {
  /** Still wanted when its turn comes (false: the store was reset meanwhile). */
  wanted?: () => boolean;
  now?: () => Date;
}

/**
 * Writes `text` (null: nothing stored, the key removed) for `count` events. At once when it fits
 * in localStorage and no write is under way; else after the writes asked for before it.
 */
export function writeStoredText(text: string | null, count: number, opts: WriteOptions = {}): Written {
  const { wanted = () => true, now = () => new Date() } = opts;
  const seq = ++latest;
  const fits = text === null || text.length <= SPILL_LIMIT;
  if (busy === 0 && fits) return { now: writeLocal(text) };
  if (busy === 0) {
    try {
      expected = storage()?.getItem(USER_EVENTS_KEY) ?? null;
    } catch {
      expected = null;
    }
  }
  busy++;
  const run = async (): Promise<WriteOutcome> => {
    if (seq !== latest || !wanted()) return SUPERSEDED;
    if (fits) return writeLocal(text, true);
    return spill(text, count, () => seq === latest && wanted(), now);
  };
  const later = tail.then(run).finally(() => {
    busy--;
  });
  tail = later.catch(() => undefined);
  return { later, seq };
}
