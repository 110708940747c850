import { parseIsoDay, type EpochDay } from '../../../lib/units';
import { timeTicks } from './time-ticks';

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
