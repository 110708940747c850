// @vitest-environment jsdom
// (jsdom: this file runs isolated, so its module mock of the store stays in it.)
import { initUserEventsStore, noteSlowStoredRead, resetUserEventsStore, storedEventsRead, useUserEventsStore } from '../features/user-data/store/user-events-store';
import { startUserEvents, userEventsStarted } from './start-user-events';

// The store's reading of a large set is replaced by one that never answers (an IndexedDB that hangs).
vi.mock('../features/user-data/store/user-events-store', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../features/user-data/store/user-events-store')>();
  return { ...actual, initUserEventsStore: vi.fn(), storedEventsRead: vi.fn(), noteSlowStoredRead: vi.fn(actual.noteSlowStoredRead) };
});

describe('userEventsStarted', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    resetUserEventsStore();
    vi.mocked(noteSlowStoredRead).mockClear();
  });
  afterEach(() => vi.useRealTimers());

  it('stops waiting for a read that never ends: the page starts, and a notice says the events come when read', async () => {
    vi.mocked(storedEventsRead).mockReturnValue(new Promise(() => undefined));
    expect(startUserEvents(true)).toBeNull();
    expect(initUserEventsStore).toHaveBeenCalledWith({ readOnly: true });
    let settled: unknown = 'waiting';
    void userEventsStarted(10_000).then((v) => (settled = v));
    await vi.advanceTimersByTimeAsync(9_999);
    expect(settled).toBe('waiting');
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBeNull();
    expect(noteSlowStoredRead).toHaveBeenCalledTimes(1);
    expect(useUserEventsStore.getState().notices.map((m) => m.id)).toEqual(['user-data.stored.spillSlow']);
  });

  it('gives what went wrong when the read fails in time, and no slow-read notice', async () => {
    vi.mocked(storedEventsRead).mockReturnValue(Promise.reject(new Error('SYNTHETIC read failure')));
    startUserEvents(true);
    const got = userEventsStarted(10_000);
    await vi.advanceTimersByTimeAsync(0);
    await expect(got).resolves.toEqual(new Error('SYNTHETIC read failure'));
    await vi.advanceTimersByTimeAsync(20_000);
    expect(noteSlowStoredRead).not.toHaveBeenCalled();
  });
});
