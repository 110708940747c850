/**
 * The regional basket ("the market" of the market model), aligned to a target series by date:
 *
 *   m[i] = (1/K_i) · Σ_k 100 · ln(Q_k(d_i) / Q_k(d_{i−1}))
 *
 * where d_{i−1}, d_i are the target's dates of observations i−1 and i, Q_k(d) the value of member
 * k (a USD-based series: USD/JPY, USD/CNY, …) observed on date d, and the sum runs over the K_i
 * members observed on **both** dates (with positive values). m[i] is NaN when K_i < 3
 * (BASKET_MIN_MEMBERS), and m[0] is NaN, like r[0]: m[i] is the basket's return over the same
 * two dates as the target's r[i].
 *
 * Dates are matched exactly (epoch days): a member missing on either date simply does not count
 * for that return — nothing is filled in or carried forward.
 *
 * O(n + Σ members' lengths): one merge pass per member (both date lists are sorted ascending).
 */

/** Fewest members observed on both dates for a basket return. */
export const BASKET_MIN_MEMBERS = 3;

/** What the basket reads of a member series (a rates/model Series fits). */
export interface BasketMember {
  days: ArrayLike<number>;
  values: ArrayLike<number>;
}

/** For each target date, the index of the member's observation on that date, or −1. */
function alignByDate(targetDays: ArrayLike<number>, member: BasketMember): Int32Array {
  const n = targetDays.length;
  const at = new Int32Array(n).fill(-1);
  const md = member.days;
  let j = 0;
  for (let i = 0; i < n; i++) {
    const d = targetDays[i];
    while (j < md.length && md[j] < d) j++;
    if (j < md.length && md[j] === d) at[i] = j;
  }
  return at;
}

/** The basket's percent log returns, index-aligned to `targetDays` (see the module comment). */
export function basketReturns(targetDays: ArrayLike<number>, members: readonly BasketMember[], minMembers = BASKET_MIN_MEMBERS): Float64Array {
  const n = targetDays.length;
  const sum = new Float64Array(n);
  const count = new Int32Array(n);
  for (const member of members) {
    const at = alignByDate(targetDays, member);
    const v = member.values;
    for (let i = 1; i < n; i++) {
      const j0 = at[i - 1];
      const j1 = at[i];
      if (j0 < 0 || j1 < 0) continue;
      const a = v[j0];
      const b = v[j1];
      if (!(a > 0 && b > 0 && Number.isFinite(a) && Number.isFinite(b))) continue;
      sum[i] += 100 * Math.log(b / a);
      count[i]++;
    }
  }
  const m = new Float64Array(n);
  for (let i = 0; i < n; i++) m[i] = i > 0 && count[i] >= minMembers ? sum[i] / count[i] : NaN;
  return m;
}
