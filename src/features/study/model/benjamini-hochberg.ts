/**
 * Benjamini–Hochberg q-values (false discovery rate, Benjamini & Hochberg 1995) over a list of p's:
 * with the m finite p's sorted ascending, p₍₁₎ ≤ … ≤ p₍ₘ₎,
 *
 *   q₍ᵢ₎ = min_{j ≥ i} min(1, m·p₍ⱼ₎ / j),
 *
 * returned in the input's order. A p that is not a number (a test that could not be run) is not
 * counted in m and gets NaN. So q ≥ p, q ≤ 1, and q is non-decreasing in p. Ties share one q.
 */
export function bhQValues(ps: readonly number[]): number[] {
  const idx: number[] = [];
  for (let i = 0; i < ps.length; i++) if (Number.isFinite(ps[i])) idx.push(i);
  idx.sort((x, y) => ps[x] - ps[y] || x - y);
  const m = idx.length;
  const q = new Array<number>(ps.length).fill(NaN);
  let running = 1;
  for (let j = m; j >= 1; j--) {
    const i = idx[j - 1];
    running = Math.min(running, (m * ps[i]) / j);
    q[i] = Math.max(ps[i], running); // m·p/m can round a hair below p
  }
  return q;
}
