import { create, type StoreApi } from 'zustand';
import type { KrwEvent } from '../../events/model/event-schema';
import { mergeUserEvents, type MergeResult } from '../model/merge-user-events';
import { USER_EVENTS_KEY } from '../model/user-events-storage';
import { loadUserEvents, saveUserEvents } from './user-events-persistence';

interface UserEventsState {
  /** The user's own events (imported), in the order they came. */
  events: KrwEvent[];
  /** False when changes must stay in memory (stored data from a newer app, no storage). */
  writable: boolean;
  /** True when the last change could not be saved (quota): the state in memory is ahead of storage. */
  unsaved: boolean;
  /** Messages for the notice bar; the app takes them with takeNotices(). */
  notices: string[];
  /** Adds new ids, replaces ids the user already had, skips built-in ids. */
  mergeImported: (imported: readonly KrwEvent[], builtInIds: ReadonlySet<string>) => MergeResult;
  remove: (id: string) => void;
  clear: () => void;
  takeNotices: () => string[];
}

type SetState = StoreApi<UserEventsState>['setState'];

function fromStorage(): Pick<UserEventsState, 'events' | 'writable' | 'unsaved' | 'notices'> {
  const loaded = loadUserEvents();
  return { events: loaded.events, writable: loaded.writable, unsaved: false, notices: loaded.problems };
}

/** Every change goes through here: new state in memory first, then saved when allowed. */
function commit(set: SetState, get: () => UserEventsState, events: KrwEvent[]): void {
  set({ events });
  if (!get().writable) return;
  const problem = saveUserEvents(events);
  set((s) => (problem ? { unsaved: true, notices: [...s.notices, problem] } : { unsaved: false }));
}

export const useUserEventsStore = create<UserEventsState>()((set, get) => ({
  ...fromStorage(),
  mergeImported: (imported, builtInIds) => {
    const res = mergeUserEvents(get().events, imported, builtInIds);
    if (res.added.length || res.replaced.length) commit(set, get, res.events);
    return res;
  },
  remove: (id) => {
    const events = get().events.filter((e) => e.id !== id);
    if (events.length !== get().events.length) commit(set, get, events);
  },
  clear: () => commit(set, get, []),
  takeNotices: () => {
    const { notices } = get();
    if (notices.length) set({ notices: [] });
    return notices;
  },
}));

/** Reads the stored events again (another tab changed them; tests). */
export function reloadUserEventsStore(): void {
  useUserEventsStore.setState(fromStorage());
}

/** For tests: empty, writable, no notices. Storage is not touched. */
export function resetUserEventsStore(): void {
  useUserEventsStore.setState({ events: [], writable: true, unsaved: false, notices: [] });
}

// Another tab saved its events: follow it, unless this tab holds changes it could not save.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    const s = useUserEventsStore.getState();
    if ((e.key === USER_EVENTS_KEY || e.key === null) && s.writable && !s.unsaved) reloadUserEventsStore();
  });
}
