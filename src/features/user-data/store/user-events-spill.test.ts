import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { KrwEvent } from '../../events/model/event-schema';
import { translate } from '../../../i18n/i18n';
import { MemoryStorage } from '../../../lib/memory-storage';
import { BACKUP_KEY_PREFIX } from '../model/user-events-backups';
import { pointerText, readPointer, SPILL_LIMIT } from '../model/user-events-pointer';
import { readUserEvents, USER_EVENTS_KEY } from '../model/user-events-storage';
import { forgetEventsDb, listEventsTextKeys, readEventsRecord, writeEventsText } from './user-events-db';
import { restoreBackup, restoreBackupAsync } from './restore-backup';
import { backUp, downloadableText, setStoredEventsAside } from './user-events-persistence';
import { initUserEventsStore, reloadUserEventsStore, resetUserEventsStore, storedEventsRead, useUserEventsStore } from './user-events-store';
import { writesSettled } from './user-events-writer';

/*
 * Large sets spill to IndexedDB (model/user-events-pointer.ts). Every event here is SYNTHETIC.
 * Node project: localStorage and sessionStorage are MemoryStorage on a stubbed `window`, IndexedDB
 * is fake-indexeddb (a fresh factory per test).
 */

/** Web Storage with a quota (characters of keys and values in all), as a browser's. */
class QuotaStorage extends MemoryStorage {
  constructor(private readonly quota: number) {
    super();
  }
  setItem(k: string, v: string): void {
    let used = k.length + v.length;
    for (const [key, value] of this.map) if (key !== k) used += key.length + value.length;
    if (used > this.quota) throw new DOMException('full', 'QuotaExceededError');
    super.setItem(k, v);
  }
}

const SUMMARY = 'Synthetic summary. '.repeat(160).trim(); // ~3,000 characters
const ev = (id: string): KrwEvent => ({
  id, date: '2016-01-06', timezone: 'Asia/Seoul', category: 'sanction', actor: 'UN', title: `Synthetic ${id}`, summary: SUMMARY, source_url: 'https://a.org/',
});
/** `n` events; 600 of them make a stored text of ~1.9 M characters, over SPILL_LIMIT. */
const many = (n: number, prefix = 'big') => Array.from({ length: n }, (_, i) => ev(`${prefix}-${String(i).padStart(4, '0')}`));
const NONE = new Set<string>();

let local: MemoryStorage;
let session: MemoryStorage;
const store = () => useUserEventsStore.getState();
const ids = (events: readonly KrwEvent[]) => events.map((e) => e.id);
const en = (m: Parameters<typeof translate>[0] | null) => (m === null ? null : translate(m));
/** The events a stored text holds, read as the version-1 JSON it is (not through the app's reader). */
const eventsOf = (text: string) => (JSON.parse(text) as { version: number; events: KrwEvent[] });
async function recordText(key: string): Promise<string | null> {
  const r = await readEventsRecord(key);
  return r.ok ? r.record.text.text() : null;
}
const pointer = () => readPointer(local.getItem(USER_EVENTS_KEY));

