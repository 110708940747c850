import { rollingVolatility } from './volatility';
import { seriesOn, weekdays } from './test-fixtures';

describe('rolling volatility', () => {
  const dates = weekdays('2024-01-01', 4);
  const s = seriesOn(dates, [100, 110, 99, 108.9]);
  // returns: ln 1.1, ln 0.9, ln 1.1; sample std of two values a, b is |a − b| / √2
  const two = (a: number, b: number) => (Math.sqrt(252) * 100 * Math.abs(a - b)) / Math.SQRT2;

  it('annualises the sample std of the last N log returns, aligned to observation days', () => {
    const v = rollingVolatility(s, 2)!;
    expect(Array.from(v.t)).toEqual(Array.from(s.t.subarray(2)));
    expect(v.values.length).toBe(2);
    expect(v.values[0]).toBeCloseTo(two(Math.log(1.1), Math.log(0.9)), 9);
    expect(v.values[1]).toBeCloseTo(two(Math.log(0.9), Math.log(1.1)), 9);
    expect(v.values[0]).toBeCloseTo(Math.sqrt(252) * 100 * 0.14189, 1); // ≈ 225.2 %
  });
  it('uses all three returns with N = 3', () => {
    const r = [Math.log(1.1), Math.log(0.9), Math.log(1.1)];
    const m = (r[0] + r[1] + r[2]) / 3;
    const sd = Math.sqrt(r.reduce((a, x) => a + (x - m) ** 2, 0) / 2);
    const v = rollingVolatility(s, 3)!;
    expect(Array.from(v.t)).toEqual([s.t[3]]);
    expect(v.values[0]).toBeCloseTo(Math.sqrt(252) * 100 * sd, 9);
  });
  it('gives no line for window 0 or 1, and an empty one for a window longer than the data', () => {
    expect(rollingVolatility(s, 0)).toBeNull();
    expect(rollingVolatility(s, 1)).toBeNull();
    const long = rollingVolatility(s, 20)!;
    expect(long.t.length).toBe(0);
    expect(long.values.length).toBe(0);
  });
  it('is zero on a flat series and memoised per series and window', () => {
    const flat = seriesOn(weekdays('2024-01-01', 30), Array<number>(30).fill(1300));
    const v = rollingVolatility(flat)!;
    expect(v.values.length).toBe(10); // default window 20
    expect(Array.from(v.values).every((x) => x === 0)).toBe(true);
    expect(rollingVolatility(flat)).toBe(v);
    expect(rollingVolatility(flat, 5)).not.toBe(v);
  });
});
