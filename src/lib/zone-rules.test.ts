import fc from 'fast-check';
import { fromZonedTime } from 'date-fns-tz';
import { DAY_MS } from './units';
import { ruleOffset, ruleOffsetsOf } from './zone-rules';

const iso = (d: number) => new Date(d * DAY_MS).toISOString().slice(0, 10);

/** Days between two samples of date-fns-tz's offset (29: under a month, and coprime with 7, so the samples fall on every weekday). */
const STEP = 29;

/**
 * The days on which ruleOffset is compared with date-fns-tz, for one zone and wall time over [first, last]:
 * the first and last day; every day on which ruleOffset's answer differs from the day before's, and its
 * neighbours; every day on which date-fns-tz's offset changes, and its neighbours (found from a sample every
 * STEP days and a bisection between two samples that differ); the samples themselves; 200 seeded random days.
 * Two piecewise-constant offsets that agree on all of these agree on every day, as long as the zone's offset
 * does not change twice within STEP days (its changes are months apart in every zone checked here): a stretch
 * of days where they disagree starts where one of them changes, or is longer than STEP days.
 */
function daysToCheck(first: number, last: number, got: (d: number) => number | null, want: (d: number) => number, seed: number): Set<number> {
  const days = new Set<number>([first, last]);
  const around = (d: number) => [d - 1, d, d + 1].forEach((x) => x >= first && x <= last && days.add(x));
  for (let d = first + 1; d <= last; d++) if (got(d) !== got(d - 1)) around(d);
  for (let a = first; a < last; a += STEP) {
    const b = Math.min(a + STEP, last);
    days.add(a);
    if (want(a) === want(b)) continue;
    let lo = a;
    let hi = b;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (want(mid) === want(lo)) lo = mid;
      else hi = mid;
    }
    around(hi);
  }
  for (const d of fc.sample(fc.integer({ min: first, max: last }), { seed, numRuns: 200 })) days.add(d);
  return days;
}

describe('ruleOffset (daylight saving and fixed offsets without Intl)', () => {
  it("gives date-fns-tz's offset 1976–2040 (from each zone's rules) at six wall times, or nothing: on every change day ±1 and sampled days", () => {
    // The years each zone's rules cover (within 1976–2040): the H.10 and ECB fixes from the start of their
    // data; six wall times for the zones with daylight saving since 1996, and midnight and 23:59 for the
    // zones without it since 2005 (the events' years).
    const cases: [string, string, number][] = [['America/New_York', '12:00', 1976], ['Europe/Berlin', '14:15', 1981], ['America/Los_Angeles', '12:00', 1976]];
    for (const hhmm of ['00:00', '01:30', '03:00', '12:00', '14:15', '23:59']) {
      for (const zone of ['America/New_York', 'Europe/Berlin', 'Europe/London', 'America/Los_Angeles', 'Europe/Brussels']) cases.push([zone, hhmm, 1996]);
    }
    for (const hhmm of ['00:00', '23:59']) {
      for (const zone of ['Asia/Seoul', 'Asia/Tokyo', 'Asia/Shanghai', 'Asia/Pyongyang', 'Asia/Singapore', 'Asia/Ho_Chi_Minh', 'UTC']) cases.push([zone, hhmm, 2005]);
    }
    for (const zone of ['Asia/Singapore', 'Asia/Ho_Chi_Minh']) cases.push([zone, '12:00', 1983]);
    let checked = 0;
    cases.forEach(([zone, hhmm, fromYear], i) => {
      const minutes = Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
      const first = Date.UTC(fromYear, 0, 1) / DAY_MS;
      const last = Date.UTC(2040, 11, 31) / DAY_MS;
      // ruleOffset's answer for every day (cheap: no Intl), asked once.
      const answers: (number | null)[] = [];
      for (let d = first; d <= last; d++) answers.push(ruleOffset(zone, d, minutes));
      const got = (d: number) => answers[d - first];
      const offsets = new Map<number, number>();
      const want = (d: number) => {
        if (!offsets.has(d)) offsets.set(d, (d * DAY_MS + minutes * 60_000 - fromZonedTime(`${iso(d)}T${hhmm}:00`, zone).getTime()) / 60_000);
        return offsets.get(d)!;
      };
      const wrong: string[] = [];
      for (const d of daysToCheck(first, last, got, want, 1000 + i)) {
        // null: not answered here (the caller asks Intl); an answer must be right.
        const answer = got(d);
        if (answer !== null && answer !== want(d)) wrong.push(iso(d));
        checked++;
      }
      expect(`${zone} ${hhmm}: ${wrong.sort().slice(0, 5).join(' ')}`).toBe(`${zone} ${hhmm}: `);
      // Only the days of a change may go unanswered (every day counted): twice a year before 03:00, and a fixed offset's own change days.
      const unanswered = answers.filter((a) => a === null).length;
      expect(unanswered).toBeLessThanOrEqual((minutes < 180 ? 2 * (2041 - fromYear) : 0) + 4);
      // The search found every change of date-fns-tz's offset: twice a year with daylight saving, Pyongyang's
      // two (2015 and 2018), none in the other fixed zones.
      const found = [...offsets.keys()].sort((a, b) => a - b).filter((d, k, ds) => k > 0 && ds[k - 1] === d - 1 && want(d) !== want(d - 1)).length;
      const changes = zone.startsWith('Asia/') || zone === 'UTC' ? (zone === 'Asia/Pyongyang' ? 2 : 0) : 2 * (2041 - fromYear);
      expect(`${zone} ${hhmm}: ${found} changes`).toBe(`${zone} ${hhmm}: ${changes} changes`);
    });
    // Far fewer date-fns-tz conversions than on every day (~470,000), and still tens of thousands of days compared.
    expect(checked).toBeGreaterThan(20_000);
  }, 30_000); // ~30,000 date-fns-tz conversions and ~470,000 ruleOffset calls: a few seconds on a loaded 2-core machine
  it('says nothing for other zones, before 03:00 on the day of a change, and years before its rules', () => {
    const d = Date.UTC(2024, 6, 1) / DAY_MS;
    expect(ruleOffset('Australia/Sydney', d, 720)).toBeNull();
    expect(ruleOffset('America/New_York', Date.UTC(2024, 2, 10) / DAY_MS, 120)).toBeNull(); // the change day, before 03:00
    expect(ruleOffset('Europe/Berlin', Date.UTC(1980, 6, 1) / DAY_MS, 855)).toBeNull();
  });
});

