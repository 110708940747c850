/**
 * A small seeded pseudo-random generator for the placebo draws: Mulberry32 (Tommy Ettinger's
 * 32-bit state generator; period 2³², passes PractRand to 2³² outputs — ample for a few million
 * draws). The same seed gives the same stream on every engine (only 32-bit integer arithmetic).
 */

export interface Prng {
  /** The next 32-bit unsigned integer. */
  nextUint32(): number;
  /** An integer in [0, k), k ≥ 1 (multiply-high: bias below k/2³², nil for the pools used here). */
  nextInt(k: number): number;
  /** A float in [0, 1). */
  nextFloat(): number;
}

/** Mulberry32's state step: a ← a + MULBERRY32_INCREMENT (mod 2³²); the output is mulberry32Mix(a). */
export const MULBERRY32_INCREMENT = 0x6d2b79f5;

/** Mulberry32's output function of the (already stepped) state, an unsigned 32-bit integer. */
export function mulberry32Mix(a: number): number {
  let t = Math.imul(a ^ (a >>> 15), a | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return (t ^ (t >>> 14)) >>> 0;
}

export function mulberry32(seed: number): Prng {
  let a = seed | 0;
  const nextUint32 = () => {
    a = (a + MULBERRY32_INCREMENT) | 0;
    return mulberry32Mix(a);
  };
  return {
    nextUint32,
    nextInt: (k) => Math.floor((nextUint32() / 4294967296) * k),
    nextFloat: () => nextUint32() / 4294967296,
  };
}

/**
 * A 32-bit seed from a base seed and a key (FNV-1a over the key's UTF-16 units, then mixed with
 * the seed): each group of a study gets its own stream, whatever the order of the groups.
 */
export function seedFor(seed: number, key: string): number {
  let h = 0x811c9dc5 ^ (seed >>> 0);
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // Final avalanche (murmur3 fmix32).
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
