import { DAY_MS, offsetMinutes } from '../../../lib/units';

const HOUR_MS = 3_600_000;

/**
 * Wall-clock times in one IANA zone to instants, by Intl's time-zone data (units.ts).
 *
 * Per calendar day the zone's offset is read at both ends of the widest span of instants that
 * day's wall clock can cover (-14 h .. +38 h around its UTC midnight): when the two agree the whole
 * day has that offset (clocks never change twice within 52 hours), so a year of 1-minute bars
 * costs two Intl look-ups a day. On a day the clocks change each wall time is tried with both
 * offsets: a time the zone skips has no instant (NaN); a repeated one is its first occurrence.
 */
export class ZoneClock {
  private readonly days = new Map<number, number>();

  constructor(readonly zone: string) {}

  /** The instant (UTC ms) at which the zone's clock reads `wallMs` (the wall time read as UTC), or NaN. */
  toInstant(wallMs: number): number {
    const day = Math.floor(wallMs / DAY_MS);
    let offset = this.days.get(day);
    if (offset === undefined) {
      const start = day * DAY_MS;
      const a = offsetMinutes(start - 14 * HOUR_MS, this.zone) * 60_000;
      const b = offsetMinutes(start + 38 * HOUR_MS, this.zone) * 60_000;
      offset = a === b ? a : NaN;
      this.days.set(day, offset);
    }
    if (!Number.isNaN(offset)) return wallMs - offset;
    return this.onChangeDay(wallMs, day * DAY_MS);
  }

  private onChangeDay(wallMs: number, start: number): number {
    const a = offsetMinutes(start - 14 * HOUR_MS, this.zone) * 60_000;
    const b = offsetMinutes(start + 38 * HOUR_MS, this.zone) * 60_000;
    const withA = wallMs - a;
    const withB = wallMs - b;
    const okA = offsetMinutes(withA, this.zone) * 60_000 === a;
    const okB = offsetMinutes(withB, this.zone) * 60_000 === b;
    if (okA && okB) return Math.min(withA, withB);
    if (okA) return withA;
    if (okB) return withB;
    return NaN;
  }
}

/** Whether Intl knows `zone` as a time zone. */
export function isKnownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone.trim() !== '';
  } catch {
    return false;
  }
}
