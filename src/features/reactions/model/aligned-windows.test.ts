import { alignedWindows } from './aligned-windows';
import { day, ev, seriesOn, weekdays } from './test-fixtures';

// 22 weekdays; three events at T0 = 5, 12, 20 whose paths over k = −2…2 are
// A: −1, 0, 1, 2, −3   B: 1, 0, 3, 0, 5   C: 1, 0, 2, −2, (past the end)
const dates = weekdays('2024-01-01', 22);
const v = Array<number>(22).fill(100);
[99, 100, 101, 102, 97].forEach((x, i) => (v[3 + i] = x));
[202, 200, 206, 200, 210].forEach((x, i) => (v[10 + i] = x));
[50.5, 50, 51, 49].forEach((x, i) => (v[18 + i] = x));
const s = seriesOn(dates, v);
const events = [ev('a', dates[5]), ev('b', dates[12]), ev('c', dates[20]), ev('late', '2024-12-31'), ev('early', '2023-12-01')];
const T2 = 4.302652729749462; // t₀.₉₇₅ with 2 degrees of freedom
const T1 = 12.706204736174694;

describe('aligned windows', () => {
  const w = alignedWindows(events, s, { from: -2, to: 2 });

  it('rebases each path to 0 at T−1 and leaves null past the data', () => {
    expect(w.ks).toEqual([-2, -1, 0, 1, 2]);
    expect(w.paths.map((p) => p.eventId)).toEqual(['a', 'b', 'c']);
    expect(w.paths[0].t0).toBe(day(dates[5]));
    const close = (xs: (number | null)[]) => xs.map((x) => (x === null ? null : Math.round(x * 1e9) / 1e9));
    expect(close(w.paths[0].values)).toEqual([-1, 0, 1, 2, -3]);
    expect(close(w.paths[1].values)).toEqual([1, 0, 3, 0, 5]);
    expect(close(w.paths[2].values)).toEqual([1, 0, 2, -2, null]);
  });
  it('lists the events it could not place', () => {
    expect(w.skipped).toEqual([
      { eventId: 'late', reason: 'after-last' },
      { eventId: 'early', reason: 'before-first' },
    ]);
  });
  it('gives per-k count, mean and a t-based 95 % band', () => {
    expect(w.count).toEqual([3, 3, 3, 3, 2]);
    const want = [
      { mean: 1 / 3, sd: Math.sqrt(4 / 3), t: T2, n: 3 },
      { mean: 0, sd: 0, t: T2, n: 3 },
      { mean: 2, sd: 1, t: T2, n: 3 },
      { mean: 0, sd: 2, t: T2, n: 3 },
      { mean: 1, sd: Math.sqrt(32), t: T1, n: 2 },
    ];
    want.forEach((x, j) => {
      const half = (x.t * x.sd) / Math.sqrt(x.n);
      expect(w.mean[j]).toBeCloseTo(x.mean, 9);
      expect(w.lo[j]).toBeCloseTo(x.mean - half, 9);
      expect(w.hi[j]).toBeCloseTo(x.mean + half, 9);
    });
    expect(w.hi[2]).toBeCloseTo(4.484137, 5); // 2 + 4.3027 / √3, not 2 + 1.96 / √3
  });
  it('has no band with one event and no mean with none', () => {
    const one = alignedWindows([ev('a', dates[5])], s, { from: -1, to: 0 });
    expect(one.count).toEqual([1, 1]);
    expect(one.mean[1]).toBeCloseTo(1, 9);
    expect([one.lo[1], one.hi[1]]).toEqual([null, null]);
    const none = alignedWindows([], s, { from: 0, to: 0 });
    expect([none.count, none.mean, none.lo]).toEqual([[0], [null], [null]]);
  });
  it('defaults to k = −10…+20 and is null before the first observation', () => {
    const d = alignedWindows([ev('a', dates[5])], s);
    expect(d.ks.length).toBe(31);
    expect(d.ks[0]).toBe(-10);
    expect(d.paths[0].values.slice(0, 6)).toEqual([null, null, null, null, null, (100 / 100 - 1) * 100]); // k = −5 is index 0
    expect(d.paths[0].values[d.ks.indexOf(16)]).not.toBeNull(); // T0 + 16 = 21, the last index
    expect(d.paths[0].values[d.ks.indexOf(17)]).toBeNull();
  });
});
