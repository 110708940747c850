/**
 * Turns the bytes of an event file into text. UTF-8 (with or without a BOM)
 * is the format; a file that is not valid UTF-8 is read as EUC-KR or
 * Windows-1252 when it clearly is one, and refused otherwise, naming the
 * first line that is not UTF-8.
 *
 * - UTF-16 with a byte-order mark is read as UTF-16.
 * - EUC-KR: the bytes decode as EUC-KR without error and most of their
 *   double-byte characters are Hangul syllables.
 * - Windows-1252: otherwise, when every byte has a character there (0x81,
 *   0x8D, 0x8F, 0x90 and 0x9D have none: C1 control junk), none is NUL, and
 *   fewer of its bytes make well-formed multi-byte UTF-8 than break it
 *   (otherwise it is UTF-8 with damaged lines, which would turn into mojibake).
 */

export type FileEncoding = 'utf-8' | 'utf-16' | 'euc-kr' | 'windows-1252';

export type DecodedFile =
  | { ok: true; text: string; encoding: FileEncoding }
  | { ok: false; reason: 'not-utf8'; line: number };

/** The names used in notices. */
export const ENCODING_NAMES: Record<FileEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16': 'UTF-16',
  'euc-kr': 'EUC-KR',
  'windows-1252': 'Windows-1252',
};

function decodeStrict(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null; // not that encoding, or the platform does not know it
  }
}

/**
 * True when most double-byte characters are Hangul syllables of KS X 1001
 * proper (lead 0xB0–0xC8, trail 0xA1–0xFE): the 2,350 syllables every EUC-KR
 * text is written in. The decoder also accepts the UHC extension (trail bytes
 * from 0x41), where Latin-1 text makes "syllables" by chance: "°C" is B0 43.
 */
export function looksKorean(bytes: Uint8Array): boolean {
  let pairs = 0;
  let hangul = 0;
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i];
    if (lead < 0x80) continue;
    const trail = bytes[++i];
    pairs++;
    if (lead >= 0xb0 && lead <= 0xc8 && trail >= 0xa1 && trail <= 0xfe) hangul++;
  }
  return hangul > 0 && hangul * 2 >= pairs;
}

/**
 * Windows-1252 bytes 0x80–0x9F (WHATWG / Unicode cp1252 table); 0 marks the five unassigned ones
 * (0x81, 0x8D, 0x8F, 0x90, 0x9D). Decoded by hand: Node's TextDecoder reads "windows-1252" as Latin-1.
 */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/** The bytes as Windows-1252, or null when one has no character there (or is a NUL: then it is no text file). */
export function decodeWindows1252(bytes: Uint8Array): string | null {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const codes: number[] = [];
    for (const b of bytes.subarray(i, i + 8192)) {
      const c = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : b;
      if (c === 0) return null;
      codes.push(c);
    }
    out += String.fromCharCode(...codes);
  }
  return out;
}

/** Byte offset of the first byte that does not belong to a well-formed UTF-8 sequence (-1: none). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  return scanUtf8(bytes).firstInvalid;
}

/**
 * Walks the bytes as UTF-8: the offset of the first byte that starts no
 * well-formed sequence, how many such bytes there are, and how many
 * well-formed multi-byte sequences.
 */
function scanUtf8(bytes: Uint8Array): { firstInvalid: number; invalid: number; multiByte: number } {
  let firstInvalid = -1;
  let invalid = 0;
  let multiByte = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need: number;
    let min = 0x80;
    let max = 0xbf;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) min = 0xa0;
      if (b === 0xed) max = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) min = 0x90;
      if (b === 0xf4) max = 0x8f;
    } else need = 0;
    let ok = need > 0;
    for (let k = 1; ok && k <= need; k++) {
      const c = bytes[i + k];
      ok = c !== undefined && c >= (k === 1 ? min : 0x80) && c <= (k === 1 ? max : 0xbf);
    }
    if (ok) {
      multiByte++;
      i += need + 1;
    } else {
      if (firstInvalid < 0) firstInvalid = i;
      invalid++;
      i++;
    }
  }
  return { firstInvalid, invalid, multiByte };
}

/** 1-based line of a byte offset (lines end at LF, CRLF or a lone CR). */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

export function decodeEventFile(bytes: Uint8Array): DecodedFile {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const text = decodeStrict(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be', bytes);
    if (text !== null) return { ok: true, text: text.replace(/^\uFEFF/, ''), encoding: 'utf-16' };
  }
  const utf8 = decodeStrict('utf-8', bytes);
  if (utf8 !== null) return { ok: true, text: utf8.replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  const eucKr = decodeStrict('euc-kr', bytes);
  if (eucKr !== null && looksKorean(bytes)) return { ok: true, text: eucKr, encoding: 'euc-kr' };
  const utf8Scan = scanUtf8(bytes);
  // Mostly UTF-8 with a few bad bytes is a damaged UTF-8 file (as Windows-1252 its text would be mojibake);
  // Latin-1 text only now and then makes a valid pair by chance ("ß" then "”" is DF 94).
  const cp1252 = utf8Scan.multiByte >= utf8Scan.invalid ? null : decodeWindows1252(bytes);
  if (cp1252 !== null) return { ok: true, text: cp1252, encoding: 'windows-1252' };
  return { ok: false, reason: 'not-utf8', line: lineAt(bytes, Math.max(0, utf8Scan.firstInvalid)) };
}
