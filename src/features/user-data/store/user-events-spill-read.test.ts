import { BACKUP_KEY_PREFIX } from '../model/user-events-backups';
import { pointerText, readPointer } from '../model/user-events-pointer';
import { readUserEvents, USER_EVENTS_KEY } from '../model/user-events-storage';
import { writeEventsText } from './user-events-db';
import { restoreBackup, restoreBackupAsync } from './restore-backup';
import { downloadableText, setStoredEventsAside } from './user-events-persistence';
import { initUserEventsStore, reloadUserEventsStore, resetUserEventsStore, storedEventsRead } from './user-events-store';
import { writesSettled } from './user-events-writer';
import { en, ev, eventsOf, freshSpillWorldEachTest, ids, many, NONE, pointer, QuotaStorage, recordText, setStorages, store, world } from './spill-test-kit';

// Reading a large set back from IndexedDB, and backups that point to one (spill-test-kit.ts).
freshSpillWorldEachTest();

describe('a large set of user events read from IndexedDB', () => {
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
    world.local.setItem(USER_EVENTS_KEY, pointerText({ key: '2026-12-03T00:00:00.000Z~tab000', count: 601, chars: text.length }));
    reloadUserEventsStore();
    await storedEventsRead();
    expect(ids(store().events)).toEqual(ids(other));
  });

  it('says so when the record is missing, and never writes over the pointer', async () => {
    const p = pointerText({ key: '2026-12-01T00:00:00.000Z~gone00', count: 12_345, chars: 2_000_000 });
    world.local.setItem(USER_EVENTS_KEY, p);
    resetUserEventsStore();
    initUserEventsStore();
    await storedEventsRead();
    expect(store().events).toEqual([]);
    expect(store().save).toEqual({ mode: 'session', reason: 'spill-unreadable' });
    expect(store().takeNotices().map(en)).toEqual([expect.stringMatching(/^Your saved events \(12345, kept in this browser's IndexedDB\) could not be found there/)]);
    store().saveOne(ev('typed'), null);
    store().clear();
    await writesSettled();
    expect(world.local.getItem(USER_EVENTS_KEY)).toBe(p);
  });

  it('follows the key when its record went meanwhile: another tab replaced the set between the two reads', async () => {
    const other = many(601, 'tab');
    const text = JSON.stringify({ version: 1, events: other });
    await writeEventsText('2026-12-03T00:00:00.000Z~new000', text, 601);
    world.local.setItem(USER_EVENTS_KEY, pointerText({ key: '2026-12-01T00:00:00.000Z~old000', count: 600, chars: 2_000_000 }));
    resetUserEventsStore();
    initUserEventsStore();
    // Before the record is read: the other tab's new pointer (its old record already deleted).
    world.local.setItem(USER_EVENTS_KEY, pointerText({ key: '2026-12-03T00:00:00.000Z~new000', count: 601, chars: text.length }));
    await storedEventsRead();
    expect(ids(store().events)).toEqual(ids(other));
    expect(store().save).toEqual({ mode: 'saved' });
    expect(store().takeNotices()).toEqual([]);
  });

  it('says so when the record is not the text the pointer names (its length differs)', async () => {
    const text = JSON.stringify({ version: 1, events: many(600) });
    await writeEventsText('2026-12-01T00:00:00.000Z~cut000', text.slice(0, 1_600_000), 600);
    const p = pointerText({ key: '2026-12-01T00:00:00.000Z~cut000', count: 600, chars: text.length });
    world.local.setItem(USER_EVENTS_KEY, p);
    resetUserEventsStore();
    initUserEventsStore();
    await storedEventsRead();
    expect(store().save).toEqual({ mode: 'session', reason: 'spill-unreadable' });
    expect(store().takeNotices().map(en)).toEqual([expect.stringMatching(/could not be read \(1600000 characters, \d+ expected\)/)]);
    store().saveOne(ev('typed'), null);
    await writesSettled();
    expect(world.local.getItem(USER_EVENTS_KEY)).toBe(p);
  });

  it('leaves damaged spilled text alone when its backup does not fit in localStorage (session, notice)', async () => {
    const text = JSON.stringify({ version: 1, events: many(600) });
    const cut = text.slice(0, text.length - 5_000); // cut in the last items
    await writeEventsText('2026-12-01T00:00:00.000Z~dmg000', cut, 600);
    setStorages(new QuotaStorage(1_000_000));
    const p = pointerText({ key: '2026-12-01T00:00:00.000Z~dmg000', count: 600, chars: cut.length });
    world.local.setItem(USER_EVENTS_KEY, p);
    resetUserEventsStore();
    initUserEventsStore();
    await storedEventsRead();
    expect(store().events.length).toBeGreaterThan(590);
    expect(store().save).toEqual({ mode: 'session', reason: 'backup-failed' });
    expect(store().takeNotices().map(en).at(-1)).toMatch(/^The damaged data is left as it is: your damaged saved events could not be backed up/);
    store().remove(store().events[0]!.id);
    await writesSettled();
    expect(world.local.getItem(USER_EVENTS_KEY)).toBe(p);
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
    const backupKey = [...world.local.map.keys()].find((k) => k.startsWith(BACKUP_KEY_PREFIX))!;
    resetUserEventsStore();
    initUserEventsStore();
    expect(store().events).toEqual([]);
    const data = await downloadableText(world.local.getItem(backupKey)!);
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
    setStorages(new QuotaStorage(1_000_000));
    resetUserEventsStore();
    initUserEventsStore();
    store().mergeImported(many(600), NONE);
    await writesSettled();
    const spilled = world.local.getItem(USER_EVENTS_KEY)!;
    world.local.setItem(`${BACKUP_KEY_PREFIX}2026-12-01T00:00:00.000Z`, JSON.stringify({ version: 1, events: [ev('old-1')] }));
    const res = restoreBackup(`${BACKUP_KEY_PREFIX}2026-12-01T00:00:00.000Z`);
    expect(res).toEqual({ ok: true, restored: 1, notSaved: null });
    expect(ids(store().events)).toEqual(['old-1']);
    const kept = [...world.local.map.entries()].filter(([k]) => k.startsWith(BACKUP_KEY_PREFIX)).map(([, v]) => v);
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
