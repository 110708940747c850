import { create, type StoreApi } from 'zustand';
import type { KrwEvent } from '../../events/model/event-schema';
import { mergeUserEvents } from '../model/merge-user-events';
import { backupKeys } from '../model/user-events-backups';
import { USER_EVENTS_KEY, writeUserEvents, writeUserEventsSteps } from '../model/user-events-storage';
import { msg, type Msg } from '../../../i18n/message';
import { SESSION_ONLY, sessionWhy } from './user-events-notices';
import { runStepsSliced, yieldToMain } from '../../../components/ui/run-in-slices';
import { backUp, loadUserEvents, storage, storedEventsText, writeFailure, type LoadedUserEvents, type LoadOptions } from './user-events-persistence';
import { readPointer } from '../model/user-events-pointer';
import type { UserEventsState } from './user-events-state';
import { askBeforeLeavingWhileWriting, latestWrite, SUPERSEDED, writeStoredText } from './user-events-writer';

export type { UserEventsState };

type SetState = StoreApi<UserEventsState>['setState'];
type Loaded = Pick<UserEventsState, 'events' | 'save' | 'unsaved' | 'unsavedWhy' | 'holdNotice' | 'backups' | 'notices'>;

let options: LoadOptions = {};

export function currentBackupKeys(): string[] {
  try {
    const s = storage();
    return s ? backupKeys(s) : [];
  } catch {
    return [];
  }
}

function toState(loaded: LoadedUserEvents): Loaded {
  return {
    events: loaded.events,
    save: loaded.save,
    unsaved: false,
    unsavedWhy: null,
    holdNotice: loaded.holdNotice,
    backups: options.readOnly ? [] : currentBackupKeys(),
    notices: loaded.problems,
  };
}

/** Why the badge says "not saved" while a write into IndexedDB is under way. */
const SAVING = msg('user-data.save.pending');

/** Bumped by resetUserEventsStore (tests): an import begun before a reset is dropped, not written after it. */
let generation = 0;

/**
 * The pointer to another tab's large set while this tab still reads it (reloadUserEventsStore), or
 * null. The page shows the events it had until then: a change made meanwhile is written over that
 * pointer, so the pointer is first kept as a backup (its record stays, the set can be restored).
 */
let unread: string | null = null;

/** Keeps the pointer being read as a backup before a write replaces it; why not, when that fails (nothing is written then). */
function keepUnread(set: SetState): Msg | null {
  const text = unread;
  unread = null;
  if (text === null || storedEventsText() !== text) return null;
  const res = backUp(text);
  if (!res.ok) {
    unread = text;
    return writeFailure(res.error);
  }
  const n = readPointer(text)?.count ?? 0;
  set((s) => ({ backups: currentBackupKeys(), notices: [...s.notices, msg('user-data.session.otherTabKept', { n, key: res.key })] }));
  return null;
}

/** Notice for a change other than an import that could not be saved. */
function notSavedNotice(set: SetState, why: Msg | null): void {
  if (why) set((s) => ({ notices: [...s.notices, msg('user-data.session.notSaved', { why, then: SESSION_ONLY })] }));
}

/**
 * Writes the events' stored text (user-events-writer). A write done later (a large set, into
 * IndexedDB, or one waiting for it) keeps `unsaved` true until it is done; if it fails, a notice
 * says so. Returns why the write failed when that is known at once, else null.
 */
function persist(set: SetState, text: string | null, count: number): Msg | null {
  const gen = generation;
  const w = writeStoredText(text, count, { wanted: () => gen === generation });
  if ('now' in w) {
    set(w.now ? { unsaved: true, unsavedWhy: w.now } : { unsaved: false, unsavedWhy: null });
    return w.now;
  }
  set({ unsaved: true, unsavedWhy: SAVING });
  void w.later.then((outcome) => {
    // A newer write decides what the badge says; a reset store takes nothing.
    if (outcome === SUPERSEDED || gen !== generation || w.seq !== latestWrite()) return;
    // backups: the write may have kept another tab's save as one.
    set(outcome ? { unsaved: true, unsavedWhy: outcome } : { unsaved: false, unsavedWhy: null, backups: currentBackupKeys() });
    notSavedNotice(set, outcome);
  });
  return null;
}

