// @vitest-environment jsdom
import type { KrwEvent } from '../../events/model/event-schema';
import { listBackups } from '../model/user-events-backups';
import { USER_EVENTS_BACKUP_KEY, USER_EVENTS_KEY } from '../model/user-events-storage';
import { translate } from '../../../i18n/i18n';
import { restoreBackup, type RestoreOutcome } from './restore-backup';
import { SKIP_STORED_EVENTS_KEY, setStoredEventsAside } from './user-events-persistence';
import { initUserEventsStore, resetUserEventsStore, useUserEventsStore } from './user-events-store';

const ev = (id: string): KrwEvent => ({
  id, date: '2016-01-06', timezone: 'Asia/Seoul', category: 'sanction', actor: 'UN', title: `Title ${id}`, summary: 's', source_url: 'https://a.org/',
});
const v1 = (...ids: string[]) => JSON.stringify({ version: 1, events: ids.map(ev) });
const ids = () => useUserEventsStore.getState().events.map((e) => e.id);
const T = new Date(Date.UTC(2026, 11, 2, 8, 0, 0));
/** An outcome with its message in English. */
const english = (r: RestoreOutcome) => (r.ok ? { ...r, notSaved: r.notSaved && translate(r.notSaved) } : { ...r, message: translate(r.message) });
const texts = () => listBackups(localStorage).map((b) => b.text);

describe('restoring a backup', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    resetUserEventsStore();
  });
  afterEach(() => vi.restoreAllMocks());

  it('keeps the current events as a backup first, then restores and saves the backup’s events', () => {
    localStorage.setItem(USER_EVENTS_BACKUP_KEY, v1('old-a', 'old-b'));
    localStorage.setItem(USER_EVENTS_KEY, v1('now-1'));
    initUserEventsStore();
    expect(restoreBackup(USER_EVENTS_BACKUP_KEY, T)).toEqual({ ok: true, restored: 2, notSaved: null });
    expect(ids()).toEqual(['old-a', 'old-b']);
    expect(localStorage.getItem(USER_EVENTS_KEY)).toBe(v1('old-a', 'old-b'));
    expect(texts()).toEqual([v1('now-1'), v1('old-a', 'old-b')]);
    expect(useUserEventsStore.getState().backups).toEqual([`${USER_EVENTS_BACKUP_KEY}:2026-12-02T08:00:00.000Z`, USER_EVENTS_BACKUP_KEY]);
  });

  it('keeps events held only in the page (not saved) as a backup too', () => {
    localStorage.setItem(USER_EVENTS_BACKUP_KEY, v1('old-a'));
    localStorage.setItem(USER_EVENTS_KEY, JSON.stringify({ version: 7, events: [] }));
    initUserEventsStore();
    useUserEventsStore.getState().mergeImported([ev('session-1')], new Set());
    expect(restoreBackup(USER_EVENTS_BACKUP_KEY, T).ok).toBe(true);
    expect(texts()).toEqual([v1('session-1'), JSON.stringify({ version: 7, events: [] }), v1('old-a')]);
    expect(localStorage.getItem(USER_EVENTS_KEY)).toBe(v1('old-a'));
    expect(useUserEventsStore.getState().save).toEqual({ mode: 'saved' });
  });

  it('restoring the oldest of five backups keeps that backup (the next oldest makes room)', () => {
    localStorage.setItem(USER_EVENTS_BACKUP_KEY, v1('oldest'));
    for (let m = 1; m <= 4; m++) localStorage.setItem(`${USER_EVENTS_BACKUP_KEY}:2026-12-02T07:0${m}:00.000Z`, v1(`b-${m}`));
    localStorage.setItem(USER_EVENTS_KEY, v1('now-1'));
    initUserEventsStore();
    expect(restoreBackup(USER_EVENTS_BACKUP_KEY, T).ok).toBe(true);
    expect(ids()).toEqual(['oldest']);
    expect(texts()).toEqual([v1('now-1'), v1('b-4'), v1('b-3'), v1('b-2'), v1('oldest')]);
  });

  it('restores nothing when the current events cannot be kept first', () => {
    localStorage.setItem(USER_EVENTS_BACKUP_KEY, v1('old-a'));
    localStorage.setItem(USER_EVENTS_KEY, v1('now-1'));
    initUserEventsStore();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(english(restoreBackup(USER_EVENTS_BACKUP_KEY, T))).toEqual({
      ok: false, message: "Nothing was restored: your current events could not be kept as a backup first (this browser's storage for the app is full)",
    });
    expect(ids()).toEqual(['now-1']);
    expect(localStorage.getItem(USER_EVENTS_KEY)).toBe(v1('now-1'));
  });

  it('restores the readable events of a damaged backup, and refuses one with none', () => {
    localStorage.setItem(USER_EVENTS_BACKUP_KEY, v1('a-1', 'a-2').slice(0, -20));
    initUserEventsStore();
    expect(restoreBackup(USER_EVENTS_BACKUP_KEY, T)).toMatchObject({ ok: true, restored: 1 });
    localStorage.setItem(USER_EVENTS_BACKUP_KEY, '[{');
    expect(english(restoreBackup(USER_EVENTS_BACKUP_KEY, T))).toEqual({ ok: false, message: 'Nothing was restored: no event in this backup can be read' });
  });
});

describe('starting without the stored events', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    resetUserEventsStore();
  });
  afterEach(() => vi.restoreAllMocks());

  it('moves them aside to a backup, never deleting them', () => {
    localStorage.setItem(USER_EVENTS_KEY, v1('troublesome'));
    expect(setStoredEventsAside(T)).toBe(true);
    expect(localStorage.getItem(USER_EVENTS_KEY)).toBeNull();
    expect(localStorage.getItem(`${USER_EVENTS_BACKUP_KEY}:2026-12-02T08:00:00.000Z`)).toBe(v1('troublesome'));
    // The next load says where they went, once.
    initUserEventsStore();
    expect(useUserEventsStore.getState().takeNotices().map((m) => translate(m))).toEqual([
      `Started without your saved events: they were moved aside to the backup "${USER_EVENTS_BACKUP_KEY}:2026-12-02T08:00:00.000Z"; Your events lists it, with Download and Restore`,
    ]);
    initUserEventsStore();
    expect(useUserEventsStore.getState().takeNotices().map((m) => translate(m))).toEqual([]);
  });

  it('skips them for this tab when they cannot be moved aside, and leaves them as they are', () => {
    // A full localStorage (every write refused) holding the events.
    const data = new Map([[USER_EVENTS_KEY, v1('troublesome')]]);
    const full = {
      get length() {
        return data.size;
      },
      key: (i: number) => [...data.keys()][i] ?? null,
      getItem: (k: string) => data.get(k) ?? null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: (k: string) => data.delete(k),
    };
    vi.spyOn(window, 'localStorage', 'get').mockReturnValue(full as unknown as Storage);
    expect(setStoredEventsAside(T)).toBe(true);
    expect(data.get(USER_EVENTS_KEY)).toBe(v1('troublesome'));
    initUserEventsStore();
    vi.restoreAllMocks();
    expect(sessionStorage.getItem(SKIP_STORED_EVENTS_KEY)).toBe('1');
    expect(ids()).toEqual([]);
    expect(useUserEventsStore.getState().save).toEqual({ mode: 'session', reason: 'started-without' });
  });
});
