import fc from 'fast-check';
import { runs } from '../../../lib/property-runs';
import { decodeEventFile } from './decode-event-file';

/** Lines of a byte file (LF, CRLF or a lone CR end one). */
function byteLines(b: Uint8Array): number {
  let n = 1;
  for (let i = 0; i < b.length; i++) if (b[i] === 0x0a || (b[i] === 0x0d && b[i + 1] !== 0x0a)) n++;
  return n;
}
/** Text without lone surrogates (the only text UTF-8 and UTF-16 can carry). */
const text = fc.string({ unit: 'grapheme', maxLength: 80 });

function utf16(s: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  const v = new DataView(out.buffer);
  v.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < s.length; i++) v.setUint16(2 + 2 * i, s.charCodeAt(i), littleEndian);
  return out;
}

describe('decodeEventFile: properties', () => {
  // Guards: an exception from a decoder on damaged bytes, a refusal that names a line the file
  // does not have.
  it('any bytes: text, or a refusal naming a line of the file; never an exception', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      fc.array(fc.constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0xc3, 0xa9], [0xc3], [0xb0, 0xa1], [0x80], [0x0a], [0x0d], [0x0d, 0x0a], [0x41], [0xed, 0xa0, 0x80], [0x00]), { maxLength: 50 }).map((p) => Uint8Array.from(p.flat())),
    );
    fc.assert(
      fc.property(bytes, (b) => {
        const r = decodeEventFile(b);
        if (r.ok) expect(typeof r.text).toBe('string');
        else expect(r.line >= 1 && r.line <= byteLines(b)).toBe(true);
      }),
      runs(500),
    );
  });

  // Guards: a BOM kept in the text (the importer would see "\uFEFFid" as a column), UTF-8 taken for
  // EUC-KR or Windows-1252 (mojibake), UTF-16 of either byte order misread.
  it('UTF-8 (with or without BOM) and UTF-16 with a BOM read back as the text written', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be'), (s, enc) => {
        const b =
          enc === 'utf-16le' || enc === 'utf-16be' ? utf16(s, enc === 'utf-16le')
          : Uint8Array.from([...(enc === 'utf-8-bom' ? [0xef, 0xbb, 0xbf] : []), ...new TextEncoder().encode(s)]);
        const r = decodeEventFile(b);
        const want = s.replace(/^\uFEFF/, '');
        expect(r).toEqual({ ok: true, text: want, encoding: enc.startsWith('utf-16') ? 'utf-16' : 'utf-8' });
      }),
      runs(300),
    );
  });
});
