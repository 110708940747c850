import { parseIsoDay, type EpochDay } from '../units';
import { MAX_TIME_TICKS, timeTicks } from './time-ticks';

const d = (s: string) => parseIsoDay(s) as EpochDay;

describe('timeTicks', () => {
  it('uses years on long ranges, within the width', () => {
    const t = timeTicks(d('1981-04-13'), d('2024-11-29'), 800);
    expect(t.length).toBeLessThanOrEqual(10);
    expect(t.every((x) => /^\d{4}$/.test(x.label))).toBe(true);
    expect(t[0].label).toBe('1985');
  });
  it('uses months on a year', () => {
    const t = timeTicks(d('2016-01-01'), d('2016-12-31'), 1000);
    expect(t.map((x) => x.label)).toContain('Jul 2016');
    expect(t[0].label).toBe('2016');
  });
  it('uses years on two years in a narrow embed', () => {
    const t = timeTicks(d('2016-01-01'), d('2017-12-31'), 240);
    expect(t.map((x) => x.label)).toEqual(['2016', '2017']);
    expect(timeTicks(d('2016-01-01'), d('2017-12-31'), 1000).map((x) => x.label)).toContain('Mar 2016');
  });
  it('uses days on two weeks', () => {
    const t = timeTicks(d('2016-01-01'), d('2016-01-14'), 1000);
    expect(t.length).toBeGreaterThan(5);
    expect(t[0].label).toBe('1 Jan 2016');
  });
});

describe('timeTicks on hostile ranges', () => {
  const DAY_MS = 86_400_000;
  const yearOf = (day: number) => new Date(day * DAY_MS).getUTCFullYear();

  it('fits the width on the widest range a Date can hold (about 550,000 years)', () => {
    const t = timeTicks(-100_000_000 as EpochDay, 100_000_000 as EpochDay, 800);
    expect(t.length).toBeGreaterThanOrEqual(2);
    expect(t.length).toBeLessThanOrEqual(10); // 800 px / 80 px
    expect(t.every((x) => x.label === String(yearOf(x.day)))).toBe(true);
  });

  it('makes no ticks past the days a Date can hold, and none for a non-finite range', () => {
    expect(timeTicks(1e9 as EpochDay, (1e9 + 300) as EpochDay, 800)).toEqual([]);
    expect(timeTicks(Number.NaN as EpochDay, d('2016-01-01'), 800)).toEqual([]);
    expect(timeTicks(d('2016-01-01'), Number.POSITIVE_INFINITY as EpochDay, 800)).toEqual([]);
  });

  it('stays bounded whatever the width', () => {
    expect(timeTicks(d('1000-01-01'), d('2000-01-01'), Number.POSITIVE_INFINITY).length).toBeLessThanOrEqual(MAX_TIME_TICKS);
    expect(timeTicks(d('2016-01-01'), d('2016-12-31'), Number.NaN).length).toBeLessThanOrEqual(3);
  });

  it('labels years 0–99 as those years (Date.UTC would read them as 1900–1999)', () => {
    const jan1 = (y: number) => new Date(0).setUTCFullYear(y, 0, 1) / DAY_MS;
    const t = timeTicks(jan1(1) as EpochDay, jan1(300) as EpochDay, 800);
    expect(t.length).toBeGreaterThanOrEqual(2);
    expect(t.every((x) => x.label === String(yearOf(x.day)))).toBe(true);
    expect(t[0].label).toBe('50');
  });

  it('gives one day a tick when the range is a single day', () => {
    expect(timeTicks(d('2016-01-06'), d('2016-01-06'), 800).map((x) => x.label)).toEqual(['6 Jan 2016']);
  });
});
