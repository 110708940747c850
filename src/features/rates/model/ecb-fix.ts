import { SOURCES } from '../../../config/series';
import { isoDateInZone, parseIsoDay, isoFromDay, zonedTimeToInstant, type EpochDay } from '../../../lib/units';

/** ECB reference rates are fixed at 14:15 Frankfurt time on business days (config/series.ts). */
export const ECB_FIX_TIME = SOURCES.ecb.fixTime ?? '14:15';
export const ECB_TIME_ZONE = SOURCES.ecb.timezone ?? 'Europe/Berlin';
/** The ECB publishes the figures "around 16:00 CET"; ask again only after that. */
export const ECB_PUBLICATION_LAG_MS = 105 * 60_000;

/**
 * The first ECB fix instant strictly after `now`: 14:15 Europe/Berlin today if
 * today is a weekday and that is still ahead, else on the next weekday.
 * (TARGET holidays are not skipped: asking on one just returns the same data.)
 */
export function nextEcbFix(now: Date): Date {
  return firstFixAfter(now, 0);
}

/** The first fix whose figures are published (fix + lag) after `now`; returns that publication instant. */
export function nextEcbPublication(now: Date): Date {
  return new Date(firstFixAfter(now, ECB_PUBLICATION_LAG_MS).getTime() + ECB_PUBLICATION_LAG_MS);
}

function firstFixAfter(now: Date, offsetMs: number): Date {
  const today = parseIsoDay(isoDateInZone(now, ECB_TIME_ZONE)) as EpochDay;
  for (let i = 0; i < 8; i++) {
    const day = (today + i) as EpochDay;
    const wd = new Date(day * 86_400_000).getUTCDay();
    if (wd === 0 || wd === 6) continue;
    const fix = new Date(zonedTimeToInstant(isoFromDay(day), ECB_FIX_TIME, ECB_TIME_ZONE));
    if (fix.getTime() + offsetMs > now.getTime()) return fix;
  }
  throw new Error('no weekday within 8 days'); // unreachable
}

/**
 * How long data fetched at `fetchedAtMs` stays fresh: until the next fix is
 * published (fix + lag). At least one minute. Never throws: a time the calendar
 * cannot place (not finite, or beyond what a Date holds) is fresh for no time.
 */
export function ecbFreshForMs(fetchedAtMs: number): number {
  try {
    const ms = nextEcbPublication(new Date(fetchedAtMs)).getTime() - fetchedAtMs;
    return Number.isFinite(ms) ? Math.max(60_000, ms) : 0;
  } catch {
    return 0;
  }
}