function useStorage(s: MemoryStorage) {
  local = s;
  session = new MemoryStorage();
  vi.stubGlobal('window', { localStorage: local, sessionStorage: session });
}

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
  forgetEventsDb();
  useStorage(new MemoryStorage());
  resetUserEventsStore();
  initUserEventsStore();
});
afterEach(async () => {
  await writesSettled();
  resetUserEventsStore();
  forgetEventsDb();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('a large set of user events spills to IndexedDB', () => {
  it('writes the record first and the pointer only once it is complete; the page says "not saved" until then', async () => {
    const events = many(600);
    store().mergeImported(events, NONE);
    // The text is over the limit: nothing in localStorage yet, the write is under way.
    expect(local.getItem(USER_EVENTS_KEY)).toBeNull();
    expect(store().unsaved).toBe(true);
    expect(en(store().unsavedWhy)).toMatch(/still being written/);
    await writesSettled();
    expect(store().unsaved).toBe(false);
    const p = pointer();
    expect(p).toMatchObject({ version: 2, in: 'indexeddb', count: 600 });
    expect(local.getItem(USER_EVENTS_KEY)!.length).toBeLessThan(200);
    const text = await recordText(p!.key);
    expect(text!.length).toBe(p!.chars);
    expect(text!.length).toBeGreaterThan(SPILL_LIMIT);
    expect(eventsOf(text!)).toEqual({ version: 1, events });
  });

  it('leaves localStorage untouched when the record’s transaction aborts after its put succeeded', async () => {
    store().mergeImported(many(3, 'small'), NONE);
    const before = local.getItem(USER_EVENTS_KEY);
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      const req = put.apply(this, args);
      req.addEventListener('success', () => this.transaction.abort());
      return req;
    });
    store().mergeImported(many(600), NONE);
    await writesSettled();
    expect(local.getItem(USER_EVENTS_KEY)).toBe(before);
    expect(await listEventsTextKeys()).toEqual([]);
    expect(store().unsaved).toBe(true);
  });

  it('reads the set back from the pointer at the next start: the same events, saved', async () => {
    const events = many(600);
    store().mergeImported(events, NONE);
    await writesSettled();
    resetUserEventsStore();
    initUserEventsStore();
    // Until the record is read the store holds nothing and writes nothing.
    expect(store().events).toEqual([]);
    expect(store().save).toEqual({ mode: 'session', reason: 'read-only' });
    await storedEventsRead();
    expect(store().events).toEqual(events);
    expect(store().save).toEqual({ mode: 'saved' });
    expect(store().takeNotices()).toEqual([]);
  });

  it('reads it read-only in the embedded view, and again when another tab wrote a new set', async () => {
    store().mergeImported(many(600), NONE);
    await writesSettled();
    resetUserEventsStore();
    initUserEventsStore({ readOnly: true });
    await storedEventsRead();
    expect(store().events).toHaveLength(600);
    expect(store().save).toEqual({ mode: 'session', reason: 'read-only' });
    // Another tab: a new record and its pointer.
    const other = many(601, 'tab');
    const text = JSON.stringify({ version: 1, events: other });
    expect((await writeEventsText('2026-12-03T00:00:00.000Z~tab000', text, 601)).ok).toBe(true);
    local.setItem(USER_EVENTS_KEY, pointerText({ key: '2026-12-03T00:00:00.000Z~tab000', count: 601, chars: text.length }));
    reloadUserEventsStore();
    await storedEventsRead();
    expect(ids(store().events)).toEqual(ids(other));
  });

  it('keeps the events in the page and localStorage as it was when IndexedDB refuses the write', async () => {
    store().mergeImported(many(3, 'small'), NONE);
    const before = local.getItem(USER_EVENTS_KEY);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    store().takeNotices();
    store().mergeImported(many(600), NONE);
    await writesSettled();
    expect(local.getItem(USER_EVENTS_KEY)).toBe(before);
    expect(store().events).toHaveLength(603);
    expect(store().unsaved).toBe(true);
    expect(en(store().unsavedWhy)).toMatch(/storage for the app is full/);
    expect(store().takeNotices().map(en)).toEqual([expect.stringMatching(/^Your events could not be saved \(this browser's storage for the app is full\)/)]);
  });

  it('says so when the record is missing, and never writes over the pointer', async () => {
    const p = pointerText({ key: '2026-12-01T00:00:00.000Z~gone00', count: 12_345, chars: 2_000_000 });
    local.setItem(USER_EVENTS_KEY, p);
    resetUserEventsStore();
    initUserEventsStore();
    await storedEventsRead();
    expect(store().events).toEqual([]);
    expect(store().save).toEqual({ mode: 'session', reason: 'spill-unreadable' });
    expect(store().takeNotices().map(en)).toEqual([expect.stringMatching(/^Your saved events \(12345, kept in this browser's IndexedDB\) could not be found there/)]);
    store().saveOne(ev('typed'), null);
    store().clear();
    await writesSettled();
    expect(local.getItem(USER_EVENTS_KEY)).toBe(p);
  });

  it('follows the key when its record went meanwhile: another tab replaced the set between the two reads', async () => {
    const other = many(601, 'tab');
    const text = JSON.stringify({ version: 1, events: other });
    await writeEventsText('2026-12-03T00:00:00.000Z~new000', text, 601);
    local.setItem(USER_EVENTS_KEY, pointerText({ key: '2026-12-01T00:00:00.000Z~old000', count: 600, chars: 2_000_000 }));
    resetUserEventsStore();
    initUserEventsStore();
    // Before the record is read: the other tab's new pointer (its old record already deleted).
    local.setItem(USER_EVENTS_KEY, pointerText({ key: '2026-12-03T00:00:00.000Z~new000', count: 601, chars: text.length }));
    await storedEventsRead();
    expect(ids(store().events)).toEqual(ids(other));
    expect(store().save).toEqual({ mode: 'saved' });
    expect(store().takeNotices()).toEqual([]);
  });

  it('says so when the record is not the text the pointer names (its length differs)', async () => {
    const text = JSON.stringify({ version: 1, events: many(600) });
    await writeEventsText('2026-12-01T00:00:00.000Z~cut000', text.slice(0, 1_600_000), 600);
    const p = pointerText({ key: '2026-12-01T00:00:00.000Z~cut000', count: 600, chars: text.length });
    local.setItem(USER_EVENTS_KEY, p);
    resetUserEventsStore();
    initUserEventsStore();
    await storedEventsRead();
    expect(store().save).toEqual({ mode: 'session', reason: 'spill-unreadable' });
    expect(store().takeNotices().map(en)).toEqual([expect.stringMatching(/could not be read \(1600000 characters, \d+ expected\)/)]);
    store().saveOne(ev('typed'), null);
    await writesSettled();
    expect(local.getItem(USER_EVENTS_KEY)).toBe(p);
  });

  it('going back under the limit writes localStorage first, then deletes the record', async () => {
    store().mergeImported(many(600), NONE);
    await writesSettled();
    const { key } = pointer()!;
    // A removal that does not fit in localStorage's room: the pointer and its record stay.
    const setItem = vi.spyOn(local, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    store().replaceWithRestored(store().events.slice(0, 3));
    await writesSettled();
    expect(pointer()?.key).toBe(key);
    expect(await recordText(key)).not.toBeNull();
    setItem.mockRestore();
    // Now it fits: written at once, in the same task; the record goes afterwards.
    store().remove(store().events[0]!.id);
    expect(eventsOf(local.getItem(USER_EVENTS_KEY)!).events.map((e) => e.id)).toEqual(['big-0001', 'big-0002']);
    expect(store().unsaved).toBe(false);
    await writesSettled();
    expect(await listEventsTextKeys()).toEqual([]);
  });

  it('clears a spilled set: the key is removed and the record deleted afterwards', async () => {
    store().mergeImported(many(600), NONE);
    await writesSettled();
    store().clear();
    expect(local.getItem(USER_EVENTS_KEY)).toBeNull();
    await writesSettled();
    expect(await listEventsTextKeys()).toEqual([]);
  });

  it('keeps a record a backup points to; deletes the one it replaced otherwise', async () => {
    store().mergeImported(many(600), NONE);
    await writesSettled();
    const first = pointer()!.key;
    // A copy of the key's text (the pointer) kept as a backup, as a restore does before it replaces the events.
    expect(backUp(local.getItem(USER_EVENTS_KEY)!).ok).toBe(true);
    store().remove('big-0000');
    await writesSettled();
    const second = pointer()!.key;
    expect(second).not.toBe(first);
    expect(await recordText(first)).not.toBeNull();
    store().remove('big-0001');
    await writesSettled();
    // The second record had no backup: replaced, it went; the first stays.
    expect((await listEventsTextKeys()).sort()).toEqual([first, pointer()!.key].sort());
  });

  it('"Start without them" moves the pointer aside: its record stays, through later writes', async () => {
    store().mergeImported(many(600), NONE);
    await writesSettled();
    const aside = pointer()!.key;
    expect(setStoredEventsAside()).toBe(true);
    const backupKey = [...local.map.keys()].find((k) => k.startsWith(BACKUP_KEY_PREFIX))!;
    expect(readPointer(local.getItem(backupKey))?.key).toBe(aside);
    resetUserEventsStore();
    initUserEventsStore();
    store().mergeImported(many(600, 'new'), NONE);
    await writesSettled();
    store().clear();
    await writesSettled();
    expect(await listEventsTextKeys()).toEqual([aside]);
  });

  it('writes one at a time, the latest last: two quick changes leave the second, and one record', async () => {
    store().mergeImported(many(600), NONE);
    store().remove('big-0005');
    store().saveOne(ev('typed'), null);
    await writesSettled();
    const p = pointer()!;
    const text = await recordText(p.key);
    expect(eventsOf(text!).events.map((e) => e.id)).toEqual(ids(store().events));
    expect(ids(store().events)).not.toContain('big-0005');
    expect(ids(store().events).at(-1)).toBe('typed');
    expect(await listEventsTextKeys()).toEqual([p.key]);
    expect(store().unsaved).toBe(false);
  });

  it('a Clear right after a large change waits for its write: the earlier write never lands over it', async () => {
    store().mergeImported(many(600), NONE);
    store().clear();
    // The clear waits its turn (the large write is under way); the large write, superseded, writes no pointer.
    await writesSettled();
    expect(local.getItem(USER_EVENTS_KEY)).toBeNull();
    expect(await listEventsTextKeys()).toEqual([]);
    expect(store().events).toEqual([]);
    expect(store().unsaved).toBe(false);
  });

  it('an import of a large set (mergeImportedAsync) awaits its record and pointer, then the page takes it', async () => {
    const res = await store().mergeImportedAsync(many(600), NONE, () => Promise.resolve());
    expect(res.notSaved).toBeNull();
    expect(pointer()?.count).toBe(600);
    expect(store().events).toHaveLength(600);
    expect(store().unsaved).toBe(false);
  });

  it('leaves damaged spilled text alone when its backup does not fit in localStorage (session, notice)', async () => {
    const text = JSON.stringify({ version: 1, events: many(600) });
    const cut = text.slice(0, text.length - 5_000); // cut in the last items
    await writeEventsText('2026-12-01T00:00:00.000Z~dmg000', cut, 600);
    useStorage(new QuotaStorage(1_000_000));
    const p = pointerText({ key: '2026-12-01T00:00:00.000Z~dmg000', count: 600, chars: cut.length });
    local.setItem(USER_EVENTS_KEY, p);
    resetUserEventsStore();
    initUserEventsStore();
    await storedEventsRead();
    expect(store().events.length).toBeGreaterThan(590);
    expect(store().save).toEqual({ mode: 'session', reason: 'backup-failed' });
    expect(store().takeNotices().map(en).at(-1)).toMatch(/^The damaged data is left as it is: your damaged saved events could not be backed up/);
    store().remove(store().events[0]!.id);
    await writesSettled();
    expect(local.getItem(USER_EVENTS_KEY)).toBe(p);
    expect(await recordText('2026-12-01T00:00:00.000Z~dmg000')).toBe(cut);
  });
});

describe('backups that point to a large set', () => {
  it('"Start without them" and back: Restore reads the set the backup points to; Download gives its text', async () => {
    const events = many(600);
    store().mergeImported(events, NONE);
    await writesSettled();
    const aside = pointer()!;
    expect(setStoredEventsAside()).toBe(true);
    const backupKey = [...local.map.keys()].find((k) => k.startsWith(BACKUP_KEY_PREFIX))!;
    resetUserEventsStore();
    initUserEventsStore();
    expect(store().events).toEqual([]);
    const data = await downloadableText(local.getItem(backupKey)!);
    expect(typeof data === 'string' ? data : await data.text()).toBe(await recordText(aside.key));
    expect(restoreBackup(backupKey)).toMatchObject({ ok: false }); // the pointer alone holds no event
    expect(await restoreBackupAsync(backupKey)).toEqual({ ok: true, restored: 600, notSaved: null });
    expect(store().events).toEqual(events);
    await writesSettled();
    // Saved again as a new record; the backup's record stays.
    expect(pointer()!.key).not.toBe(aside.key);
    expect(eventsOf((await recordText(pointer()!.key))!).events).toEqual(events);
    expect(await recordText(aside.key)).not.toBeNull();
  });

  it('restores a small backup over a saved large set: the pointer is backed up, not the set’s text (no room for it)', async () => {
    useStorage(new QuotaStorage(1_000_000));
    resetUserEventsStore();
    initUserEventsStore();
    store().mergeImported(many(600), NONE);
    await writesSettled();
    const spilled = local.getItem(USER_EVENTS_KEY)!;
    local.setItem(`${BACKUP_KEY_PREFIX}2026-12-01T00:00:00.000Z`, JSON.stringify({ version: 1, events: [ev('old-1')] }));
    const res = restoreBackup(`${BACKUP_KEY_PREFIX}2026-12-01T00:00:00.000Z`);
    expect(res).toEqual({ ok: true, restored: 1, notSaved: null });
    expect(ids(store().events)).toEqual(['old-1']);
    const kept = [...local.map.entries()].filter(([k]) => k.startsWith(BACKUP_KEY_PREFIX)).map(([, v]) => v);
    expect(kept).toContain(spilled);
    await writesSettled();
    expect(await recordText(readPointer(spilled)!.key)).not.toBeNull();
  });
});

describe('the pointer, read by an app that knows only version 1', () => {
  it('is "written by a newer version": kept, never written over', () => {
    const read = readUserEvents(pointerText({ key: 'k', count: 3, chars: 10 }));
    expect(read.stored).toBe('keep');
    expect(read.events).toEqual([]);
    expect(read.problems.map(en)).toEqual([expect.stringMatching(/newer version of KRW Event Lens \(format 2\)/)]);
  });
});