/**
 * Every change goes through here: new state in memory first, then saved when allowed.
 * A change is the user acting, so it releases a hold. Returns why it was not saved, or null.
 */
function commit(set: SetState, get: () => UserEventsState, events: KrwEvent[]): Msg | null {
  const mode = get().save;
  if (mode.mode === 'session') {
    const why = sessionWhy(mode.reason);
    set({ events, unsaved: true, unsavedWhy: why });
    return why;
  }
  set({ events, save: { mode: 'saved' }, holdNotice: null });
  const kept = keepUnread(set);
  if (kept) {
    set({ unsaved: true, unsavedWhy: kept });
    return kept;
  }
  return persist(set, events.length ? writeUserEvents(events) : null, events.length);
}

/** Before init the store holds nothing and writes nothing: nothing stored can be written over by mistake. */
const NOT_LOADED: Loaded = {
  events: [], save: { mode: 'session', reason: 'read-only' }, unsaved: false, unsavedWhy: null, holdNotice: null, backups: [], notices: [],
};

export const useUserEventsStore = create<UserEventsState>()((set, get) => ({
  ...NOT_LOADED,
  mergeImported: (imported, builtInIds) => {
    const res = mergeUserEvents(get().events, imported, builtInIds);
    const notSaved = res.added.length || res.replaced.length ? commit(set, get, res.events) : null;
    return { ...res, notSaved };
  },
  mergeImportedAsync: async (imported, builtInIds, pause = yieldToMain) => {
    const before = get().events;
    const gen = generation;
    const res = mergeUserEvents(before, imported, builtInIds);
    const changes = res.added.length > 0 || res.replaced.length > 0;
    if (!changes || get().save.mode === 'session') return get().mergeImported(imported, builtInIds);
    const text = await runStepsSliced(writeUserEventsSteps(res.events), { pause });
    await pause(); // the write (one setItem, ~0.1 s for 20,000 events) in a task of its own
    // Another change came first (its own commit saved it): merge into that, the usual way (and
    // never write text made from the events before it).
    if (gen !== generation) return { ...res, added: [], replaced: [], notSaved: null }; // the store was reset meanwhile
    if (get().events !== before) return get().mergeImported(imported, builtInIds);
    const kept = keepUnread(set);
    if (kept) {
      set({ events: res.events, save: { mode: 'saved' }, holdNotice: null, unsaved: true, unsavedWhy: kept });
      return { ...res, notSaved: kept };
    }
    const w = writeStoredText(text, res.events.length, { wanted: () => gen === generation });
    let problem: Msg | null;
    if ('now' in w) problem = w.now;
    else {
      // A large set: into IndexedDB, then its pointer (the page stays responsive meanwhile).
      const outcome = await w.later;
      if (gen !== generation) return { ...res, added: [], replaced: [], notSaved: null };
      // A change came in the meantime and its write replaced this one: merge into it.
      if (outcome === SUPERSEDED) return get().mergeImported(imported, builtInIds);
      problem = outcome;
    }
    await pause();
    if (gen !== generation) return { ...res, added: [], replaced: [], notSaved: null };
    if (get().events !== before) return get().mergeImported(imported, builtInIds);
    set({ events: res.events, save: { mode: 'saved' }, holdNotice: null, unsaved: problem !== null, unsavedWhy: problem, backups: currentBackupKeys() });
    return { ...res, notSaved: problem };
  },
  saveOne: (event, replacing) => {
    const current = get().events;
    const at = replacing === null ? -1 : current.findIndex((e) => e.id === replacing);
    const events = at < 0 ? [...current, event] : current.map((e, i) => (i === at ? event : e));
    const why = commit(set, get, events);
    notSavedNotice(set, why);
    return why;
  },
  remove: (id) => {
    const events = get().events.filter((e) => e.id !== id);
    if (events.length !== get().events.length) notSavedNotice(set, commit(set, get, events));
  },
  clear: () => notSavedNotice(set, commit(set, get, [])),
  takeNotices: () => {
    const { notices } = get();
    if (notices.length) set({ notices: [] });
    return notices;
  },
  releaseHold: () => {
    if (get().save.mode !== 'held') return;
    notSavedNotice(set, commit(set, get, get().events));
  },
  replaceWithRestored: (events) => {
    const mode = get().save;
    if (mode.mode !== 'session' || (mode.reason !== 'no-storage' && mode.reason !== 'read-only')) set({ save: { mode: 'saved' } });
    return commit(set, get, events);
  },
}));

