import type { Series } from '../../rates/model/series';
import { asDay, asMs, type EpochDay, type UnixMs } from '../../../lib/units';
import { eventAnchor, type EventAnchor, type EventTiming } from './fix-instants';
import { locateT0, type T0Location, type T0Miss } from './locate-t0';
import { pctChange } from './reaction';
import { tQuantile975 } from './student-t';

/** The SPEC's default event window (URL `win=-10,20`), in trading days relative to T0. */
export const DEFAULT_WINDOW = { from: -10, to: 20 } as const;

export interface EventPath {
  eventId: string;
  t0: EpochDay;
  /** T0's instant (UTC ms): events share a path exactly when they share it. */
  t0At: UnixMs;
  /** values[j] is the move at k = ks[j]: (P[T0+k]/P[T−1] − 1) × 100, 0 at k = −1; null outside the data. */
  values: (number | null)[];
}

export interface AlignedWindows {
  /** Relative observations from..to (trading days; bars of an intraday series); k = 0 is T0, k = −1 is T−1. */
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
 * Each event's path around its T0 in one series (T0 by locateT0: the series' own instants), rebased to 0 % at T−1, and
 * the cross-event mean with a t-based 95 % confidence band per k (t rather
 * than 1.96 because event sets are small: with 3 events 1.96 would make the
 * band 2.2 times too narrow).
 */
export function alignedWindows(
  events: readonly (EventTiming & { id: string })[],
  series: Series,
  window: { from: number; to: number } = DEFAULT_WINDOW,
): AlignedWindows {
  const ks: number[] = [];
  for (let k = Math.min(window.from, window.to); k <= Math.max(window.from, window.to); k++) ks.push(k);
  const paths: EventPath[] = [];
  const skipped: AlignedWindows['skipped'] = [];
  // Events with the same T0 have the same path: one values array each (shared; do not change it).
  const locs = new Map<EventAnchor, T0Location>();
  const byT0 = new Map<number, (number | null)[]>();
  for (const e of events) {
    const anchor = eventAnchor(e);
    let loc = locs.get(anchor);
    if (!loc) locs.set(anchor, (loc = locateT0(series, anchor)));
    if (!loc.ok) {
      skipped.push({ eventId: e.id, reason: loc.reason });
      continue;
    }
    const { base, t0 } = loc;
    let values = byT0.get(t0);
    if (!values) byT0.set(t0, (values = ks.map((k) => pctChange(series.values, base, t0 + k))));
    paths.push({ eventId: e.id, t0: asDay(series.days[t0]), t0At: asMs(series.t[t0]), values });
  }
  const count: number[] = [];
  const mean: (number | null)[] = [];
  const lo: (number | null)[] = [];
  const hi: (number | null)[] = [];
  // Per k, over the distinct paths weighted by how many events share each (with no sharing every
  // weight is 1 and the sums are those of a plain pass): 30,000 events on one day sum 1 path.
  const weights = new Map<(number | null)[], number>();
  for (const p of paths) weights.set(p.values, (weights.get(p.values) ?? 0) + 1);
  ks.forEach((_, j) => {
    let n = 0;
    let sum = 0;
    for (const [values, w] of weights) {
      const x = values[j];
      if (x !== null) {
        n += w;
        sum += w * x;
      }
    }
    const m = n ? sum / n : null;
    count.push(n);
    mean.push(m);
    if (m === null || n < 2) {
      lo.push(null);
      hi.push(null);
      return;
    }
    let ss = 0;
    for (const [values, w] of weights) {
      const x = values[j];
      if (x !== null) ss += w * (x - m) ** 2;
    }
    const s = Math.sqrt(ss / (n - 1));
    const half = (tQuantile975(n - 1) * s) / Math.sqrt(n);
    lo.push(m - half);
    hi.push(m + half);
  });
  return { ks, paths, count, mean, lo, hi, skipped };
}

/** At most this many traces are drawn one by one (the mean and the band always use every event). */
export const MAX_DRAWN_TRACES = 150;

/** A trace to draw: a path, standing for `events` events with the same T0 (and so the same path). */
export interface Trace {
  path: EventPath;
  events: number;
}

/**
 * The traces to draw for `paths`: one per distinct T0 (events with the same T0 in a series have
 * the same path, so 30,000 events on one day draw one line), and when there are more than `max`
 * of those, `max` of them spread evenly over the T0 order. O(paths).
 */
export function tracesToDraw(paths: readonly EventPath[], max = MAX_DRAWN_TRACES): { traces: Trace[]; distinct: number } {
  const byT0 = new Map<number, Trace>();
  for (const p of paths) {
    const t = byT0.get(p.t0At);
    if (t) t.events++;
    else byT0.set(p.t0At, { path: p, events: 1 });
  }
  const all = [...byT0.values()].sort((a, b) => a.path.t0At - b.path.t0At);
  if (all.length <= max) return { traces: all, distinct: all.length };
  const traces: Trace[] = [];
  for (let i = 0; i < max; i++) traces.push(all[Math.floor((i * all.length) / max)]);
  return { traces, distinct: all.length };
}
