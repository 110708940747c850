import { formatRange, parseRangeEnd, rangeDates, rangeEndDate } from './range-text';

const at = (iso: string) => Date.parse(iso);

describe('range text (the URL from and to)', () => {
  it('reads a date as the start (from) or the end (to) of its UTC day, and a UTC minute as itself', () => {
    expect(parseRangeEnd('2024-03-05', 'from')).toBe(at('2024-03-05T00:00:00Z'));
    expect(parseRangeEnd('2024-03-05', 'to')).toBe(at('2024-03-06T00:00:00Z'));
    expect(parseRangeEnd('2024-03-05T01:30Z', 'to')).toBe(at('2024-03-05T01:30:00Z'));
  });
  it('refuses what is neither', () => {
    for (const bad of ['2024-02-30', '2024-03-05T24:00Z', '2024-03-05T01:30', '2024-03-05T01:30+09:00', 'yesterday', '']) {
      expect(parseRangeEnd(bad, 'from')).toBeNull();
    }
  });
  it('writes three days or more as whole days, outward, and less as UTC minutes, outward', () => {
    expect(formatRange(at('2024-03-01T05:00Z'), at('2024-03-10T00:00Z'))).toEqual({ from: '2024-03-01', to: '2024-03-09' });
    expect(formatRange(at('2024-03-01T05:00Z'), at('2024-03-10T00:00:01Z'))).toEqual({ from: '2024-03-01', to: '2024-03-10' });
    expect(formatRange(at('2024-03-05T01:30:20Z'), at('2024-03-05T02:10:05Z'))).toEqual({ from: '2024-03-05T01:30Z', to: '2024-03-05T02:11Z' });
  });
  it('names the date a range end falls on (an end at midnight belongs to the day before)', () => {
    expect(rangeEndDate(at('2024-03-06T00:00Z'), 'to')).toBe('2024-03-05');
    expect(rangeEndDate(at('2024-03-06T00:00Z'), 'from')).toBe('2024-03-06');
    expect(rangeEndDate(at('2024-03-06T10:00Z'), 'to')).toBe('2024-03-06');
  });
  it('names a range by its first and last dates (a year to the next midnight is that year)', () => {
    expect(rangeDates({ from: at('2017-01-01T00:00Z'), to: at('2018-01-01T00:00Z') })).toEqual({ from: '2017-01-01', to: '2017-12-31' });
    expect(rangeDates({ from: at('2024-03-05T01:30Z'), to: at('2024-03-05T02:11Z') })).toEqual({ from: '2024-03-05', to: '2024-03-05' });
  });
});
