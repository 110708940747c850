import { prepareBuiltInEvents, type ValidatedEvents } from '../model/built-in';

let early: Promise<ValidatedEvents> | null = null;

async function loadBuiltInEvents(): Promise<ValidatedEvents> {
  const { BUILT_IN_EVENTS } = await import('../data/built-in-events');
  return prepareBuiltInEvents(BUILT_IN_EVENTS);
}

/**
 * The built-in events, asked for before React has loaded (the first frame, app/first-frame.ts):
 * the events query's first `getBuiltInEvents` takes this over, so they are checked once.
 */
export function requestBuiltInEventsEarly(): Promise<ValidatedEvents> {
  early ??= loadBuiltInEvents();
  return early;
}

/** The built-in events load as their own chunk, in parallel with the rates; the first call takes over an early request. */
export function getBuiltInEvents(): Promise<ValidatedEvents> {
  const taken = early;
  early = null;
  return taken ?? loadBuiltInEvents();
}
