import { z } from '../../../lib/zod';
import { CATEGORIES } from '../../../config/categories';
import { lazy } from '../../../lib/lazy';
import { parseIsoDay } from '../../../lib/units';
import { DEFAULT_TIMEZONE, isHttpUrl, isIanaZone } from './event-constants';

// Re-exported: the zod-free part (event-constants.ts) is what the first frame's chunk may import.
export { DEFAULT_TIMEZONE, IMPORTANCE_LABEL, IMPORTANCE_LEVELS, isHttpUrl, isIanaZone, type Importance } from './event-constants';

/** The event schema (built on first use: see lib/lazy.ts). */
export const eventSchema = lazy(() =>
  z.object({
    id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{2,80}$/, 'id must be 3–81 lowercase letters, digits and dashes')),
    date: z.string().check(z.refine((s) => parseIsoDay(s) !== null, 'date must be a real YYYY-MM-DD date')),
    time: z.optional(z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time must be HH:MM (24 h)'))),
    timezone: z._default(
      z.string().check(z.refine(isIanaZone, 'timezone must be an IANA zone such as Asia/Seoul')),
      DEFAULT_TIMEZONE,
    ),
    category: z.enum(CATEGORIES),
    actor: z.string().check(z.minLength(1, 'actor is required')),
    title: z.string().check(z.minLength(3, 'title is required')),
    summary: z.string().check(z.minLength(1, 'summary is required')),
    /** Korean title and summary (optional; shown in the Korean UI, searched in either language). */
    title_ko: z.optional(z.string()),
    summary_ko: z.optional(z.string()),
    source_url: z.string().check(z.refine(isHttpUrl, 'source_url must be an http or https link')),
    tags: z.optional(z.array(z.string().check(z.minLength(1)))),
    /** 1 routine, 2 notable, 3 major (see IMPORTANCE_LEVELS); optional: an imported event may be unrated. */
    importance: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3)])),
  }),
);

/**
 * The user's own events: as the event schema, but actor, summary and source link may be
 * empty (an analyst's sheet often has only a date and a title). Built-in events stay strict.
 */
export const userEventSchema = lazy(() =>
  z.extend(eventSchema(), {
    actor: z.string(),
    summary: z.string(),
    source_url: z.string().check(z.refine((s) => s === '' || isHttpUrl(s), 'source_url must be an http or https link')),
  }),
);

export type EventInput = z.input<ReturnType<typeof eventSchema>>;
export type KrwEvent = z.output<ReturnType<typeof eventSchema>>;
