/** Half-width of the overlap window, in observations: [T0 − 5, T0 + 5]. */
export const OVERLAP_HALF_WIDTH = 5;

/** How many overlapping events each event names at most (the count is always exact). */
export const OVERLAP_LIST_LIMIT = 20;

export interface Overlap {
  overlap: boolean;
  /** How many other events have their T0 in this event's window (exact). */
  count: number;
  /**
   * The first of them (at most `limit`), ids in T0 order, then input order.
   * Events with the same window may share one array: do not change it.
   */
  with: readonly string[];
}

const NONE: Overlap = { overlap: false, count: 0, with: [] };

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
 * answer is aligned with them. Each event gets the exact count of the others
 * in its window and the first `limit` of their ids, so the answer stays small
 * however many events share a day (30,000 on one day: 30,000 × 20 ids, not
 * 30,000²). O(E log E + E × limit): a sort, then a sweep with two pointers.
 * Events with the same T0 have the same window; they share its list of ids,
 * except the first `limit` + 1 of them, whose lists leave themselves out.
 */
export function findOverlaps(
  ids: readonly string[],
  t0s: readonly (number | null)[],
  halfWidth = OVERLAP_HALF_WIDTH,
  limit = OVERLAP_LIST_LIMIT,
): Overlap[] {
  const order: number[] = [];
  for (let i = 0; i < t0s.length; i++) if (t0s[i] !== null) order.push(i);
  order.sort((a, b) => (t0s[a] as number) - (t0s[b] as number) || a - b);
  const out: Overlap[] = new Array<Overlap>(t0s.length).fill(NONE);
  const n = order.length;
  let lo = 0; // first sorted position with T0 ≥ t0 − halfWidth
  let hi = 0; // first sorted position with T0 > t0 + halfWidth
  let p = 0;
  while (p < n) {
    const t0 = t0s[order[p]] as number;
    let end = p; // the run of events with this T0: [p, end)
    while (end < n && t0s[order[end]] === t0) end++;
    while ((t0s[order[lo]] as number) < t0 - halfWidth) lo++;
    while (hi < n && (t0s[order[hi]] as number) <= t0 + halfWidth) hi++;
    const count = hi - lo - 1;
    // The first limit + 1 ids of the window: any event's list is these without itself, cut to limit.
    const head: string[] = [];
    for (let j = lo; j < hi && head.length <= limit; j++) head.push(ids[order[j]]);
    const shared = head.slice(0, limit);
    for (let q = p; q < end; q++) {
      const rank = q - lo; // this event's place in its window
      const own = rank <= limit ? [...head.slice(0, rank), ...head.slice(rank + 1)].slice(0, limit) : shared;
      out[order[q]] = { overlap: count > 0, count, with: own };
    }
    p = end;
  }
  return out;
}
