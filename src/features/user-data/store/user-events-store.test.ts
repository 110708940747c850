// @vitest-environment jsdom
import type { KrwEvent } from '../../events/model/event-schema';
import { USER_EVENTS_BACKUP_KEY, USER_EVENTS_KEY } from '../model/user-events-storage';
import { translate } from '../../../i18n/i18n';
import { noticeText } from '../../../lib/notice-text';
import { initUserEventsStore, reloadUserEventsStore, resetUserEventsStore, useUserEventsStore } from './user-events-store';

const ev = (id: string, title = `Title ${id}`): KrwEvent => ({
  id, date: '2016-01-06', timezone: 'Asia/Seoul', category: 'sanction', actor: 'UN', title, summary: 's', source_url: 'https://a.org/',
});
const NONE = new Set<string>();
const T1 = new Date(Date.UTC(2026, 11, 2, 7, 30, 0));
const BACKUP_1 = `${USER_EVENTS_BACKUP_KEY}:2026-12-02T07:30:00.000Z`;
const OLDER = JSON.stringify({ version: 1, events: [{ id: 'older-data' }] });
const store = () => useUserEventsStore.getState();
/** The store's notices in English, as the notice bar shows them. */
const taken = (): string[] => store().takeNotices().map((m) => noticeText(translate(m)));
const en = (m: Parameters<typeof translate>[0] | null) => (m === null ? null : translate(m));
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
    expect(taken()).toEqual([]);
    store().mergeImported([ev('new-one')], NONE);
    expect(stored()).toEqual({ version: 1, events: [ev('old-one'), ev('new-one')] });
  });

  it('backs up damaged data, holds it until the user acts, then writes over it', () => {
    localStorage.setItem(USER_EVENTS_KEY, '{"version":1,"ev');
    initUserEventsStore({ now: () => T1 });
    expect(store().events).toEqual([]);
    expect(taken()).toEqual([
      'Your saved events could not be read (damaged data)',
      `None of your saved events could be read. The damaged data is kept as a backup ("${BACKUP_1}", listed in Your events); ` +
        'nothing is saved over it until you dismiss this notice or change your events.',
    ]);
    expect(taken()).toEqual([]);
    expect(localStorage.getItem(BACKUP_1)).toBe('{"version":1,"ev');
    expect(store().backups).toEqual([BACKUP_1]);
    store().mergeImported([ev('fresh')], NONE);
    expect(stored().events.map((e: KrwEvent) => e.id)).toEqual(['fresh']);
    expect(localStorage.getItem(BACKUP_1)).toBe('{"version":1,"ev');
  });

  it('never writes over an older backup: the old single backup key stays as it was', () => {
    localStorage.setItem(USER_EVENTS_BACKUP_KEY, OLDER);
    localStorage.setItem(USER_EVENTS_KEY, '[{"id":');
    initUserEventsStore({ now: () => T1 });
    expect(localStorage.getItem(USER_EVENTS_BACKUP_KEY)).toBe(OLDER);
    expect(localStorage.getItem(BACKUP_1)).toBe('[{"id":');
    expect(store().backups).toEqual([BACKUP_1, USER_EVENTS_BACKUP_KEY]);
    // The same damaged data read again is not stored a second time.
    initUserEventsStore({ now: () => new Date(T1.getTime() + 60_000) });
    expect(store().backups).toEqual([BACKUP_1, USER_EVENTS_BACKUP_KEY]);
  });

  it('recovers the complete events of a truncated store and writes nothing until the notice is dismissed', () => {
    const text = JSON.stringify({ version: 1, events: [ev('one'), ev('two'), ev('three')] });
    const cut = text.slice(0, text.indexOf('"three"') + 3);
    localStorage.setItem(USER_EVENTS_KEY, cut);
    initUserEventsStore({ now: () => T1 });
    expect(store().events.map((e) => e.id)).toEqual(['one', 'two']);
    expect(store().save).toEqual({ mode: 'held' });
    const raw = store().takeNotices();
    const notices = raw.map((m) => noticeText(translate(m)));
    expect(notices).toEqual([expect.stringMatching(/^Recovered 2 of your events from damaged storage; the data stops in the middle of item 3\. /)]);
    expect(notices[0].length).toBeLessThanOrEqual(300);
    expect(store().holdNotice).toBe(raw[0]);
    expect(localStorage.getItem(USER_EVENTS_KEY)).toBe(cut);
    store().releaseHold();
    expect(stored()).toEqual({ version: 1, events: [ev('one'), ev('two')] });
    expect(localStorage.getItem(BACKUP_1)).toBe(cut);
    expect(store().save).toEqual({ mode: 'saved' });
  });

  it('keeps an import in the page only when damaged data cannot be backed up (full storage), and says why', () => {
    localStorage.setItem(USER_EVENTS_KEY, '[{"id":');
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    initUserEventsStore({ now: () => T1 });
    expect(store().save).toEqual({ mode: 'session', reason: 'backup-failed' });
    const res = store().mergeImported([ev('session-only')], NONE);
    expect(en(res.notSaved)).toMatch(/could not be backed up \(the storage may be full\)/);
    expect(store()).toMatchObject({ unsaved: true, unsavedWhy: res.notSaved });
    expect(store().events.map((e) => e.id)).toEqual(['session-only']);
    expect(localStorage.getItem(USER_EVENTS_KEY)).toBe('[{"id":');
  });

  it('reads but writes nothing in the embedded view (read only): no backup, no migration, no change', () => {
    localStorage.setItem(USER_EVENTS_KEY, '[{"id":');
    initUserEventsStore({ readOnly: true, now: () => T1 });
    expect(localStorage.length).toBe(1);
    const v0 = JSON.stringify([ev('old-one')]);
    localStorage.setItem(USER_EVENTS_KEY, v0);
    initUserEventsStore({ readOnly: true });
    expect(store().events).toEqual([ev('old-one')]);
    expect(store().save).toEqual({ mode: 'session', reason: 'read-only' });
    store().mergeImported([ev('x-1')], NONE);
    expect(localStorage.getItem(USER_EVENTS_KEY)).toBe(v0);
    expect(localStorage.length).toBe(1);
  });

  it('writes nothing before it is loaded', async () => {
    vi.resetModules();
    localStorage.setItem(USER_EVENTS_KEY, JSON.stringify([ev('kept')]));
    const fresh = await import('./user-events-store');
    fresh.useUserEventsStore.getState().mergeImported([ev('early')], NONE);
    expect(JSON.parse(localStorage.getItem(USER_EVENTS_KEY)!)).toEqual([ev('kept')]);
  });

  it('leaves data from a newer version untouched and keeps changes in memory', () => {
    const future = JSON.stringify({ version: 9, events: [{ anything: true }] });
    localStorage.setItem(USER_EVENTS_KEY, future);
    reloadUserEventsStore();
    expect(taken()[0]).toMatch(/newer version/);
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
    // An import says so in its own notice (see the import button); other changes in the notice bar.
    expect(en(store().mergeImported([ev('not-saved')], NONE).notSaved)).toBe("this browser's storage for the app is full");
    expect(store().events.map((e) => e.id)).toEqual(['saved', 'not-saved']);
    expect(store().unsaved).toBe(true);
    expect(en(store().unsavedWhy)).toBe("this browser's storage for the app is full");
    expect(taken()).toEqual([]);
    store().remove('saved');
    expect(taken()).toEqual([
      "Your events could not be saved (this browser's storage for the app is full): changes to your events are kept until this page is closed",
    ]);
    expect(stored().events.map((e: KrwEvent) => e.id)).toEqual(['saved']);
    vi.mocked(Storage.prototype.setItem).mockRestore();
    store().mergeImported([ev('room-again')], NONE);
    expect(store()).toMatchObject({ unsaved: false, unsavedWhy: null });
    expect(stored().events.map((e: KrwEvent) => e.id)).toEqual(['not-saved', 'room-again']);
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

  it('follows another tab in the embedded view too, still writing nothing', () => {
    initUserEventsStore({ readOnly: true });
    const text = JSON.stringify({ version: 1, events: [ev('from-tab')] });
    localStorage.setItem(USER_EVENTS_KEY, text);
    window.dispatchEvent(new StorageEvent('storage', { key: USER_EVENTS_KEY }));
    expect(store().events.map((e) => e.id)).toEqual(['from-tab']);
    expect(localStorage.length).toBe(1);
  });

  it('lists at most 8 damaged items one by one, then counts the rest; no notice is over 300 characters', () => {
    const bad = Array.from({ length: 20 }, (_, i) => ({ ...ev(`bad-${i}`), source_url: `javascript:${'x'.repeat(400)}` }));
    localStorage.setItem(USER_EVENTS_KEY, JSON.stringify({ version: 1, events: [ev('good'), ...bad] }));
    initUserEventsStore({ now: () => T1 });
    const notices = taken();
    expect(notices).toHaveLength(10);
    expect(notices[0]).toMatch(/^Your saved events: item 2 could not be read \(source_url "javascript:x+…" is not an http or https link\)$/);
    expect(notices[8]).toBe('Your saved events: … and 12 more items could not be read');
    expect(notices[9]).toMatch(/^Recovered 1 of your events from damaged storage; 20 items could not be used\. /);
    for (const n of notices) expect(n.length).toBeLessThanOrEqual(300);
    expect(store().events.map((e) => e.id)).toEqual(['good']);
  });
});
