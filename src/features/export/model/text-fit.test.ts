import { fitText, wrapText } from './text-fit';

// Every character 10 px wide: widths are easy to count.
const mono = (s: string) => [...s].length * 10;

describe('fitText', () => {
  it('keeps a text that fits', () => {
    expect(fitText('abcde', 50, mono)).toBe('abcde');
  });
  it('cuts a longer one to the most characters that fit with the ellipsis', () => {
    // 50 px: four characters and "…".
    expect(fitText('abcdefgh', 50, mono)).toBe('abcd…');
  });
  it('drops a space before the ellipsis', () => {
    // "ab c…" would be 5 characters; the cut at "ab " ends "ab…".
    expect(fitText('ab cdefgh', 40, mono)).toBe('ab…');
  });
  it('gives nothing when not even the ellipsis fits', () => {
    expect(fitText('abc', 5, mono)).toBe('');
  });
});

describe('wrapText', () => {
  it('breaks at spaces into lines of at most the width', () => {
    expect(wrapText('aa bb cc dd', 50, mono)).toEqual(['aa bb', 'cc dd']);
  });
  it('cuts a word wider than a line', () => {
    expect(wrapText('abcdefghij kl', 50, mono)).toEqual(['abcd…', 'kl']);
  });
});
