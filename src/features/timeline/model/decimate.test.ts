import { midnightSeries, msOfDay } from '../../rates/model/test-fixtures';
import { decimateMinMax, type Points } from './decimate';

const dayList = (p: Points) => Array.from(p.t, (t) => t / 86_400_000);

describe('decimateMinMax', () => {
  const days = Array.from({ length: 1000 }, (_, i) => i);
  const values = days.map((d) => 1000 + Math.sin(d / 7) * 10 + (d === 503 ? 80 : 0));
  const s = midnightSeries(days, values);

  it('returns observations untouched when under budget', () => {
    const p = decimateMinMax(s, msOfDay(10), msOfDay(19), 100);
    expect(dayList(p)).toEqual(days.slice(10, 20));
    expect(Array.from(p.values)).toEqual(values.slice(10, 20));
  });

  it('keeps at most two points per column, all real observations, spikes included', () => {
    const p = decimateMinMax(s, msOfDay(0), msOfDay(999), 100);
    expect(p.t.length).toBeLessThanOrEqual(200);
    expect(p.t.length).toBeGreaterThan(100);
    dayList(p).forEach((d, i) => expect(p.values[i]).toBe(values[d]));
    expect(dayList(p)).toContain(503);
    expect(Math.max(...p.values)).toBe(Math.max(...values));
    expect(Math.min(...p.values)).toBe(Math.min(...values));
    for (let i = 1; i < p.t.length; i++) expect(p.t[i]).toBeGreaterThan(p.t[i - 1]);
  });

  it('keeps gaps as gaps (no day outside the observations)', () => {
    const g = midnightSeries([0, 1, 2, 50, 51], [1, 2, 3, 4, 5]);
    expect(dayList(decimateMinMax(g, msOfDay(0), msOfDay(60), 1))).toEqual([0, 51]);
    expect(dayList(decimateMinMax(g, msOfDay(3), msOfDay(49), 10))).toEqual([]);
  });
});
