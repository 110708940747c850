import fc from 'fast-check';
import { ZoneClock } from './series-zone-clock';

const ZONES = ['Asia/Seoul', 'America/New_York', 'Europe/Berlin', 'Australia/Lord_Howe', 'America/Santiago', 'Asia/Kathmandu', 'Pacific/Chatham', 'UTC'];

/** The wall clock of `zone` at instant `ms`, read as if it were UTC (by Intl, not by ZoneClock). */
const formats = new Map<string, Intl.DateTimeFormat>();
function wallAt(ms: number, zone: string): number {
  let f = formats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formats.set(zone, f);
  }
  const parts = Object.fromEntries(
    f
      .formatToParts(ms)
      .map((p) => [p.type, Number(p.value)]),
  );
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!) + (ms % 1000);
}

describe('ZoneClock', () => {
  it('gives back the instant a wall time was read at, or the earlier one of a repeated hour', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: Date.UTC(1990, 0, 1) / 60_000, max: Date.UTC(2035, 0, 1) / 60_000 }), (zone, minute) => {
        const t = minute * 60_000;
        const wall = wallAt(t, zone);
        const back = new ZoneClock(zone).toInstant(wall);
        expect(wallAt(back, zone)).toBe(wall);
        // Either the same instant, or an earlier one with the same wall time (a repeated hour).
        expect(back <= t).toBe(true);
        if (back !== t) expect(t - back <= 2 * 3_600_000).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('has no instant for a wall time the clocks skip, on every spring change of New York 2000–2030', () => {
    const clock = new ZoneClock('America/New_York');
    for (let y = 2000; y <= 2030; y++) {
      // The second Sunday of March from 2007, the first Sunday of April before.
      const first = y >= 2007 ? Date.UTC(y, 2, 1) : Date.UTC(y, 3, 1);
      const dow = new Date(first).getUTCDay();
      const sunday = first + (((7 - dow) % 7) + (y >= 2007 ? 7 : 0)) * 86_400_000;
      expect(clock.toInstant(sunday + 2.5 * 3_600_000)).toBeNaN();
      expect(clock.toInstant(sunday + 1.5 * 3_600_000)).toBe(sunday + 6.5 * 3_600_000);
      expect(clock.toInstant(sunday + 3.5 * 3_600_000)).toBe(sunday + 7.5 * 3_600_000);
    }
  });

  it('reads the repeated hour of every autumn change of New York 2000–2030 as its first occurrence (EDT)', () => {
    const clock = new ZoneClock('America/New_York');
    for (let y = 2000; y <= 2030; y++) {
      // The first Sunday of November from 2007, the last Sunday of October before.
      const sunday =
        y >= 2007
          ? Date.UTC(y, 10, 1) + ((7 - new Date(Date.UTC(y, 10, 1)).getUTCDay()) % 7) * 86_400_000
          : Date.UTC(y, 9, 31) - new Date(Date.UTC(y, 9, 31)).getUTCDay() * 86_400_000;
      // 01:30 happens at 05:30Z (EDT, UTC-4) and again at 06:30Z (EST); the first is taken.
      expect(clock.toInstant(sunday + 1.5 * 3_600_000)).toBe(sunday + 5.5 * 3_600_000);
      expect(clock.toInstant(sunday + 2.5 * 3_600_000)).toBe(sunday + 7.5 * 3_600_000);
    }
  });
});
