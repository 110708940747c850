import { contentSecurityPolicy, inlineScriptHashes } from './csp';

// SHA-256 of the empty string, base64 (FIPS 180-2 test vector e3b0c442…b855 in hex).
const EMPTY_SHA256 = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

describe('inlineScriptHashes', () => {
  it('hashes each inline script body, skips scripts with src', () => {
    const html = '<head><script></script><script type="module" src="/a.js"></script></head><body><script>\n</script></body>';
    const hashes = inlineScriptHashes(html);
    expect(hashes).toHaveLength(2);
    expect(hashes[0]).toBe(EMPTY_SHA256);
    // "\n" (one byte 0x0a): 01ba4719c80b6fe911b091a7c05124b64eeece964e09c058ef8f9805daca546b
    expect(hashes[1]).toBe(`'sha256-${Buffer.from('01ba4719c80b6fe911b091a7c05124b64eeece964e09c058ef8f9805daca546b', 'hex').toString('base64')}'`);
  });
});

describe('contentSecurityPolicy', () => {
  const directives = new Map(
    contentSecurityPolicy([EMPTY_SHA256])
      .split('; ')
      .map((d) => d.split(' '))
      .map(([k, ...v]) => [k, v]),
  );

  it('allows scripts from the origin and the hashed inline script only', () => {
    expect(directives.get('script-src')).toEqual(["'self'", EMPTY_SHA256]);
  });

  it('talks to the app and Frankfurter only; images from blob: and data: for the exports', () => {
    expect(directives.get('connect-src')).toEqual(["'self'", 'https://api.frankfurter.dev']);
    expect(directives.get('img-src')).toEqual(["'self'", 'blob:', 'data:']);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
  });

  it('has no unsafe- source anywhere', () => {
    for (const v of directives.values()) expect(v.filter((s) => s.startsWith("'unsafe-"))).toEqual([]);
  });
});
