import { percentLogReturns } from './returns';

describe('percent log returns', () => {
  it('are 100·ln(P_t/P_{t−1}), index-aligned, r[0] = NaN', () => {
    const v = Float64Array.from([100, 110, 99, 0, 5, 5]);
    const r = percentLogReturns(v);
    expect(r[0]).toBeNaN();
    expect(r[1]).toBeCloseTo(9.531017980432486, 13); // 100·ln 1.1
    expect(r[2]).toBeCloseTo(-10.536051565782628, 13); // 100·ln 0.9
    expect(r[3]).toBeNaN(); // into a 0
    expect(r[4]).toBeNaN(); // out of a 0
    expect(r[5]).toBe(0);
  });
  it('are memoised per values array', () => {
    const v = Float64Array.from([1, 2]);
    expect(percentLogReturns(v)).toBe(percentLogReturns(v));
    expect(percentLogReturns(Float64Array.from([1, 2]))).not.toBe(percentLogReturns(v));
  });
  it('are empty for an empty series', () => {
    expect(percentLogReturns(new Float64Array(0)).length).toBe(0);
  });
});
