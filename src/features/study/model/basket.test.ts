import { basketReturns } from './basket';

// ln 1.1 = 0.0953101798043249
const LN11 = 0.0953101798043249;

describe('the regional basket', () => {
  const targetDays = [10, 11, 12, 14, 15];
  const members = [
    // A: on every target date.
    { days: [10, 11, 12, 14, 15], values: [100, 110, 121, 121, 100] },
    // B: also on day 13, which the target does not have: the return 12→14 is 55→50.
    { days: [10, 11, 12, 13, 14, 15], values: [50, 55, 55, 60, 50, 50] },
    // C: missing day 11, so it has no return 10→11 nor 11→12.
    { days: [10, 12, 14, 15], values: [20, 22, 22, 22] },
    // D: a 0 on day 12 makes 11→12 and 12→14 unusable.
    { days: [10, 11, 12, 14, 15], values: [1, 1, 0, 1, 1] },
  ];

  it('is the equal-weight mean of the members observed on both dates, NaN below 3 members', () => {
    const m = basketReturns(targetDays, members);
    expect(m[0]).toBeNaN();
    // 10→11: A 100·ln 1.1, B 100·ln 1.1, D 0 (C missing): 200·ln 1.1 / 3.
    expect(m[1]).toBeCloseTo((200 * LN11) / 3, 12);
    // 11→12: only A and B.
    expect(m[2]).toBeNaN();
    // 12→14: A 0, B 100·ln(50/55) = −100·ln 1.1, C 0 (D unusable): −100·ln 1.1 / 3.
    expect(m[3]).toBeCloseTo((-100 * LN11) / 3, 12);
    // 14→15: A 100·ln(100/121) = −200·ln 1.1, B, C, D 0: −200·ln 1.1 / 4.
    expect(m[4]).toBeCloseTo((-200 * LN11) / 4, 12);
  });

  it('takes another minimum of members when asked', () => {
    const m = basketReturns(targetDays, members, 2);
    // 11→12: A 110→121 = 100·ln 1.1, B 55→55 = 0.
    expect(m[2]).toBeCloseTo((100 * LN11) / 2, 12);
  });

  it('is all NaN without members', () => {
    expect(Array.from(basketReturns(targetDays, []))).toEqual([NaN, NaN, NaN, NaN, NaN]);
  });
});
