/**
 * The event fields' constants and checks that need no schema library: modules on the first frame's
 * path import them from here, so that Zod (event-schema.ts) stays out of the page's entry chunk.
 */
export const DEFAULT_TIMEZONE = 'Asia/Seoul';

// Building an Intl.DateTimeFormat costs ~1 ms; events share a handful of zones. Cached per zone.
const zoneChecks = new Map<string, boolean>();

export function isIanaZone(tz: string): boolean {
  let ok = zoneChecks.get(tz);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: tz });
      ok = true;
    } catch {
      ok = false;
    }
    zoneChecks.set(tz, ok);
  }
  return ok;
}

/** True for absolute http(s) URLs only: anything else is never made clickable. */
export function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Importance levels of an event. An unrated event (imported without one) passes every `imp` filter. */
export const IMPORTANCE_LEVELS = [1, 2, 3] as const;
export type Importance = (typeof IMPORTANCE_LEVELS)[number];
export const IMPORTANCE_LABEL: Record<Importance, string> = { 1: 'routine', 2: 'notable', 3: 'major' };
