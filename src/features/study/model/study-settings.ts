/**
 * The fixed settings of the event study (issue #12's methodology): the models, the estimation
 * window, the default event windows and the placebo draws. Offsets count **observations** of the
 * series from T0 (T0 + k is observation t0Index + k), never calendar days.
 */

/**
 * - `market`: AR_t = r_t − (α + β·m_t), α and β by OLS of r on the basket m over the estimation window;
 * - `mean`: AR_t = r_t − μ, μ the mean of r over the estimation window;
 * - `raw`: AR_t = r_t.
 */
export type StudyModel = 'market' | 'mean' | 'raw';
export const STUDY_MODELS: readonly StudyModel[] = ['market', 'mean', 'raw'];

/** An event window (a, b): CAR(a, b) = Σ AR over T0+a … T0+b, a ≤ b; L = b − a + 1. */
export interface CarWindow {
  a: number;
  b: number;
}

/** (0,0), (0,1), (0,5), (0,20) and the pre-event (−5,−1). */
export const DEFAULT_WINDOWS: readonly CarWindow[] = [
  { a: 0, b: 0 },
  { a: 0, b: 1 },
  { a: 0, b: 5 },
  { a: 0, b: 20 },
  { a: -5, b: -1 },
];

/** "a,b" — the window's key (and its form in the URL's `car=a,b`). */
export function windowKey(w: CarWindow): string {
  return `${w.a},${w.b}`;
}

/** Number of observations in a window, L = b − a + 1. */
export function windowLength(w: CarWindow): number {
  return w.b - w.a + 1;
}

/** The estimation window: the returns at observations T0−250 … T0−11, at least 120 of them usable. */
export const ESTIMATION = { from: -250, to: -11, minReturns: 120 } as const;

/**
 * The placebo: `sets` random sets of N non-event T0s (none within ±`radius` observations of an
 * event), from a PRNG seeded with `seed` (mixed with the group's name, see prng.seedFor).
 */
export interface PlaceboSettings {
  sets: number;
  seed: number;
  radius: number;
}
export const PLACEBO_DEFAULTS: PlaceboSettings = { sets: 2000, seed: 12, radius: 5 };
