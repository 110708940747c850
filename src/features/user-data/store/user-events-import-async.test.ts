// @vitest-environment jsdom
import type { KrwEvent } from '../../events/model/event-schema';
import { USER_EVENTS_KEY } from '../model/user-events-storage';
import { translate } from '../../../i18n/i18n';
import { resetUserEventsStore, useUserEventsStore } from './user-events-store';

// SYNTHETIC events.
const ev = (id: string, title = `Title ${id}`): KrwEvent => ({
  id, date: '2016-01-06', timezone: 'Asia/Seoul', category: 'sanction', actor: 'UN', title, summary: 's', source_url: 'https://a.org/',
});
const NONE = new Set<string>();
const store = () => useUserEventsStore.getState();
const storedIds = () => (JSON.parse(localStorage.getItem(USER_EVENTS_KEY) ?? '{"events":[]}') as { events: KrwEvent[] }).events.map((e) => e.id);
const ids = () => store().events.map((e) => e.id);

/** A pause that notes what storage and the page hold at each pause, and may act there (`at`). */
function pauses(at?: (n: number) => void) {
  const seen: { stored: string[]; page: string[] }[] = [];
  const pause = () => {
    seen.push({ stored: storedIds(), page: ids() });
    at?.(seen.length);
    return Promise.resolve();
  };
  return { pause, seen };
}

describe('mergeImportedAsync: a big import stored in slices, taken by the page in a task of its own', () => {
  beforeEach(() => {
    localStorage.clear();
    resetUserEventsStore();
  });
  afterEach(() => vi.restoreAllMocks());

  it('writes the merged events to storage first, and the page takes them after a pause of its own', async () => {
    store().mergeImported([ev('old-1')], NONE);
    const p = pauses();
    const res = await store().mergeImportedAsync([ev('new-1'), ev('old-1', 'again'), ev('built-in')], new Set(['built-in']), p.pause);
    // Before the first pause nothing was written (the caller's task has its own work); at the last one, storage has them and the page not yet.
    expect(p.seen[0]).toEqual({ stored: ['old-1'], page: ['old-1'] });
    expect(p.seen.at(-1)).toEqual({ stored: ['old-1', 'new-1'], page: ['old-1'] });
    expect(res).toMatchObject({ added: ['new-1'], replaced: ['old-1'], skippedBuiltIn: ['built-in'], notSaved: null });
    expect(ids()).toEqual(['old-1', 'new-1']);
    expect(store().events[0].title).toBe('again');
    expect(store().unsaved).toBe(false);
  });

  it('writes nothing into a store reset while it runs (a test’s next store), at any of its pauses', async () => {
    const count = pauses();
    await store().mergeImportedAsync([ev('x')], NONE, count.pause);
    const n = count.seen.length;
    expect(n).toBeGreaterThanOrEqual(2); // one before the write, one after it at least
    for (let when = 1; when <= n; when++) {
      localStorage.clear();
      resetUserEventsStore();
      const p = pauses((k) => {
        if (k === when) resetUserEventsStore();
      });
      const res = await store().mergeImportedAsync([ev(`late-${when}`)], NONE, p.pause);
      expect(res).toMatchObject({ added: [], replaced: [], notSaved: null });
      expect(ids()).toEqual([]);
      // Storage holds what it held at the reset: nothing is written after it.
      expect(storedIds()).toEqual(p.seen[when - 1].stored);
    }
    expect(count.seen.some((x) => x.stored.length > 0)).toBe(true); // the last pause comes after the write
  });

  it('merges again into a change made during a pause: nothing of either is lost', async () => {
    store().mergeImported([ev('a'), ev('b')], NONE);
    for (const when of [1, 2]) {
      // At the first pause (before the write) or the last (after it), the user removes one event and types one.
      const p = pauses((n) => {
        if (n !== when) return;
        store().remove('a');
        store().saveOne(ev(`typed-${when}`), null);
      });
      await store().mergeImportedAsync([ev(`new-${when}`)], NONE, p.pause);
    }
    expect(ids()).toEqual(['b', 'typed-1', 'new-1', 'typed-2', 'new-2']);
    expect(storedIds()).toEqual(ids());
  });

  it('never writes text made before a change: storage holds the change at once, then the merge', async () => {
    store().mergeImported([ev('a'), ev('b')], NONE);
    const p = pauses((n) => n === 1 && store().remove('a'));
    await store().mergeImportedAsync([ev('new-1')], NONE, p.pause);
    // Pauses before the text is made and before it is written; none after: the text made from
    // ['a', 'b'] was never written, the import was merged again into the change at once.
    expect(p.seen.map((x) => x.stored)).toEqual([['a', 'b'], ['b']]);
    expect(storedIds()).toEqual(['b', 'new-1']);
  });

  it('keeps the events in the page, marked unsaved with the reason, when storage is full', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const res = await store().mergeImportedAsync([ev('n-1'), ev('n-2')], NONE, () => Promise.resolve());
    expect(ids()).toEqual(['n-1', 'n-2']);
    expect(store().unsaved).toBe(true);
    expect(res.notSaved && translate(res.notSaved)).toBe(store().unsavedWhy && translate(store().unsavedWhy!));
    expect(res.notSaved && translate(res.notSaved)).toMatch(/full/i);
  });

  it('with nothing to add, writes nothing and pauses for nothing', async () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const pause = vi.fn(() => Promise.resolve());
    const res = await store().mergeImportedAsync([ev('built-in')], new Set(['built-in']), pause);
    expect(res).toMatchObject({ added: [], replaced: [], skippedBuiltIn: ['built-in'], notSaved: null });
    expect(setItem).not.toHaveBeenCalled();
    expect(pause).not.toHaveBeenCalled();
  });
});
