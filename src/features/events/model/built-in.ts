import { DEFAULT_TIMEZONE } from './event-constants';
import type { EventInput } from './event-schema';
import { withDays, type DatedEvent } from './filter-events';

export interface ValidatedEvents {
  events: DatedEvent[];
  /** One line per rejected entry: which and why. */
  problems: string[];
}

/**
 * The built-in events at start-up. They are our own source code, not input: their unit test
 * (data/built-in-events.test.ts) parses every one with the schema, checks ids are unique, and
 * checks this gives exactly what validateEvents() gives. Here they only get the schema's
 * default zone and their day numbers: validating 120 events with cold schema code cost
 * ~35 ms before the first paint.
 */
export function prepareBuiltInEvents(raw: readonly EventInput[]): ValidatedEvents {
  return { events: withDays(raw.map((e) => ({ ...e, timezone: e.timezone ?? DEFAULT_TIMEZONE }))), problems: [] };
}
