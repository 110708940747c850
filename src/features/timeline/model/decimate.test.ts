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

  it('keeps, per pixel column, exactly the first minimum and the first maximum of its observations (a reference by grouping, on uneven data)', () => {
    // Seeded, unevenly spaced instants (0–3 days apart, some in the same column) and values with ties.
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const ts: number[] = [];
    const vs: number[] = [];
    for (let t = 0, i = 0; i < 5000; i++, t += Math.floor(rand() * 3 * 86_400_000)) {
      ts.push(t);
      vs.push(Math.round(rand() * 50));
    }
    const series = { t: Float64Array.from(ts), values: Float64Array.from(vs) } as unknown as Parameters<typeof decimateMinMax>[0];
    const from = ts[100];
    const to = ts[4800];
    const cols = 317;
    // Reference: group the observations in [from, to] by column, keep each group's first min and first max in time order.
    const groups = new Map<number, number[]>();
    ts.forEach((t, i) => {
      if (t < from || t > to) return;
      const c = Math.min(cols - 1, Math.floor(((t - from) / (to - from)) * cols));
      groups.set(c, [...(groups.get(c) ?? []), i]);
    });
    const want: number[] = [];
    for (const c of [...groups.keys()].sort((a, b) => a - b)) {
      const idx = groups.get(c)!;
      const lo = idx.reduce((a, b) => (vs[b] < vs[a] ? b : a));
      const hi = idx.reduce((a, b) => (vs[b] > vs[a] ? b : a));
      want.push(...new Set([Math.min(lo, hi), Math.max(lo, hi)]));
    }
    const got = decimateMinMax(series, from as never, to as never, cols);
    // Control: the view holds more than two observations per column, so the points were decimated.
    const inView = ts.filter((t) => t >= from && t <= to).length;
    expect(inView).toBeGreaterThan(cols * 2);
    expect(got.t.length).toBeLessThan(inView);
    expect(Array.from(got.t)).toEqual(want.map((i) => ts[i]));
    expect(Array.from(got.values)).toEqual(want.map((i) => vs[i]));
  });
});
