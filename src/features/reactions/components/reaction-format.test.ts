import { level, overlapNames, overlapTitle, rateText, signed, statusText, zBand, zReading } from './reaction-format';

describe('reaction formatting', () => {
  it('signs figures with a true minus and two decimals; a rounded zero has no sign', () => {
    expect(signed(0.4249)).toBe('+0.42');
    expect(signed(-1.3)).toBe('\u22121.30');
    expect(signed(-0.001)).toBe('0.00');
    expect(signed(null)).toBe('—');
  });
  it('writes levels with fixed decimals and rates with 2 to 4, each kind by its own formatter', () => {
    expect(level(1197.9)).toBe('1,197.90');
    expect(level(1197.9, 1)).toBe('1,197.9');
    expect(level(1197.9)).toBe('1,197.90'); // the 2-decimal formatter again, after the 1-decimal one
    expect(level(Number.NaN)).toBe('—');
    expect(rateText(1016.55012)).toBe('1,016.5501');
    expect(rateText(1119.1)).toBe('1,119.10');
    expect(rateText(null)).toBe('—');
  });
  it('reads |z| in four bands', () => {
    expect([0.99, -1, 1.99, 2, -2.99, 3, -7].map(zBand)).toEqual(['ordinary', 'noticeable', 'noticeable', 'unusual', 'unusual', 'rare', 'rare']);
    expect(zReading(-2.2)).toBe('\u22122.20σ — unusual relative to the previous 60 trading days');
    expect(zReading(null)).toMatch(/fewer than 60 daily returns/);
  });
  it('says why there is no reaction', () => {
    expect(statusText('after-last', '1981-04-13', '2024-11-29')).toBe('after the last observation of this source (2024-11-29)');
    expect(statusText('before-first', '1999-01-04', '2024-11-29')).toBe('before the first observation of this series (1999-01-04)');
    expect(statusText('no-base', '1999-01-04', null)).toMatch(/no earlier rate \(T−1\)/);
    expect(statusText('no-data', null, null)).toBe('this series has no observations');
  });
  it('names overlapping events, and counts those a cut list leaves out', () => {
    const ids = Array.from({ length: 20 }, (_, i) => `e${i}`);
    expect(overlapTitle({ overlapCount: 2, overlapWith: ['a', 'b'] })).toBe('a, b');
    expect(overlapTitle({ overlapCount: 2361, overlapWith: ids })).toBe(`${ids.join(', ')} and 2,341 more`);
    // Whole lists: every id of every pair, once.
    expect(overlapNames([{ overlapCount: 2, overlapWith: ['a', 'b'] }, { overlapCount: 2, overlapWith: ['b', 'c'] }])).toEqual({ ids: ['a', 'b', 'c'], more: 0 });
    // A cut list: the pair with the most overlaps speaks.
    expect(overlapNames([{ overlapCount: 1, overlapWith: ['z'] }, { overlapCount: 30, overlapWith: ids }])).toEqual({ ids, more: 10 });
  });
});
