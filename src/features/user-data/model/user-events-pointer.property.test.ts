import fc from 'fast-check';
import { runs } from '../../../lib/property-runs';
import { pointerText, POINTER_VERSION, readPointer } from './user-events-pointer';

/*
 * The pointer to a large set (format 2) is read from whatever the events' key holds: any text reads
 * as a pointer of exactly that form or as none, never an exception; a pointer the app wrote reads
 * back as written.
 */

const key = fc.string({ minLength: 1, maxLength: 40 });
const count = fc.nat({ max: 10_000_000 });
const pointerArb = fc.record({ key, count, chars: count });

// Near misses of the real form: a field missing, of the wrong type or sign, another version or place.
const nearMiss = fc
  .tuple(pointerArb, fc.constantFrom('version', 'in', 'key', 'count', 'chars'), fc.constantFrom(null, -1, 1.5, '', 'x', 3, [], {}))
  .map(([p, field, value]) => JSON.stringify({ ...JSON.parse(pointerText(p)), [field]: value }));

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.jsonValue().map((v) => JSON.stringify(v) ?? ''),
  nearMiss,
  pointerArb.map(pointerText),
);

describe('readPointer', () => {
  it('reads any text as a well-formed pointer or as none, never throwing', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const p = readPointer(text);
        if (p === null) return;
        expect(p.version).toBe(POINTER_VERSION);
        expect(p.in).toBe('indexeddb');
        expect(typeof p.key === 'string' && p.key.length > 0).toBe(true);
        for (const n of [p.count, p.chars]) expect(Number.isInteger(n) && n >= 0).toBe(true);
        // What it read is what the text says, field by field.
        const raw = JSON.parse(text) as Record<string, unknown>;
        expect([raw.key, raw.count, raw.chars]).toEqual([p.key, p.count, p.chars]);
      }),
      runs(300),
    );
  });

  it('reads a pointer the app wrote back as written', () => {
    fc.assert(
      fc.property(pointerArb, (p) => {
        expect(readPointer(pointerText(p))).toEqual({ version: 2, in: 'indexeddb', ...p });
      }),
      runs(200),
    );
  });

  it('never reads a near miss of the form as a pointer', () => {
    fc.assert(
      fc.property(nearMiss, (text) => {
        const raw = JSON.parse(text) as Record<string, unknown>;
        const wellFormed = raw.version === 2 && raw.in === 'indexeddb' && typeof raw.key === 'string' && raw.key !== ''
          && [raw.count, raw.chars].every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0);
        expect(readPointer(text) !== null).toBe(wellFormed);
      }),
      runs(300),
    );
  });
});
