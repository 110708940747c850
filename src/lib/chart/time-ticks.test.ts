import { DAY_MS, parseIsoDay, type EpochDay } from '../units';
import { dayTicks, MAX_TIME_TICKS, timeTicks } from './time-ticks';

const d = (s: string) => parseIsoDay(s) as EpochDay;

describe('dayTicks', () => {
  it('uses years on long ranges, within the width', () => {
    const t = dayTicks(d('1981-04-13'), d('2024-11-29'), 800);
    expect(t.length).toBeLessThanOrEqual(10);
    expect(t.every((x) => /^\d{4}$/.test(x.label))).toBe(true);
    expect(t[0].label).toBe('1985');
  });
  it('uses months on a year', () => {
    const t = dayTicks(d('2016-01-01'), d('2016-12-31'), 1000);
    expect(t.map((x) => x.label)).toContain('Jul 2016');
    expect(t[0].label).toBe('2016');
  });
  it('uses years on two years in a narrow embed', () => {
    const t = dayTicks(d('2016-01-01'), d('2017-12-31'), 240);
    expect(t.map((x) => x.label)).toEqual(['2016', '2017']);
    expect(dayTicks(d('2016-01-01'), d('2017-12-31'), 1000).map((x) => x.label)).toContain('Mar 2016');
  });
  it('uses days on two weeks', () => {
    const t = dayTicks(d('2016-01-01'), d('2016-01-14'), 1000);
    expect(t.length).toBeGreaterThan(5);
    expect(t[0].label).toBe('1 Jan 2016');
  });
});

describe('dayTicks on hostile ranges', () => {
  const yearOf = (day: number) => new Date(day * DAY_MS).getUTCFullYear();

  it('fits the width on the widest range a Date can hold (about 550,000 years)', () => {
    const t = dayTicks(-100_000_000 as EpochDay, 100_000_000 as EpochDay, 800);
    expect(t.length).toBeGreaterThanOrEqual(2);
    expect(t.length).toBeLessThanOrEqual(10); // 800 px / 80 px
    expect(t.every((x) => x.label === String(yearOf(x.at / DAY_MS)))).toBe(true);
  });

  it('makes no ticks past the days a Date can hold, and none for a non-finite range', () => {
    expect(dayTicks(1e9 as EpochDay, (1e9 + 300) as EpochDay, 800)).toEqual([]);
    expect(dayTicks(Number.NaN as EpochDay, d('2016-01-01'), 800)).toEqual([]);
    expect(dayTicks(d('2016-01-01'), Number.POSITIVE_INFINITY as EpochDay, 800)).toEqual([]);
  });

  it('stays bounded whatever the width', () => {
    expect(dayTicks(d('1000-01-01'), d('2000-01-01'), Number.POSITIVE_INFINITY).length).toBeLessThanOrEqual(MAX_TIME_TICKS);
    expect(dayTicks(d('2016-01-01'), d('2016-12-31'), Number.NaN).length).toBeLessThanOrEqual(3);
  });

  it('labels years 0–99 as those years (Date.UTC would read them as 1900–1999)', () => {
    const jan1 = (y: number) => new Date(0).setUTCFullYear(y, 0, 1) / DAY_MS;
    const t = dayTicks(jan1(1) as EpochDay, jan1(300) as EpochDay, 800);
    expect(t.length).toBeGreaterThanOrEqual(2);
    expect(t.every((x) => x.label === String(yearOf(x.at / DAY_MS)))).toBe(true);
    expect(t[0].label).toBe('50');
  });

  it('gives one day a tick when the range is a single day', () => {
    expect(dayTicks(d('2016-01-06'), d('2016-01-06'), 800).map((x) => x.label)).toEqual(['6 Jan 2016']);
  });
});

describe('timeTicks on instants', () => {
  const at = (iso: string) => Date.parse(iso);
  it('uses calendar ticks for two days or more, at midnight UTC', () => {
    const t = timeTicks(at('2016-01-01T00:00Z'), at('2016-01-14T00:00Z'), 1000);
    expect(t.length).toBeGreaterThan(3);
    expect(t.every((x) => x.at % DAY_MS === 0)).toBe(true);
  });
  it('labels clock times within a day, in UTC, with the date on the first tick and at midnight', () => {
    // 22:00 to 03:00 over 480 px (at most 6 ticks): 30 minutes would make 10, one hour makes 5 steps.
    const t = timeTicks(at('2024-03-04T22:00Z'), at('2024-03-05T03:00Z'), 480);
    expect(t.map((x) => x.label)).toEqual(['4 Mar 22:00 UTC', '23:00', '5 Mar 00:00', '01:00', '02:00', '03:00']);
  });
  it('steps in minutes over an hour', () => {
    const t = timeTicks(at('2024-03-05T01:30Z'), at('2024-03-05T02:30Z'), 800);
    // 60 minutes, at most 10 ticks: the first step that fits is 10 minutes.
    expect(t.map((x) => new Date(x.at).toISOString().slice(11, 16))).toEqual(['01:30', '01:40', '01:50', '02:00', '02:10', '02:20', '02:30']);
  });
});

describe('ticks in Korean', () => {
  it('writes years as 2024년', () => {
    expect(dayTicks(d('2016-01-01'), d('2017-12-31'), 240, 80, 'ko').map((x) => x.label)).toEqual(['2016년', '2017년']);
  });
  it('writes months as 3월 inside a labelled year, the year at January', () => {
    const t = dayTicks(d('2016-03-01'), d('2017-02-28'), 1000, 80, 'ko').map((x) => x.label);
    expect(t[0]).toBe('2016년 3월');
    expect(t).toContain('7월');
    expect(t).toContain('2017년');
    expect(t).not.toContain('Jul 2016');
  });
  it('writes days as 1월 5일, with the year in the short form', () => {
    const t = dayTicks(d('2016-01-01'), d('2016-01-14'), 1000, 80, 'ko').map((x) => x.label);
    expect(t[0]).toBe('2016.01.01');
    expect(t).toContain('1월 5일');
  });
  it('writes clock ticks with a Korean date and UTC', () => {
    const from = parseIsoDay('2024-12-03')! * DAY_MS;
    const t = timeTicks(from, from + 6 * 3_600_000, 800, 80, 'ko');
    expect(t[0].label).toBe('12월 3일 00:00 UTC');
  });
});
