import { dateText, isoDateText } from './date-text';

// 2024-12-03 and 2024-03-09 as UTC instants, written out by hand (Date.UTC takes month 0–11).
const DEC3 = Date.UTC(2024, 11, 3, 15, 30);
const MAR9 = Date.UTC(2024, 2, 9);

describe('dateText', () => {
  test('Korean forms a Korean reader expects', () => {
    expect(dateText(DEC3, 'ko', 'long')).toBe('2024년 12월 3일');
    expect(dateText(DEC3, 'ko', 'short')).toBe('2024.12.03');
    expect(dateText(MAR9, 'ko', 'monthOnly')).toBe('3월');
    expect(dateText(MAR9, 'ko', 'month')).toBe('2024년 3월');
    expect(dateText(MAR9, 'ko', 'dayMonth')).toBe('3월 9일');
    expect(dateText(MAR9, 'ko', 'year')).toBe('2024년');
  });
  test('English forms', () => {
    expect(dateText(DEC3, 'en', 'long')).toBe('3 Dec 2024');
    expect(dateText(DEC3, 'en', 'short')).toBe('2024-12-03');
    expect(dateText(MAR9, 'en', 'month')).toBe('Mar 2024');
    expect(dateText(MAR9, 'en', 'monthOnly')).toBe('Mar');
    expect(dateText(MAR9, 'en', 'dayMonth')).toBe('9 Mar');
  });
  test('the UTC date, whatever the time of day', () => {
    expect(dateText(Date.UTC(2024, 11, 3, 23, 59), 'ko', 'short')).toBe('2024.12.03');
    expect(dateText(Date.UTC(2024, 11, 4, 0, 0), 'ko', 'short')).toBe('2024.12.04');
  });
  test('an invalid instant writes nothing', () => {
    expect(dateText(NaN, 'ko', 'long')).toBe('');
  });
});

describe('isoDateText', () => {
  it('writes a YYYY-MM-DD date in the style asked for, and leaves anything else as it is', () => {
    expect(isoDateText('2016-01-06', 'ko', 'long')).toBe('2016년 1월 6일');
    expect(isoDateText('2016-01-06', 'ko', 'short')).toBe('2016.01.06');
    expect(isoDateText('2016-01-06', 'en', 'short')).toBe('2016-01-06');
    expect(isoDateText('2016-02-30', 'ko', 'long')).toBe('2016-02-30');
    expect(isoDateText('2024-03-05T01:30Z', 'ko', 'short')).toBe('2024-03-05T01:30Z');
  });
});
