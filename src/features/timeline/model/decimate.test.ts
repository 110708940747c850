import { midnightSeries, msOfDay } from '../../rates/model/test-fixtures';
import { decimateMinMax, type Points } from './decimate';
import { asMs, asMsArray } from '../../../lib/units';

/**
 * The rule written out plainly, for comparison: each observation in [from, to] goes to the pixel
 * column its instant falls in (the right edge to the last); per column, the first minimum and the
 * first maximum, in time order.
 */
function reference(t: number[], v: number[], from: number, to: number, cols: number): [number[], number[]] {
  const byCol = new Map<number, number[]>();
  t.forEach((x, i) => {
    if (x < from || x > to) return;
    const c = Math.min(cols - 1, Math.floor(((x - from) / (to - from)) * cols));
    byCol.set(c, [...(byCol.get(c) ?? []), i]);
  });
  const outT: number[] = [];
  const outV: number[] = [];
  for (const c of [...byCol.keys()].sort((a, b) => a - b)) {
    const idx = byCol.get(c)!;
    let mn = idx[0];
    let mx = idx[0];
    for (const i of idx) {
      if (v[i] < v[mn]) mn = i;
      if (v[i] > v[mx]) mx = i;
    }
    for (const i of mn === mx ? [mn] : [Math.min(mn, mx), Math.max(mn, mx)]) {
      outT.push(t[i]);
      outV.push(v[i]);
    }
  }
  return [outT, outV];
}

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

  it('puts every observation in the column of its instant, those on a column edge too', () => {
    // Seeded instants at uneven steps, and one exactly on each column's edge (where a shortcut
    // that skips the division could put a point one column off).
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const from = 1_650_000_000_000;
    const to = from + 7 * 86_400_000 + 12_345;
    const cols = 97;
    const set = new Set<number>();
    for (let c = 0; c <= cols; c++) set.add(from + ((to - from) * c) / cols);
    for (let x = from - 5 * 60_000; x < to + 5 * 60_000; x += 1 + Math.floor(rand() * 120_000)) set.add(x);
    const t = [...set].sort((a, b) => a - b);
    const v = t.map(() => Math.round(rand() * 50) / 10); // ties, so "the first" minimum matters
    const got = decimateMinMax({ t: asMsArray(Float64Array.from(t)), values: Float64Array.from(v) }, asMs(from), asMs(to), cols);
    const [rt, rv] = reference(t, v, from, to, cols);
    expect(rt.length).toBeGreaterThan(cols * 2 - 4); // decimated: the budget was met, not skipped
    expect(Array.from(got.t)).toEqual(rt);
    expect(Array.from(got.values)).toEqual(rv);
  });

  it('keeps the same points as the reference on uneven data, 0–3 days apart, with ties', () => {
    // Seeded, unevenly spaced instants (some in the same column) and values with ties.
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const ts: number[] = [];
    const vs: number[] = [];
    for (let t = 0, i = 0; i < 5000; i++, t += Math.floor(rand() * 3 * 86_400_000)) {
      ts.push(t);
      vs.push(Math.round(rand() * 50));
    }
    const from = ts[100];
    const to = ts[4800];
    const cols = 317;
    const got = decimateMinMax({ t: asMsArray(Float64Array.from(ts)), values: Float64Array.from(vs) }, asMs(from), asMs(to), cols);
    // Control: the view holds more than two observations per column, so the points were decimated.
    const inView = ts.filter((t) => t >= from && t <= to).length;
    expect(inView).toBeGreaterThan(cols * 2);
    expect(got.t.length).toBeLessThan(inView);
    const [rt, rv] = reference(ts, vs, from, to, cols);
    expect(Array.from(got.t)).toEqual(rt);
    expect(Array.from(got.values)).toEqual(rv);
  });
});
