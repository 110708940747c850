import { create } from 'zustand';
import type { KrwEvent } from '../../events/model/event-schema';

/** What the event form is opened for: a new event, one of the user's to edit, or a copy of a built-in one. */
export type EventFormRequest = { mode: 'add' } | { mode: 'edit'; event: KrwEvent } | { mode: 'copy'; event: KrwEvent };

interface EventFormState {
  request: EventFormRequest | null;
  /** Counts the openings: a new one starts a fresh form. */
  seq: number;
  open: (request: EventFormRequest) => void;
  close: () => void;
}

/** Which event form is open (one at a time): the toolbar, "Your events" and the event details open it. */
export const useEventFormStore = create<EventFormState>()((set) => ({
  request: null,
  seq: 0,
  open: (request) => set((s) => ({ request, seq: s.seq + 1 })),
  close: () => set({ request: null }),
}));
