import { formatInTimeZone, fromZonedTime } from 'date-fns-tz';
import { DAY_MS, isoDateInZone, wallTimeToInstant, zonedTimeToInstant, type EpochDay } from './units';

describe('isoDateInZone', () => {
  it('gives the calendar date in the zone, across midnight and daylight saving', () => {
    // 23:30 UTC on 31 Dec is already 1 Jan in Berlin (UTC+1) and in Seoul, still 31 Dec in New York.
    const t = new Date('2023-12-31T23:30:00Z');
    expect(isoDateInZone(t, 'Europe/Berlin')).toBe('2024-01-01');
    expect(isoDateInZone(t, 'Asia/Seoul')).toBe('2024-01-01');
    expect(isoDateInZone(t, 'America/New_York')).toBe('2023-12-31');
    // Summer time: 22:30 UTC on 30 Jun is 00:30 on 1 Jul in Berlin (UTC+2).
    expect(isoDateInZone(new Date('2024-06-30T22:30:00Z'), 'Europe/Berlin')).toBe('2024-07-01');
    expect(isoDateInZone(new Date('2024-06-30T21:30:00Z'), 'Europe/Berlin')).toBe('2024-06-30');
  });
});

describe('zonedTimeToInstant', () => {
  const iso = (ms: number) => new Date(ms).toISOString();
  it('reads a wall time in a zone, in summer and winter time, east and west of UTC', () => {
    expect(iso(zonedTimeToInstant('2024-09-24', '14:15', 'Europe/Berlin'))).toBe('2024-09-24T12:15:00.000Z');
    expect(iso(zonedTimeToInstant('2024-12-02', '14:15', 'Europe/Berlin'))).toBe('2024-12-02T13:15:00.000Z');
    expect(iso(zonedTimeToInstant('2024-07-01', '12:00', 'America/New_York'))).toBe('2024-07-01T16:00:00.000Z');
    expect(iso(zonedTimeToInstant('2016-01-06', '10:30', 'Asia/Seoul'))).toBe('2016-01-06T01:30:00.000Z');
    expect(iso(zonedTimeToInstant('2024-01-01', '09:00', 'Asia/Kolkata'))).toBe('2024-01-01T03:30:00.000Z');
    expect(iso(zonedTimeToInstant('2024-01-01', '09:00', 'UTC'))).toBe('2024-01-01T09:00:00.000Z');
  });
  it('settles on the right offset on the days the clocks change', () => {
    // Berlin goes to summer time at 02:00 on 2025-03-30 and back at 03:00 on 2025-10-26.
    expect(iso(zonedTimeToInstant('2025-03-30', '14:15', 'Europe/Berlin'))).toBe('2025-03-30T12:15:00.000Z');
    expect(iso(zonedTimeToInstant('2025-03-30', '01:30', 'Europe/Berlin'))).toBe('2025-03-30T00:30:00.000Z');
    expect(iso(zonedTimeToInstant('2025-10-26', '14:15', 'Europe/Berlin'))).toBe('2025-10-26T13:15:00.000Z');
    // A wall time the zone skips reads as the same time after the change (as Date and Temporal do):
    // 02:30 on 2025-03-30 is 03:30 summer time (date-fns-tz reads it as 01:30 winter time). A
    // repeated one (02:30 on 2025-10-26) is the second, in winter time, as date-fns-tz reads it.
    expect(iso(zonedTimeToInstant('2025-03-30', '02:30', 'Europe/Berlin'))).toBe('2025-03-30T01:30:00.000Z');
    expect(iso(zonedTimeToInstant('2025-10-26', '02:30', 'Europe/Berlin'))).toBe('2025-10-26T01:30:00.000Z');
  });

  it('gives the fix instants the reactions get from date-fns-tz, every day 1999–2030', () => {
    // ECB fixes (14:15 Berlin) use this; the reactions' fix instants use date-fns-tz (a time-zone
    // library, issue #4). The two differ only for wall times a zone skips, which no fix time is in.
    const differ: string[] = [];
    for (let t = Date.UTC(1999, 0, 1); t <= Date.UTC(2030, 11, 31); t += 86_400_000) {
      const date = new Date(t).toISOString().slice(0, 10);
      for (const [time, tz] of [
        ['14:15', 'Europe/Berlin'],
        ['12:00', 'America/New_York'],
      ]) {
        const ours = zonedTimeToInstant(date, time, tz);
        if (ours !== fromZonedTime(`${date}T${time}:00`, tz).getTime()) differ.push(`${date} ${time} ${tz}`);
        if (isoDateInZone(new Date(ours), tz) !== formatInTimeZone(ours, tz, 'yyyy-MM-dd')) differ.push(`date of ${date} ${time} ${tz}`);
      }
    }
    expect(differ).toEqual([]);
    // ~47,000 date-fns-tz conversions: about 1–2 s alone, far more on a loaded 2-core machine.
  }, 60_000);
});

describe('wallTimeToInstant', () => {
  it("gives date-fns-tz's instant for every day 1999–2030 at the H.10 and ECB fixes and at midnight in Seoul", () => {
    const cases = [
      ['America/New_York', 12 * 60, '12:00'],
      ['Europe/Berlin', 14 * 60 + 15, '14:15'],
      ['Asia/Seoul', 0, '00:00'],
    ] as const;
    const from = Date.UTC(1999, 0, 1) / DAY_MS;
    const to = Date.UTC(2030, 11, 31) / DAY_MS;
    for (const [tz, minutes, hhmm] of cases) {
      for (let d = from; d <= to; d += 1) {
        const iso = new Date(d * DAY_MS).toISOString().slice(0, 10);
        const want = fromZonedTime(`${iso}T${hhmm}:00`, tz).getTime();
        if (wallTimeToInstant(d as EpochDay, minutes, tz) !== want) throw new Error(`${tz} ${iso} ${hhmm}`);
      }
    }
  });

  it('agrees with date-fns-tz around daylight-saving changes at every quarter hour that exists (New York, Berlin, Lord Howe)', () => {
    for (const tz of ['America/New_York', 'Europe/Berlin', 'Australia/Lord_Howe']) {
      for (const iso of ['2024-03-10', '2024-11-03', '2024-03-31', '2024-10-27', '2024-04-07', '2024-10-06']) {
        const d = Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
        for (let m = 0; m < 24 * 60; m += 15) {
          const hhmm = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
          const want = fromZonedTime(`${iso}T${hhmm}:00`, tz).getTime();
          // A wall time the change skips has no instant of its own; the libraries differ there by design.
          if (formatInTimeZone(want, tz, 'yyyy-MM-dd HH:mm') !== `${iso} ${hhmm}`) continue;
          expect(`${tz} ${iso} ${hhmm} ${wallTimeToInstant(d as EpochDay, m, tz)}`).toBe(`${tz} ${iso} ${hhmm} ${want}`);
        }
      }
    }
  });
});
