import fc from 'fast-check';
import { bhQValues } from './benjamini-hochberg';
import { refBh } from './test-reference';

describe('Benjamini–Hochberg q-values', () => {
  it('q₍ᵢ₎ = min_{j≥i} m·p₍ⱼ₎/j (hand arithmetic)', () => {
    // Sorted: 0.005 (1), 0.01 (2), 0.03 (3), 0.04 (4); m·p/j = 0.02, 0.02, 0.04, 0.04.
    const q = bhQValues([0.01, 0.04, 0.03, 0.005]);
    [0.02, 0.04, 0.04, 0.02].forEach((x, i) => expect(q[i]).toBeCloseTo(x, 15));
    // 0.5 and 0.9 of 2: 2·0.5/1 = 1 > 0.9 = 2·0.9/2, so both 0.9.
    expect(bhQValues([0.5, 0.9])).toEqual([0.9, 0.9]);
  });

  it('leaves out a p that is not a number (not counted in m)', () => {
    const q = bhQValues([0.01, NaN, 0.02]);
    expect(q[1]).toBeNaN();
    expect(q[0]).toBeCloseTo(0.02, 15); // m = 2: 2·0.01/1 = 0.02, 2·0.02/2 = 0.02
    expect(q[2]).toBeCloseTo(0.02, 15);
  });

  it('q ≥ p, q ≤ 1, q monotone in p, and equal to a brute-force recomputation', () => {
    const p = fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 0.05, 1, NaN));
    fc.assert(
      fc.property(fc.array(p, { maxLength: 40 }), (ps) => {
        const q = bhQValues(ps);
        const ref = refBh(ps);
        ps.forEach((pi, i) => {
          if (Number.isNaN(pi)) return expect(q[i]).toBeNaN();
          expect(q[i]).toBeGreaterThanOrEqual(pi);
          expect(q[i]).toBeLessThanOrEqual(1);
          expect(q[i]).toBeCloseTo(ref[i], 14);
          ps.forEach((pj, j) => {
            if (pj <= pi) expect(q[j]).toBeLessThanOrEqual(q[i]);
          });
        });
      }),
      { seed: 5, numRuns: 200 },
    );
  });
});
