import { logReturns, sampleStd } from './returns';

describe('log returns', () => {
  it('are ln(v[i]/v[i−1]) from the second value on, memoised per values array', () => {
    const v = Float64Array.from([100, 110, 99]);
    const r = logReturns(v);
    expect(r[0]).toBeNaN();
    expect(r[1]).toBeCloseTo(Math.log(1.1), 15);
    expect(r[2]).toBeCloseTo(Math.log(0.9), 15);
    expect(logReturns(v)).toBe(r);
    expect(logReturns(Float64Array.from([100, 110, 99]))).not.toBe(r);
  });
  it('are NaN around a non-positive value', () => {
    expect(Array.from(logReturns(Float64Array.from([1, 0, 2, 4])))).toEqual([NaN, NaN, NaN, Math.log(2)]);
  });
});

describe('sampleStd', () => {
  it('is the n−1 standard deviation of a slice', () => {
    expect(sampleStd([9, 2, 4, 4, 4, 5, 5, 7, 9, 1], 1, 9)).toBeCloseTo(Math.sqrt(32 / 7), 14);
    expect(sampleStd([1, 3], 0, 2)).toBeCloseTo(Math.SQRT2, 14);
  });
  it('is NaN for fewer than two values or a slice out of range', () => {
    expect(sampleStd([1, 2, 3], 0, 1)).toBeNaN();
    expect(sampleStd([1, 2, 3], -1, 2)).toBeNaN();
    expect(sampleStd([1, 2, 3], 1, 4)).toBeNaN();
  });
  it('keeps its digits when the mean dwarfs the spread', () => {
    const xs = [1e9 + 1, 1e9 + 2, 1e9 + 3, 1e9 + 4];
    expect(sampleStd(xs, 0, 4)).toBeCloseTo(Math.sqrt(5 / 3), 9); // Σx² − (Σx)²/n would give garbage here
  });
});
