import { activateLang, translate } from '../../../i18n/i18n';
import { durationText, level, overlapNames, overlapTitle, rateText, signed, statusText, zBand, zReading } from './reaction-format';

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
    expect(translate(zReading(-2.2))).toBe('\u22122.20σ — unusual relative to the previous 60 trading days');
    expect(translate(zReading(null))).toMatch(/fewer than 60 daily returns/);
  });
  it('says why there is no reaction', () => {
    expect(translate(statusText('after-last', '1981-04-13', '2024-11-29'))).toBe('after the last observation of this source (2024-11-29)');
    expect(translate(statusText('before-first', '1999-01-04', '2024-11-29'))).toBe('before the first observation of this series (1999-01-04)');
    expect(translate(statusText('no-base', '1999-01-04', null))).toMatch(/no earlier rate \(T−1\)/);
    expect(translate(statusText('no-data', null, null))).toBe('this series has no observations');
  });
  it('names overlapping events, and counts those a cut list leaves out', () => {
    const ids = Array.from({ length: 20 }, (_, i) => `e${i}`);
    expect(translate(overlapTitle({ overlapCount: 2, overlapWith: ['a', 'b'] }))).toBe('a, b');
    expect(translate(overlapTitle({ overlapCount: 2361, overlapWith: ids }))).toBe(`${ids.join(', ')} and 2,341 more`);
    // Whole lists: every id of every pair, once.
    expect(overlapNames([{ overlapCount: 2, overlapWith: ['a', 'b'] }, { overlapCount: 2, overlapWith: ['b', 'c'] }])).toEqual({ ids: ['a', 'b', 'c'], more: 0 });
    // A cut list: the pair with the most overlaps speaks.
    expect(overlapNames([{ overlapCount: 1, overlapWith: ['z'] }, { overlapCount: 30, overlapWith: ids }])).toEqual({ ids, more: 10 });
  });
  it('writes a span of time by its parts', () => {
    expect(translate(durationText((3 * 60 + 45) * 60_000))).toBe('3 h 45 min');
    expect(translate(durationText(26 * 3_600_000))).toBe('1 d 2 h');
    expect(translate(durationText(0))).toBe('0 min');
  });
  describe('in Korean', () => {
    beforeAll(() => activateLang('ko'));
    afterAll(() => activateLang('en'));
    it('reads z, the direction-free reasons and a span of time as a Korean reader expects', () => {
      // The yardstick comes first in Korean: "compared with the previous 60 trading days, an unusual level".
      expect(translate(zReading(2.24))).toBe('+2.24σ — 직전 60거래일 대비 이례적인 수준');
      expect(translate(zReading(null, true))).toMatch(/^z 없음: T−1 이전의 봉 수익률이 60개 미만/);
      expect(translate(statusText('after-last', null, '2024-11-29'))).toBe('이 출처의 마지막 관측치(2024-11-29) 이후');
      expect(translate(statusText('before-first', null, null))).toBe('이 시계열의 첫 관측치(없음) 이전');
      expect(translate(durationText((3 * 60 + 45) * 60_000))).toBe('3시간 45분');
      expect(translate(overlapTitle({ overlapCount: 5, overlapWith: ['a', 'b'] }))).toBe('a, b 외 3건');
    });
  });
});
