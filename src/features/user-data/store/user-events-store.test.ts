// @vitest-environment jsdom
import type { KrwEvent } from '../../events/model/event-schema';
import { USER_EVENTS_BACKUP_KEY, USER_EVENTS_KEY } from '../model/user-events-storage';
import { reloadUserEventsStore, resetUserEventsStore, useUserEventsStore } from './user-events-store';

const ev = (id: string, title = `Title ${id}`): KrwEvent => ({
  id, date: '2016-01-06', timezone: 'Asia/Seoul', category: 'sanction', actor: 'UN', title, summary: 's', source_url: 'https://a.org/',
});
const NONE = new Set<string>();
const store = () => useUserEventsStore.getState();
const stored = () => JSON.parse(localStorage.getItem(USER_EVENTS_KEY) ?? 'null');

describe('user events store', () => {
  beforeEach(() => {
    localStorage.clear();
    resetUserEventsStore();
  });
  afterEach(() => vi.restoreAllMocks());

  it('adds, replaces and skips by the merge rules, and saves each change as version 1', () => {
    store().mergeImported([ev('mine-a'), ev('mine-b')], NONE);
    const res = store().mergeImported([ev('mine-b', 'B again'), ev('new-c'), ev('built-in')], new Set(['built-in']));
    expect(res).toMatchObject({ added: ['new-c'], replaced: ['mine-b'], skippedBuiltIn: ['built-in'] });
    expect(store().events.map((e) => e.title)).toEqual(['Title mine-a', 'B again', 'Title new-c']);
    expect(stored()).toEqual({ version: 1, events: store().events });
  });

  it('never loses existing events on a re-import', () => {
    store().mergeImported([ev('keep-1'), ev('keep-2')], NONE);
    store().mergeImported([ev('keep-2', 'Updated')], NONE);
    store().mergeImported([], NONE);
    expect(store().events.map((e) => `${e.id}:${e.title}`)).toEqual(['keep-1:Title keep-1', 'keep-2:Updated']);
    expect(stored().events).toHaveLength(2);
  });

  it('removes one event and clears all', () => {
    store().mergeImported([ev('a-1'), ev('a-2')], NONE);
    store().remove('a-1');
    expect(stored().events.map((e: KrwEvent) => e.id)).toEqual(['a-2']);
    store().clear();
    expect(store().events).toEqual([]);
    expect(localStorage.getItem(USER_EVENTS_KEY)).toBeNull();
  });

  it('loads version 0 data, migrates it and saves it as version 1 on the next change', () => {
    localStorage.setItem(USER_EVENTS_KEY, JSON.stringify([ev('old-one')]));
    reloadUserEventsStore();
    expect(store().events).toEqual([ev('old-one')]);
    expect(store().takeNotices()).toEqual([]);
    store().mergeImported([ev('new-one')], NONE);
    expect(stored()).toEqual({ version: 1, events: [ev('old-one'), ev('new-one')] });
  });

  it('backs up damaged data before writing over it, and says so', () => {
    localStorage.setItem(USER_EVENTS_KEY, '{"version":1,"ev');
    reloadUserEventsStore();
    expect(store().events).toEqual([]);
    expect(store().takeNotices()).toEqual([
      'Your saved events could not be read (damaged data)',
      `A copy of the stored data was kept in this browser under "${USER_EVENTS_BACKUP_KEY}"`,
    ]);
    expect(store().takeNotices()).toEqual([]);
    expect(localStorage.getItem(USER_EVENTS_BACKUP_KEY)).toBe('{"version":1,"ev');
    store().mergeImported([ev('fresh')], NONE);
    expect(stored().events.map((e: KrwEvent) => e.id)).toEqual(['fresh']);
  });

  it('leaves data from a newer version untouched and keeps changes in memory', () => {
    const future = JSON.stringify({ version: 9, events: [{ anything: true }] });
    localStorage.setItem(USER_EVENTS_KEY, future);
    reloadUserEventsStore();
    expect(store().takeNotices()[0]).toMatch(/newer version/);
    store().mergeImported([ev('session-only')], NONE);
    store().clear();
    store().mergeImported([ev('session-two')], NONE);
    expect(store().events.map((e) => e.id)).toEqual(['session-two']);
    expect(localStorage.getItem(USER_EVENTS_KEY)).toBe(future);
    expect(localStorage.getItem(USER_EVENTS_BACKUP_KEY)).toBeNull();
  });

  it('keeps the events in memory and says so when the storage is full', () => {
    store().mergeImported([ev('saved')], NONE);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    store().mergeImported([ev('not-saved')], NONE);
    expect(store().events.map((e) => e.id)).toEqual(['saved', 'not-saved']);
    expect(store().unsaved).toBe(true);
    expect(store().takeNotices()).toEqual([
      "Your events could not be saved (this browser's storage for the app is full): changes to your events are kept until this page is closed",
    ]);
    expect(stored().events.map((e: KrwEvent) => e.id)).toEqual(['saved']);
  });

  it('follows another tab’s changes, but not over unsaved ones', () => {
    localStorage.setItem(USER_EVENTS_KEY, JSON.stringify({ version: 1, events: [ev('from-tab')] }));
    window.dispatchEvent(new StorageEvent('storage', { key: USER_EVENTS_KEY }));
    expect(store().events.map((e) => e.id)).toEqual(['from-tab']);
    useUserEventsStore.setState({ unsaved: true });
    localStorage.setItem(USER_EVENTS_KEY, JSON.stringify({ version: 1, events: [] }));
    window.dispatchEvent(new StorageEvent('storage', { key: USER_EVENTS_KEY }));
    expect(store().events.map((e) => e.id)).toEqual(['from-tab']);
  });
});
