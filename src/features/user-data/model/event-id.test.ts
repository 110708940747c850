import { generatedEventId } from './event-id';

const ID_RULE = /^[a-z0-9][a-z0-9-]{2,80}$/;

// The 6 hex digits are the start of FNV-1a (32 bit) over the UTF-16 code units of
// `${date}\n${trimmed title}`, computed for these cases with a separate Python script.
describe('generatedEventId', () => {
  it('is a slug of the title, the date and a short hash', () => {
    expect(generatedEventId('2016-03-02', 'UN Resolution 2270')).toBe('un-resolution-2270-2016-03-02-665095');
  });

  it('is the same for the same date and title, spaces around them aside', () => {
    expect(generatedEventId(' 2016-03-02 ', '  UN Resolution 2270  ')).toBe('un-resolution-2270-2016-03-02-665095');
    expect(generatedEventId('2016-03-03', 'UN Resolution 2270')).not.toBe('un-resolution-2270-2016-03-02-665095');
  });

  it('drops accents and punctuation from the slug', () => {
    expect(generatedEventId('2025-11-06', 'Séoul café: “FX” review')).toBe('seoul-cafe-fx-review-2025-11-06-18a7e6');
  });

  it('uses "event" for a title with no ASCII letter or digit (Korean, punctuation only)', () => {
    expect(generatedEventId('2024-12-03', '비상계엄 선포')).toBe('event-2024-12-03-423d36');
    expect(generatedEventId('2020-01-01', '!!! ???')).toBe('event-2020-01-01-3d3473');
  });

  it('keeps at most 40 characters of the title and always fits the id rule', () => {
    const long = generatedEventId('2016-01-06', `${'a'.repeat(39)} ${'b'.repeat(200)}`);
    expect(long.startsWith(`${'a'.repeat(39)}-2016-01-06-`)).toBe(true);
    for (const [d, t] of [['2016-01-06', 'x'.repeat(500)], ['not a date', '---'], ['', ''], ['2016-01-06', '-a-'], ['1999-12-31', 'Ünïcödé ΑΒΓ']]) {
      expect(generatedEventId(d, t)).toMatch(ID_RULE);
    }
  });
});
