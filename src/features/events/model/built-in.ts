import { DEFAULT_TIMEZONE, eventSchema, type EventInput, type KrwEvent } from './event-schema';
import { withDays, type DatedEvent } from './filter-events';

export interface ValidatedEvents {
  events: DatedEvent[];
  /** One line per rejected entry: which and why. */
  problems: string[];
}

/** Validates raw events; a bad entry is reported and left out, never crashes the page. */
export function validateEvents(raw: readonly EventInput[], origin: string): ValidatedEvents {
  const ok: KrwEvent[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  raw.forEach((r, i) => {
    const res = eventSchema().safeParse(r);
    if (!res.success) {
      const issue = res.error.issues[0];
      problems.push(`${origin} #${i + 1} (${String(r?.id ?? 'no id')}): ${issue.path.join('.') || 'entry'}: ${issue.message}`);
    } else if (seen.has(res.data.id)) {
      problems.push(`${origin} #${i + 1}: duplicate id ${res.data.id}`);
    } else {
      seen.add(res.data.id);
      ok.push(res.data);
    }
  });
  return { events: withDays(ok), problems };
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
