import { decodeEventFile, firstInvalidUtf8, looksKorean } from './decode-event-file';

/** Bytes from ASCII text and hand-picked byte values (from the code tables, not from an encoder). */
function bytes(...parts: (string | number[])[]): Uint8Array {
  const out: number[] = [];
  for (const p of parts) {
    if (typeof p === 'string') for (const c of p) out.push(c.charCodeAt(0));
    else out.push(...p);
  }
  return new Uint8Array(out);
}

describe('decodeEventFile', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    // é is U+00E9: C3 A9 in UTF-8.
    expect(decodeEventFile(bytes('S', [0xc3, 0xa9], 'oul'))).toEqual({ ok: true, text: 'Séoul', encoding: 'utf-8' });
    expect(decodeEventFile(bytes([0xef, 0xbb, 0xbf], 'id,date'))).toEqual({ ok: true, text: 'id,date', encoding: 'utf-8' });
  });

  it('reads Latin-1 / Windows-1252 text as Windows-1252', () => {
    // Windows-1252: E9 = é, 80 = €, 93/94 = “ ”.
    const file = bytes('id,title\nx-1,S', [0xe9], 'oul caf', [0xe9], ' ', [0x80], '5 ', [0x93], 'ok', [0x94], '\n');
    expect(decodeEventFile(file)).toEqual({ ok: true, text: 'id,title\nx-1,Séoul café €5 “ok”\n', encoding: 'windows-1252' });
  });

  it('reads EUC-KR text with Hangul as EUC-KR', () => {
    // EUC-KR (KS X 1001): C7 D1 = 한, B1 B9 = 국, BC AD = 서, BF EF = 울.
    const file = bytes('title\n', [0xc7, 0xd1, 0xb1, 0xb9], ' ', [0xbc, 0xad, 0xbf, 0xef], '\n');
    expect(decodeEventFile(file)).toEqual({ ok: true, text: 'title\n한국 서울\n', encoding: 'euc-kr' });
  });

  it('does not take Latin-1 text for EUC-KR when its bytes do not pair up', () => {
    // "Café" then "é," : E9 followed by an ASCII byte is no EUC-KR pair.
    expect(decodeEventFile(bytes('Caf', [0xe9], ',x'))).toEqual({ ok: true, text: 'Café,x', encoding: 'windows-1252' });
    // E9 E9 pairs up as EUC-KR (a hanja), but with no Hangul syllable the text is not taken for Korean.
    expect(decodeEventFile(bytes('x ', Array(10_000).fill(0xe9)))).toEqual({ ok: true, text: `x ${'é'.repeat(10_000)}`, encoding: 'windows-1252' });
  });

  it('does not take Latin-1 for EUC-KR when its bytes happen to form UHC-extension syllables', () => {
    // "25°C" is 32 35 B0 43 and "Äpfel" has C4 70: browsers decode both without error as the UHC extension of
    // EUC-KR ("25캜, 훡fel"; Node's decoder refuses them, so the end-to-end test checks this in Chromium).
    expect(looksKorean(bytes('25', [0xb0], 'C, ', [0xc4], 'pfel'))).toBe(false);
    expect(looksKorean(bytes([0xc7, 0xd1, 0xb1, 0xb9], ' ', [0xa1, 0xa4]))).toBe(true); // 한국 and a KS X 1001 symbol
    expect(decodeEventFile(bytes('25', [0xb0], 'C, ', [0xc4], 'pfel'))).toEqual({ ok: true, text: '25°C, Äpfel', encoding: 'windows-1252' });
  });

  it('refuses bytes that are none of them, naming the first line that is not UTF-8', () => {
    // 81 is unassigned in Windows-1252 (a C1 control) and, before a space, no EUC-KR pair either.
    const file = bytes('id,title\r\nx-1,fine\r\nx-2,bad ', [0x81], ' here\r\nx-3,', [0x81], '\r\n');
    expect(decodeEventFile(file)).toEqual({ ok: false, reason: 'not-utf8', line: 3 });
  });

  it('refuses UTF-8 with a stray Latin-1 byte instead of turning its Korean into mojibake', () => {
    // 서울 in UTF-8 (U+C11C, U+C6B8): EC 84 9C, EC 9A B8; line 2 has a Windows-1252 é (E9) between ASCII letters.
    const file = bytes('title\n', [0xec, 0x84, 0x9c, 0xec, 0x9a, 0xb8], ' caf', [0xe9], 's\n');
    expect(decodeEventFile(file)).toEqual({ ok: false, reason: 'not-utf8', line: 2 });
  });

  it('still reads Windows-1252 text in which a letter and a quote happen to form a UTF-8 pair', () => {
    // "Straß”" ends DF 94, a well-formed UTF-8 pair by chance; the other accented letters are not UTF-8.
    const file = bytes('Stra', [0xdf, 0x94], ' ', [0xe9, 0x74, 0xe9], ' M', [0xfc], 'nchen');
    expect(decodeEventFile(file)).toEqual({ ok: true, text: 'Straß” été München', encoding: 'windows-1252' });
  });

  it('refuses a binary file with NUL bytes that is not UTF-8', () => {
    expect(decodeEventFile(bytes('a\nb\n', [0x00, 0xff, 0x00]))).toEqual({ ok: false, reason: 'not-utf8', line: 3 });
  });

  it('reads UTF-16 with a byte-order mark', () => {
    expect(decodeEventFile(bytes([0xff, 0xfe], [0x69, 0x00, 0x64, 0x00, 0x5c, 0xd5]))).toEqual({ ok: true, text: 'id한', encoding: 'utf-16' });
  });
});

describe('firstInvalidUtf8', () => {
  it('finds the first byte that starts no well-formed UTF-8 sequence', () => {
    expect(firstInvalidUtf8(bytes('ok ', [0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x92, 0xb1]))).toBe(-1);
    expect(firstInvalidUtf8(bytes('ab', [0xe9], 'c'))).toBe(2); // a lone Latin-1 é
    expect(firstInvalidUtf8(bytes('a', [0xc0, 0x80]))).toBe(1); // overlong NUL
    expect(firstInvalidUtf8(bytes([0xed, 0xa0, 0x80]))).toBe(0); // an encoded surrogate
    expect(firstInvalidUtf8(bytes('xy', [0xe2, 0x82]))).toBe(2); // cut short
    expect(firstInvalidUtf8(bytes([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // past U+10FFFF
  });
});
