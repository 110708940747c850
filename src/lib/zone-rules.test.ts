import { fromZonedTime } from 'date-fns-tz';
import { DAY_MS } from './units';
import { ruleOffset } from './zone-rules';

const iso = (d: number) => new Date(d * DAY_MS).toISOString().slice(0, 10);

describe('ruleOffset (daylight saving and fixed offsets without Intl)', () => {
  it("gives date-fns-tz's offset for every day 1976–2040 (from each zone's rules) at six wall times, or nothing", () => {
    // Every day of the years each zone's rules cover (within 1976–2040): the H.10 and ECB fixes from the
    // start of their data; six wall times for the zones with daylight saving since 1996, and midnight and
    // 23:59 for the zones without it since 2005 (the events' years).
    const cases: [string, string, number][] = [['America/New_York', '12:00', 1976], ['Europe/Berlin', '14:15', 1981], ['America/Los_Angeles', '12:00', 1976]];
    for (const hhmm of ['00:00', '01:30', '03:00', '12:00', '14:15', '23:59']) {
      for (const zone of ['America/New_York', 'Europe/Berlin', 'Europe/London', 'America/Los_Angeles', 'Europe/Brussels']) cases.push([zone, hhmm, 1996]);
    }
    for (const hhmm of ['00:00', '23:59']) {
      for (const zone of ['Asia/Seoul', 'Asia/Tokyo', 'Asia/Shanghai', 'Asia/Pyongyang', 'Asia/Singapore', 'Asia/Ho_Chi_Minh', 'UTC']) cases.push([zone, hhmm, 2005]);
    }
    for (const zone of ['Asia/Singapore', 'Asia/Ho_Chi_Minh']) cases.push([zone, '12:00', 1983]);
    for (const [zone, hhmm, fromYear] of cases) {
      const minutes = Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
      const wrong: string[] = [];
      let unanswered = 0;
      for (let d = Date.UTC(fromYear, 0, 1) / DAY_MS; d <= Date.UTC(2040, 11, 31) / DAY_MS; d++) {
        const wall = d * DAY_MS + minutes * 60_000;
        const want = (wall - fromZonedTime(`${iso(d)}T${hhmm}:00`, zone).getTime()) / 60_000;
        const got = ruleOffset(zone, d, minutes);
        // null: not answered here (the caller asks Intl); an answer must be right.
        if (got !== null && got !== want) wrong.push(iso(d));
        if (got === null) unanswered++;
      }
      expect(`${zone} ${hhmm}: ${wrong.slice(0, 5).join(' ')}`).toBe(`${zone} ${hhmm}: `);
      // Only the days of a change may go unanswered: twice a year before 03:00, and a fixed offset's own change days.
      expect(unanswered).toBeLessThanOrEqual((minutes < 180 ? 2 * (2041 - fromYear) : 0) + 4);
    }
  }, 120_000); // ~550,000 date-fns-tz conversions: tens of seconds on a loaded 2-core machine
  it('says nothing for other zones, before 03:00 on the day of a change, and years before its rules', () => {
    const d = Date.UTC(2024, 6, 1) / DAY_MS;
    expect(ruleOffset('Australia/Sydney', d, 720)).toBeNull();
    expect(ruleOffset('America/New_York', Date.UTC(2024, 2, 10) / DAY_MS, 120)).toBeNull(); // the change day, before 03:00
    expect(ruleOffset('Europe/Berlin', Date.UTC(1980, 6, 1) / DAY_MS, 855)).toBeNull();
  });
});
