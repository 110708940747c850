import { eventSchema, type EventInput, type KrwEvent } from './event-schema';
import { withDays } from './filter-events';
import type { ValidatedEvents } from './built-in';

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