describe('ruleOffsetsOf (many days at one wall time)', () => {
  it('answers as ruleOffset does for every day 1950–2045, in every zone the rules know, at wall times either side of 03:00', () => {
    const first = Date.UTC(1950, 0, 1) / DAY_MS;
    const last = Date.UTC(2045, 11, 31) / DAY_MS;
    const days = Int32Array.from({ length: last - first + 1 }, (_, i) => first + i);
    let compared = 0;
    let unanswered = 0;
    for (const zone of ['America/New_York', 'Europe/Berlin', 'Europe/London', 'America/Los_Angeles', 'Europe/Brussels', 'Asia/Seoul', 'Asia/Pyongyang', 'UTC']) {
      for (const minutes of [0, 90, 179, 180, 720, 855, 1439]) {
        const got = ruleOffsetsOf(zone, days, minutes)!;
        const wrong: string[] = [];
        days.forEach((d, i) => {
          const want = ruleOffset(zone, d, minutes);
          if (want === null) unanswered++;
          if (want === null ? !Number.isNaN(got[i]) : got[i] !== want) wrong.push(iso(d));
          compared++;
        });
        expect(`${zone} ${minutes}: ${wrong.slice(0, 5).join(' ')}`).toBe(`${zone} ${minutes}: `);
      }
    }
    // Control: the comparison met both answers and gaps (days before a zone's rules, change days before 03:00).
    expect(compared).toBe(8 * 7 * days.length);
    expect(unanswered).toBeGreaterThan(1000);
  });

  it('also answers a shuffled list of days (a year per day) and says null for a zone it does not know or a wall time out of the day', () => {
    const days = [Date.UTC(2024, 6, 1), Date.UTC(1990, 0, 15), Date.UTC(2024, 0, 1), Date.UTC(2007, 2, 11)].map((t) => t / DAY_MS);
    expect([...ruleOffsetsOf('America/New_York', days, 720)!]).toEqual(days.map((d) => ruleOffset('America/New_York', d, 720)));
    expect([...ruleOffsetsOf('America/New_York', days, 720)!]).toEqual([-240, -300, -300, -240]);
    expect(ruleOffsetsOf('Australia/Sydney', days, 720)).toBeNull();
    expect(ruleOffsetsOf('America/New_York', days, 24 * 60)).toBeNull();
  });
});
