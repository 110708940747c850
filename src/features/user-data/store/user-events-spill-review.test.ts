import { backupKeys } from '../model/user-events-backups';
import { pointerText, readPointer } from '../model/user-events-pointer';
import { USER_EVENTS_KEY } from '../model/user-events-storage';
import type { KrwEvent } from '../../events/model/event-schema';
import { readEventsRecord, writeEventsText } from './user-events-db';
import { reloadUserEventsStore, storedEventsRead } from './user-events-store';
import { writesSettled } from './user-events-writer';
import { en, ev, freshSpillWorldEachTest, ids, many, NONE, store, world } from './spill-test-kit';

/*
 * Review of the spill to IndexedDB: ways a set could be lost. Every event here is SYNTHETIC.
 * The harness of the other spill tests (spill-test-kit.ts: MemoryStorage on a stubbed `window`,
 * a fresh fake-indexeddb per test).
 */

freshSpillWorldEachTest();

/** Every stored text the app can still reach: the key's and the backups', a pointer read through to its record. */
async function reachableTexts(): Promise<string[]> {
  const texts: string[] = [];
  for (const k of [USER_EVENTS_KEY, ...backupKeys(world.local)]) {
    const t = world.local.getItem(k);
    if (t === null) continue;
    const p = readPointer(t);
    if (!p) texts.push(t);
    else {
      const r = await readEventsRecord(p.key);
      if (r.ok) texts.push(await r.record.text.text());
    }
  }
  return texts;
}

/** Another tab writes a large set: its record, then its pointer (as its writer does). */
async function otherTabWritesLargeSet(events: KrwEvent[], key: string): Promise<void> {
  const text = JSON.stringify({ version: 1, events });
  expect((await writeEventsText(key, text, events.length)).ok).toBe(true);
  world.local.setItem(USER_EVENTS_KEY, pointerText({ key, count: events.length, chars: text.length }));
}


describe('two tabs, one of them writing a large set', () => {
  it('a change made in this tab while it still reads the large set another tab just saved never deletes that set', async () => {
    store().mergeImported(many(3, 'mine'), NONE);
    // Another tab imports 600 events; this tab gets the `storage` event and starts reading them.
    await otherTabWritesLargeSet(many(600, 'other'), '2026-12-03T18:00:00.000Z~othr00');
    reloadUserEventsStore();
    // The user acts in this tab before the read is done (the page still shows its 3 events).
    store().remove('mine-0000');
    await writesSettled();
    await storedEventsRead();
    // The other tab's 600 events must still be somewhere the app can reach (the key or a backup).
    const texts = await reachableTexts();
    expect(texts.some((t) => t.includes('"other-0599"'))).toBe(true);
    // And the user is told where they are.
    expect(store().takeNotices().map((m) => en(m))).toContainEqual(expect.stringMatching(/^Another tab had just saved 600 events .*backup "krw-lens:user-events\.backup:/));
  });

  it('an import in this tab that ends while it still reads the large set another tab just saved never deletes that set', async () => {
    store().mergeImported(many(3, 'mine'), NONE);
    let otherTab: Promise<void> | null = null;
    // Another tab saves 600 events while this tab's import is being made; this tab gets the `storage` event.
    const pause = async () => {
      otherTab ??= otherTabWritesLargeSet(many(600, 'other'), '2026-12-03T18:00:00.000Z~othr00').then(reloadUserEventsStore);
      await otherTab;
    };
    await store().mergeImportedAsync([ev('imported')], NONE, pause);
    await writesSettled();
    await storedEventsRead();
    const texts = await reachableTexts();
    expect(texts.some((t) => t.includes('"other-0599"'))).toBe(true);
  });

  /** While this tab's record is being put into IndexedDB, another tab saves `write()` (once). */
  function otherTabWritesDuringPut(write: () => Promise<void> | void) {
    const put = IDBObjectStore.prototype.put;
    let done = false;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (!done) {
        done = true;
        void write();
      }
      return put.apply(this, args);
    });
  }

  it('a small set another tab saves while this tab writes a large one is not written over without a backup', async () => {
    const theirs = JSON.stringify({ version: 1, events: many(2, 'theirs') });
    otherTabWritesDuringPut(() => world.local.setItem(USER_EVENTS_KEY, theirs));
    store().mergeImported(many(600), NONE);
    await writesSettled();
    expect(readPointer(world.local.getItem(USER_EVENTS_KEY))?.count).toBe(600);
    const texts = await reachableTexts();
    expect(texts.some((t) => t.includes('"theirs-0001"'))).toBe(true);
  });

  it('a large set another tab saves while this tab writes a large one is not deleted', async () => {
    // The other tab's record is complete; its pointer is written while this tab's record is put.
    const other = JSON.stringify({ version: 1, events: many(600, 'other') });
    expect((await writeEventsText('2026-12-03T18:00:00.000Z~othr00', other, 600)).ok).toBe(true);
    otherTabWritesDuringPut(() => world.local.setItem(USER_EVENTS_KEY, pointerText({ key: '2026-12-03T18:00:00.000Z~othr00', count: 600, chars: other.length })));
    store().mergeImported(many(600), NONE);
    await writesSettled();
    const texts = await reachableTexts();
    expect(texts.some((t) => t.includes('"other-0599"'))).toBe(true);
  });

  it('a small write waiting behind this tab’s large one does not delete the large set another tab saved meanwhile', async () => {
    store().mergeImported(many(600), NONE);
    await writesSettled();
    const other = JSON.stringify({ version: 1, events: many(600, 'other') });
    expect((await writeEventsText('2026-12-03T18:00:00.000Z~othr00', other, 600)).ok).toBe(true);
    otherTabWritesDuringPut(() => {
      world.local.setItem(USER_EVENTS_KEY, pointerText({ key: '2026-12-03T18:00:00.000Z~othr00', count: 600, chars: other.length }));
      // Meanwhile the user restores a small set here: it waits for the large write, then goes to localStorage.
      void Promise.resolve().then(() => store().replaceWithRestored(many(3, 'restored')));
    });
    store().remove('big-0000'); // a large write: into IndexedDB (the other tab saves meanwhile)
    await writesSettled();
    expect(ids(store().events)).toEqual(['restored-0000', 'restored-0001', 'restored-0002']);
    const texts = await reachableTexts();
    expect(texts.some((t) => t.includes('"other-0599"'))).toBe(true);
  });
});
