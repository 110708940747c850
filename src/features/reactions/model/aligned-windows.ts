import type { SourceId } from '../../../config/series';
import type { Series } from '../../rates/model/series';
import { asDay, type EpochDay } from '../../../lib/units';
import { eventAnchor, type EventTiming } from './fix-instants';
import { locateT0, type T0Miss } from './locate-t0';
import { pctChange } from './reaction';
import { tQuantile975 } from './student-t';

/** The SPEC's default event window (URL `win=-10,20`), in trading days relative to T0. */
export const DEFAULT_WINDOW = { from: -10, to: 20 } as const;

export interface EventPath {
  eventId: string;
  t0: EpochDay;
  /** values[j] is the move at k = ks[j]: (P[T0+k]/P[T−1] − 1) × 100, 0 at k = −1; null outside the data. */
  values: (number | null)[];
}

export interface AlignedWindows {
  /** Relative trading days from..to (k = 0 is T0, k = −1 is T−1). */
  ks: number[];
  paths: EventPath[];
  /** Per k, over the events with a value there: */
  count: number[];
  mean: (number | null)[];
  /** 95 % band: mean ± t₀.₉₇₅(n−1) × s / √n (Student t, s the sample std); null for n < 2. */
  lo: (number | null)[];
  hi: (number | null)[];
  /** Events left out (no T0 or no T−1 in this series) and why. */
  skipped: { eventId: string; reason: T0Miss }[];
}

/**
 * Each event's path around its T0 in one series, rebased to 0 % at T−1, and
 * the cross-event mean with a t-based 95 % confidence band per k (t rather
 * than 1.96 because event sets are small: with 3 events 1.96 would make the
 * band 2.2 times too narrow).
 */
export function alignedWindows(
  events: readonly (EventTiming & { id: string })[],
  series: Series,
  window: { from: number; to: number } = DEFAULT_WINDOW,
  source: SourceId = series.source,
): AlignedWindows {
  const ks: number[] = [];
  for (let k = Math.min(window.from, window.to); k <= Math.max(window.from, window.to); k++) ks.push(k);
  const paths: EventPath[] = [];
  const skipped: AlignedWindows['skipped'] = [];
  for (const e of events) {
    const loc = locateT0(series.days, eventAnchor(e, source));
    if (!loc.ok) {
      skipped.push({ eventId: e.id, reason: loc.reason });
      continue;
    }
    const values = ks.map((k) => pctChange(series.values, loc.base, loc.t0 + k));
    paths.push({ eventId: e.id, t0: asDay(series.days[loc.t0]), values });
  }
  const count: number[] = [];
  const mean: (number | null)[] = [];
  const lo: (number | null)[] = [];
  const hi: (number | null)[] = [];
  ks.forEach((_, j) => {
    const xs = paths.map((p) => p.values[j]).filter((x): x is number => x !== null);
    const n = xs.length;
    const m = n ? xs.reduce((a, b) => a + b, 0) / n : null;
    count.push(n);
    mean.push(m);
    if (m === null || n < 2) {
      lo.push(null);
      hi.push(null);
      return;
    }
    const s = Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (n - 1));
    const half = (tQuantile975(n - 1) * s) / Math.sqrt(n);
    lo.push(m - half);
    hi.push(m + half);
  });
  return { ks, paths, count, mean, lo, hi, skipped };
}
