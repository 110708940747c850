/**
 * The run settings of the property suite (the `*.property.test.ts` files, fast-check): one fixed
 * seed, so that a failure repeats on every machine and in CI, and a number of runs per property
 * chosen to keep the whole suite under 30 s on a 2-core machine. `PROPS_SEED=<n> npx vitest run …`
 * tries another seed (to look for new counterexamples; a failure prints the seed and path that
 * replay it).
 */
export const PROPERTY_SEED = 15_02;

const envSeed = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.PROPS_SEED;

/** fast-check's assert options: the suite's seed and `numRuns` runs. */
export function runs(numRuns: number): { seed: number; numRuns: number } {
  const seed = envSeed !== undefined && /^-?\d+$/.test(envSeed) ? Number(envSeed) : PROPERTY_SEED;
  return { seed, numRuns };
}
