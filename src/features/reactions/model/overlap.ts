import { lowerBound } from '../../rates/model/series';

/** Half-width of the overlap window, in observations: [T0 − 5, T0 + 5]. */
export const OVERLAP_HALF_WIDTH = 5;

export interface Overlap {
  overlap: boolean;
  /** Ids of the other events whose T0 lies in this event's window, in T0 order. */
  with: string[];
}

/**
 * SPEC: "an event whose window [T0−5, T0+5] holds another event is flagged
 * overlap". We measure the window in observations of the series and say that
 * it holds another event when that event's T0 (in the same series) falls in
 * it, i.e. |T0(other) − T0(this)| ≤ 5 observations. So two events whose
 * reactions share market days overlap, weekends and holidays count for
 * nothing, and an event with the same T0 always overlaps.
 *
 * Events without a T0 in the series (after the last observation, or before
 * the first one) neither get a flag nor count as "another event".
 *
 * `t0s[i]` is event i's T0 index (null when none), `ids[i]` its id; the
 * answer is aligned with them. O(E log E + pairs found).
 */
export function findOverlaps(ids: readonly string[], t0s: readonly (number | null)[], halfWidth = OVERLAP_HALF_WIDTH): Overlap[] {
  const order = t0s
    .map((t0, i) => ({ t0, i }))
    .filter((x): x is { t0: number; i: number } => x.t0 !== null)
    .sort((a, b) => a.t0 - b.t0 || a.i - b.i);
  const sorted = Int32Array.from(order, (x) => x.t0);
  return t0s.map((t0, i) => {
    if (t0 === null) return { overlap: false, with: [] };
    const others: string[] = [];
    for (let j = lowerBound(sorted, t0 - halfWidth); j < order.length && order[j].t0 <= t0 + halfWidth; j++) {
      if (order[j].i !== i) others.push(ids[order[j].i]);
    }
    return { overlap: others.length > 0, with: others };
  });
}
