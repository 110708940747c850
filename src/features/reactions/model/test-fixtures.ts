// Synthetic series and events for the reaction tests (never market data).

export { day, seriesOf, weekdays, seriesOn } from '../../rates/model/test-fixtures';

/** Deterministic pseudo-random numbers in [0, 1) (LCG), for noise in tests. */
export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export { ev } from '../../events/model/test-fixtures';
