import { fromZonedTime } from 'date-fns-tz';
import { DAY_MS } from './units';
import { ruleOffset } from './zone-rules';

const iso = (d: number) => new Date(d * DAY_MS).toISOString().slice(0, 10);

describe('ruleOffset (New York and Berlin daylight saving without Intl)', () => {
  it("gives date-fns-tz's offset for every day 1976–2040 at the fixes and at the edges of the day it answers", () => {
    const cases = [
      ['America/New_York', '12:00', 1976],
      ['America/New_York', '03:00', 1976],
      ['America/New_York', '23:59', 1976],
      ['Europe/Berlin', '14:15', 1981],
      ['Europe/Berlin', '03:00', 1981],
      ['Europe/Berlin', '23:59', 1981],
    ] as const;
    for (const [zone, hhmm, fromYear] of cases) {
      const minutes = Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
      const wrong: string[] = [];
      for (let d = Date.UTC(fromYear, 0, 1) / DAY_MS; d <= Date.UTC(2040, 11, 31) / DAY_MS; d++) {
        const wall = d * DAY_MS + minutes * 60_000;
        const want = (wall - fromZonedTime(`${iso(d)}T${hhmm}:00`, zone).getTime()) / 60_000;
        if (ruleOffset(zone, d, minutes) !== want) wrong.push(iso(d));
      }
      expect(`${zone} ${hhmm}: ${wrong.slice(0, 5).join(' ')}`).toBe(`${zone} ${hhmm}: `);
    }
  });
  it('says nothing for other zones, wall times before 03:00 and years before its rules', () => {
    const d = Date.UTC(2024, 6, 1) / DAY_MS;
    expect(ruleOffset('Asia/Seoul', d, 720)).toBeNull();
    expect(ruleOffset('America/New_York', d, 120)).toBeNull();
    expect(ruleOffset('Europe/Berlin', Date.UTC(1980, 6, 1) / DAY_MS, 855)).toBeNull();
  });
});
