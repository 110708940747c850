import { BUILT_IN_EVENTS } from '../data/built-in-events';
import { eventSchema, type KrwEvent } from './event-schema';
import { withDays, type DatedEvent } from './filter-events';

let cache: DatedEvent[] | null = null;

/** The built-in events, validated once (a bad entry is reported and left out, never crashes the page). */
export function builtInEvents(): DatedEvent[] {
  if (cache) return cache;
  const ok: KrwEvent[] = [];
  for (const raw of BUILT_IN_EVENTS) {
    const r = eventSchema.safeParse(raw);
    if (r.success) ok.push(r.data);
    else console.error(`Built-in event ${raw.id} is invalid: ${r.error.issues[0].message}`);
  }
  cache = withDays(ok);
  return cache;
}
