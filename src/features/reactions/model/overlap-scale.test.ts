import { computeReactions } from './compute-reactions';
import { findOverlaps, OVERLAP_LIST_LIMIT } from './overlap';
import { ev, lcg, seriesOn, weekdays } from './test-fixtures';

/**
 * The definition, written out pair by pair (O(N²)): every other event with a T0 at most
 * `hw` observations away, in T0 order then input order; the list is the first `limit`.
 */
function bruteForce(ids: string[], t0s: (number | null)[], hw: number, limit: number) {
  return t0s.map((t0, i) => {
    if (t0 === null) return { overlap: false, count: 0, with: [] as string[] };
    const others: { t0: number; j: number }[] = [];
    t0s.forEach((u, j) => {
      if (j !== i && u !== null && Math.abs(u - t0) <= hw) others.push({ t0: u, j });
    });
    others.sort((a, b) => a.t0 - b.t0 || a.j - b.j);
    return { overlap: others.length > 0, count: others.length, with: others.slice(0, limit).map((o) => ids[o.j]) };
  });
}

describe('findOverlaps against a brute-force reference', () => {
  it('gives the same flags, exact counts and bounded lists on 400 random small inputs', () => {
    const rnd = lcg(17);
    const pick = (n: number) => Math.floor(rnd() * n);
    for (let run = 0; run < 400; run++) {
      const n = pick(40);
      // Few distinct T0s in a small span, so that many events share a T0 and windows overlap a lot.
      const span = 1 + pick(25);
      const ids = Array.from({ length: n }, (_, i) => `e${run}-${i}`);
      const t0s = ids.map(() => (rnd() < 0.15 ? null : pick(span)));
      const hw = pick(7);
      const limit = 1 + pick(6);
      const got = findOverlaps(ids, t0s, hw, limit);
      expect(got, `run ${run}: t0s ${JSON.stringify(t0s)}, hw ${hw}, limit ${limit}`).toEqual(bruteForce(ids, t0s, hw, limit));
    }
  });

  it('lists every overlapping event while there are no more than the limit', () => {
    const ids = ['a', 'b', 'c', 'd'];
    expect(findOverlaps(ids, [4, 4, 4, 4], 5, 3).map((o) => o.with)).toEqual([
      ['b', 'c', 'd'],
      ['a', 'c', 'd'],
      ['a', 'b', 'd'],
      ['a', 'b', 'c'],
    ]);
    // One more event than the limit: each names the first 3 others and counts all 4.
    const got = findOverlaps([...ids, 'e'], [4, 4, 4, 4, 4], 5, 3);
    expect(got.map((o) => o.count)).toEqual([4, 4, 4, 4, 4]);
    expect(got.map((o) => o.with)).toEqual([
      ['b', 'c', 'd'],
      ['a', 'c', 'd'],
      ['a', 'b', 'd'],
      ['a', 'b', 'c'],
      ['a', 'b', 'c'],
    ]);
  });
});

describe('findOverlaps at scale', () => {
  it('answers for 30,000 events with the same T0 with exact counts and at most 20 ids each', () => {
    const n = 30_000;
    const ids = Array.from({ length: n }, (_, i) => `same-day-${i}`);
    const got = findOverlaps(ids, ids.map(() => 100));
    expect(got).toHaveLength(n);
    expect(OVERLAP_LIST_LIMIT).toBe(20);
    let listed = 0;
    let wrong = 0;
    for (const o of got) {
      if (!o.overlap || o.count !== n - 1) wrong++;
      listed += o.with.length;
    }
    expect(wrong).toBe(0);
    // 20 ids per event, not 29,999: the whole answer holds 600,000 references, not 900 million.
    expect(listed).toBe(n * 20);
    // Lists are shared between events whose window is the same: at most 22 distinct arrays here.
    expect(new Set(got.map((o) => o.with)).size).toBeLessThanOrEqual(22);
    expect(got[0].with).toEqual(ids.slice(1, 21));
    expect(got[n - 1].with).toEqual(ids.slice(0, 20));
  });

  it('computes the reactions of 30,000 events on one day (2 pairs) with bounded overlap lists', () => {
    const dates = weekdays('2015-09-01', 120);
    const usd = seriesOn(dates, dates.map((_, i) => 1100 + Math.sin(i) * 10));
    const jpy = seriesOn(dates, dates.map((_, i) => 950 + Math.cos(i) * 8), 'JPYKRW');
    const events = Array.from({ length: 30_000 }, (_, i) => ev(`crowd-${String(i).padStart(5, '0')}`, '2016-01-06'));
    const rows = computeReactions(events, [usd, jpy]);
    expect(rows).toHaveLength(60_000);
    expect(rows.every((r) => r.overlap && r.overlapCount === 29_999 && r.overlapWith.length === 20)).toBe(true);
  });
});