/** Bumped by every read of storage: only the latest read's result is taken. */
let loadSeq = 0;

/**
 * Reads the stored events into the store. A large set (a pointer to IndexedDB) is read later: the
 * promise returned resolves once it is in the store; `placeholder` puts a store that writes nothing
 * meanwhile (at start), else the page keeps what it shows until then. The result is dropped if the
 * events changed meanwhile (the user acted: their change is the latest and is being saved).
 */
function load(placeholder: boolean): Promise<void> | null {
  const loaded = loadUserEvents(options);
  const seq = ++loadSeq;
  const { later } = loaded;
  unread = later && !placeholder && !options.readOnly ? storedEventsText() : null;
  if (!later) {
    useUserEventsStore.setState(toState(loaded));
    return null;
  }
  if (placeholder) useUserEventsStore.setState({ ...NOT_LOADED, backups: options.readOnly ? [] : currentBackupKeys() });
  const gen = generation;
  const at = useUserEventsStore.getState().events;
  return later.then((l) => {
    if (seq === loadSeq) unread = null;
    if (seq !== loadSeq || gen !== generation || useUserEventsStore.getState().events !== at) return;
    useUserEventsStore.setState(toState(l));
  });
}

/** The read of a large set under way (or done): see storedEventsRead(). */
let reading: Promise<void> = Promise.resolve();

/**
 * Loads the stored events into the store (once at start-up, before the first render). A large set
 * kept in IndexedDB is read asynchronously: the start awaits storedEventsRead() too.
 * `readOnly` (the embedded view) reads them and writes nothing, not even a backup.
 * May throw only if reading does, which it should never: the start-up guard catches it.
 */
export function initUserEventsStore(opts: LoadOptions = {}): void {
  options = opts;
  reading = load(true) ?? Promise.resolve();
}

/** Reads the stored events again (another tab changed them; tests), with the options of init. */
export function reloadUserEventsStore(): void {
  reading = load(false) ?? Promise.resolve();
}

/** Resolves once the latest read of the stored events is in the store (at once unless a large set is read from IndexedDB); rejects if that read failed. */
export function storedEventsRead(): Promise<void> {
  return reading;
}

/**
 * The start did not wait any longer for a large set read from IndexedDB (an IndexedDB that never
 * answers): the page starts in the placeholder store, which writes nothing, and says so. The set
 * comes in when its read ends, unless the events were changed meanwhile (then nothing is written over it).
 */
export function noteSlowStoredRead(): void {
  useUserEventsStore.setState((s) => ({ notices: [...s.notices, msg('user-data.stored.spillSlow')] }));
}

/** Reads the backup keys again (after one was taken or dropped). */
export function refreshBackups(): void {
  useUserEventsStore.setState({ backups: currentBackupKeys() });
}

/** For tests: empty, writable, no notices. Storage is not touched. */
export function resetUserEventsStore(): void {
  options = {};
  generation++; // an import still in its steps writes nothing into the fresh store
  loadSeq++; // nor does a large set still being read
  unread = null;
  useUserEventsStore.setState({ ...NOT_LOADED, save: { mode: 'saved' } });
}

/** Whether to follow another tab's change: not over changes this tab could not save, nor over data it leaves alone. */
function followsOtherTabs(s: UserEventsState): boolean {
  return !s.unsaved && (s.save.mode !== 'session' || s.save.reason === 'read-only');
}

// Another tab saved its events: follow it (the embedded view too, reading only).
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    if ((e.key === USER_EVENTS_KEY || e.key === null) && followsOtherTabs(useUserEventsStore.getState())) reloadUserEventsStore();
  });
  window.addEventListener('beforeunload', askBeforeLeavingWhileWriting);
}
