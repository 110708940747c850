import { makeSeries } from '../../rates/model/series';
import { asDay } from '../../../lib/units';
import { decimateMinMax } from './decimate';

describe('decimateMinMax', () => {
  const days = Array.from({ length: 1000 }, (_, i) => i);
  const values = days.map((d) => 1000 + Math.sin(d / 7) * 10 + (d === 503 ? 80 : 0));
  const s = makeSeries('USDKRW', 'snapshot', days, values);

  it('returns observations untouched when under budget', () => {
    const p = decimateMinMax(s, asDay(10), asDay(19), 100);
    expect(Array.from(p.days)).toEqual(days.slice(10, 20));
    expect(Array.from(p.values)).toEqual(values.slice(10, 20));
  });

  it('keeps at most two points per column, all real observations, spikes included', () => {
    const p = decimateMinMax(s, asDay(0), asDay(999), 100);
    expect(p.days.length).toBeLessThanOrEqual(200);
    expect(p.days.length).toBeGreaterThan(100);
    p.days.forEach((d, i) => expect(p.values[i]).toBe(values[d]));
    expect(Array.from(p.days)).toContain(503);
    expect(Math.max(...p.values)).toBe(Math.max(...values));
    expect(Math.min(...p.values)).toBe(Math.min(...values));
    for (let i = 1; i < p.days.length; i++) expect(p.days[i]).toBeGreaterThan(p.days[i - 1]);
  });

  it('keeps gaps as gaps (no day outside the observations)', () => {
    const g = makeSeries('USDKRW', 'snapshot', [0, 1, 2, 50, 51], [1, 2, 3, 4, 5]);
    expect(Array.from(decimateMinMax(g, asDay(0), asDay(60), 1).days)).toEqual([0, 51]);
    expect(Array.from(decimateMinMax(g, asDay(3), asDay(49), 10).days)).toEqual([]);
  });
});
