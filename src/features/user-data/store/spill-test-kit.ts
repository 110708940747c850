import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { KrwEvent } from '../../events/model/event-schema';
import { translate } from '../../../i18n/i18n';
import { MemoryStorage } from '../../../lib/memory-storage';
import { readPointer } from '../model/user-events-pointer';
import { USER_EVENTS_KEY } from '../model/user-events-storage';
import { forgetEventsDb, readEventsRecord } from './user-events-db';
import { initUserEventsStore, resetUserEventsStore, useUserEventsStore } from './user-events-store';
import { writesSettled } from './user-events-writer';

/*
 * For the tests of large sets spilled to IndexedDB (model/user-events-pointer.ts). Every event here
 * is SYNTHETIC. Node project: localStorage and sessionStorage are MemoryStorage on a stubbed
 * `window`, IndexedDB is fake-indexeddb (a fresh factory per test).
 */

/** Web Storage with a quota (characters of keys and values in all), as a browser's. */
export class QuotaStorage extends MemoryStorage {
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
export const ev = (id: string): KrwEvent => ({
  id, date: '2016-01-06', timezone: 'Asia/Seoul', category: 'sanction', actor: 'UN', title: `Synthetic ${id}`, summary: SUMMARY, source_url: 'https://a.org/',
});
/** `n` events; 600 of them make a stored text of ~1.9 M characters, over SPILL_LIMIT. */
export const many = (n: number, prefix = 'big') => Array.from({ length: n }, (_, i) => ev(`${prefix}-${String(i).padStart(4, '0')}`));
export const NONE = new Set<string>();

/** The page's storages (replaced by setStorages). */
export const world = { local: new MemoryStorage(), session: new MemoryStorage() };
export const store = () => useUserEventsStore.getState();
export const ids = (events: readonly KrwEvent[]) => events.map((e) => e.id);
export const en = (m: Parameters<typeof translate>[0] | null) => (m === null ? null : translate(m));
/** The events a stored text holds, read as the version-1 JSON it is (not through the app's reader). */
export const eventsOf = (text: string) => JSON.parse(text) as { version: number; events: KrwEvent[] };
export async function recordText(key: string): Promise<string | null> {
  const r = await readEventsRecord(key);
  return r.ok ? r.record.text.text() : null;
}
export const pointer = () => readPointer(world.local.getItem(USER_EVENTS_KEY));

export function setStorages(s: MemoryStorage): void {
  world.local = s;
  world.session = new MemoryStorage();
  vi.stubGlobal('window', { localStorage: world.local, sessionStorage: world.session });
}

/** A fresh IndexedDB, empty storages and an empty, loaded store for each test; every write settled after it. */
export function freshSpillWorldEachTest(): void {
  beforeEach(() => {
    vi.stubGlobal('indexedDB', new IDBFactory());
    forgetEventsDb();
    setStorages(new MemoryStorage());
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
}
