import { cleanXmlText, xmlSafe } from './xml-text';

describe('cleanXmlText', () => {
  it('removes the C0 controls XML forbids and counts them, keeping TAB, LF and CR', () => {
    expect(cleanXmlText('a\u0000b\u0007c\u000Bd\te\nf\rg')).toEqual({ text: 'abcd\te\nf\rg', removed: 3, onlyControls: true });
  });

  it('removes U+FFFE, U+FFFF and lone surrogates, and says they were not all controls', () => {
    expect(cleanXmlText('x\uFFFEy\uFFFFz\uD800!\uDC00?')).toEqual({ text: 'xyz!?', removed: 4, onlyControls: false });
  });

  it('keeps surrogate pairs, Hangul, DEL and C1 characters (all allowed in XML 1.0)', () => {
    const s = 'Seoul 서울 \u{1F4B1} \u007F\u0085 é';
    expect(cleanXmlText(s)).toEqual({ text: s, removed: 0, onlyControls: true });
    expect(xmlSafe(s)).toBe(s);
  });

  it('xmlSafe gives the same text on every call (no regex state left over)', () => {
    expect(xmlSafe('a\u0001b')).toBe('ab');
    expect(xmlSafe('c\u0002d')).toBe('cd');
    expect(xmlSafe('clean')).toBe('clean');
  });
});
