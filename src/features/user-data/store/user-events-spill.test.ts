import { BACKUP_KEY_PREFIX } from '../model/user-events-backups';
import { readPointer, SPILL_LIMIT } from '../model/user-events-pointer';
import { USER_EVENTS_KEY } from '../model/user-events-storage';
import { listEventsTextKeys } from './user-events-db';
import { backUp, setStoredEventsAside } from './user-events-persistence';
import { initUserEventsStore, resetUserEventsStore } from './user-events-store';
import { askBeforeLeavingWhileWriting, writesSettled } from './user-events-writer';
import { en, ev, eventsOf, freshSpillWorldEachTest, ids, many, NONE, pointer, recordText, store, world } from './spill-test-kit';

// Writing a large set: the record in IndexedDB first, then the pointer; never a loss on the way (spill-test-kit.ts).
freshSpillWorldEachTest();

describe('a large set of user events spills to IndexedDB', () => {
  it('writes the record first and the pointer only once it is complete; the page says "not saved" until then', async () => {
    const events = many(600);
    store().mergeImported(events, NONE);
    // The text is over the limit: nothing in localStorage yet, the write is under way.
    expect(world.local.getItem(USER_EVENTS_KEY)).toBeNull();
    expect(store().unsaved).toBe(true);
    expect(en(store().unsavedWhy)).toMatch(/still being written/);
    await writesSettled();
    expect(store().unsaved).toBe(false);
    const p = pointer();
    expect(p).toMatchObject({ version: 2, in: 'indexeddb', count: 600 });
    expect(world.local.getItem(USER_EVENTS_KEY)!.length).toBeLessThan(200);
    const text = await recordText(p!.key);
    expect(text!.length).toBe(p!.chars);
    expect(text!.length).toBeGreaterThan(SPILL_LIMIT);
    expect(eventsOf(text!)).toEqual({ version: 1, events });
  });

  it('asks before the page goes while a large write is under way, and not once it is done or for a set that fits', async () => {
    const leaving = () => {
      const e = { returnValue: undefined as unknown, preventDefault: vi.fn() };
      return { asked: askBeforeLeavingWhileWriting(e as unknown as BeforeUnloadEvent), e };
    };
    store().mergeImported(many(3, 'small'), NONE); // fits: written at once
    expect(leaving().asked).toBe(false);
    store().mergeImported(many(600), NONE); // over the limit: into IndexedDB, then the pointer
    const during = leaving();
    expect(during.asked).toBe(true);
    expect(during.e.preventDefault).toHaveBeenCalledTimes(1);
    expect(during.e.returnValue).toBe('');
    await writesSettled();
    expect(pointer()).toMatchObject({ count: 603 });
    expect(leaving().asked).toBe(false);
  });

  it('leaves localStorage untouched when the record’s transaction aborts after its put succeeded', async () => {
    store().mergeImported(many(3, 'small'), NONE);
    const before = world.local.getItem(USER_EVENTS_KEY);
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      const req = put.apply(this, args);
      req.addEventListener('success', () => this.transaction.abort());
      return req;
    });
    store().mergeImported(many(600), NONE);
    await writesSettled();
    expect(world.local.getItem(USER_EVENTS_KEY)).toBe(before);
    expect(await listEventsTextKeys()).toEqual([]);
    expect(store().unsaved).toBe(true);
  });

  it('keeps the events in the page and localStorage as it was when IndexedDB refuses the write', async () => {
    store().mergeImported(many(3, 'small'), NONE);
    const before = world.local.getItem(USER_EVENTS_KEY);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    store().takeNotices();
    store().mergeImported(many(600), NONE);
    await writesSettled();
    expect(world.local.getItem(USER_EVENTS_KEY)).toBe(before);
    expect(store().events).toHaveLength(603);
    expect(store().unsaved).toBe(true);
    expect(en(store().unsavedWhy)).toMatch(/storage for the app is full/);
    expect(store().takeNotices().map(en)).toEqual([expect.stringMatching(/^Your events could not be saved \(this browser's storage for the app is full\)/)]);
  });

  it('going back under the limit writes localStorage first, then deletes the record', async () => {
    store().mergeImported(many(600), NONE);
    await writesSettled();
    const { key } = pointer()!;
    // A removal that does not fit in localStorage's room: the pointer and its record stay.
    const setItem = vi.spyOn(world.local, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    store().replaceWithRestored(store().events.slice(0, 3));
    await writesSettled();
    expect(pointer()?.key).toBe(key);
    expect(await recordText(key)).not.toBeNull();
    setItem.mockRestore();
    // Now it fits: written at once, in the same task; the record goes afterwards.
    store().remove(store().events[0]!.id);
    expect(eventsOf(world.local.getItem(USER_EVENTS_KEY)!).events.map((e) => e.id)).toEqual(['big-0001', 'big-0002']);
    expect(store().unsaved).toBe(false);
    await writesSettled();
    expect(await listEventsTextKeys()).toEqual([]);
  });

  it('clears a spilled set: the key is removed and the record deleted afterwards', async () => {
    store().mergeImported(many(600), NONE);
    await writesSettled();
    store().clear();
    expect(world.local.getItem(USER_EVENTS_KEY)).toBeNull();
    await writesSettled();
    expect(await listEventsTextKeys()).toEqual([]);
  });

  it('keeps a record a backup points to; deletes the one it replaced otherwise', async () => {
    store().mergeImported(many(600), NONE);
    await writesSettled();
    const first = pointer()!.key;
    // A copy of the key's text (the pointer) kept as a backup, as a restore does before it replaces the events.
    expect(backUp(world.local.getItem(USER_EVENTS_KEY)!).ok).toBe(true);
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
    const backupKey = [...world.local.map.keys()].find((k) => k.startsWith(BACKUP_KEY_PREFIX))!;
    expect(readPointer(world.local.getItem(backupKey))?.key).toBe(aside);
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
    expect(world.local.getItem(USER_EVENTS_KEY)).toBeNull();
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

});
