import { ESTIMATION, type CarWindow } from './study-settings';
import { FLAT, usableAt, type ModelData } from './models';

/**
 * The placebo's candidates (placebo.ts draws from them).
 *
 * A **candidate** T0 is an observation i not within ±radius observations of any event's T0 (all
 * events of the study, every group), whose own model can be fitted over its own estimation window
 * (i−250 … i−11, ≥ 120 usable returns, a basket that moves for `market`, σ_ε > 0 — models.ts) and
 * which has a CAR for **every** window of the study (T0+a … T0+b inside the series, every AR there).
 * Its CARs are formed exactly like an event's, with its own α and β.
 *
 * Speed: prefix sums over the series of the usable returns (count, Σr, Σm, Σr², Σm², Σrm) give
 * every candidate's OLS fit and each CAR in O(1): O(n) per series and model, O(n·W) for the CARs
 * of W windows. (Differences of prefix sums lose a few digits against the events' two-pass sums —
 * about 1e-13 here, where returns are O(1) % and a window holds a few hundred of them — far below
 * anything a p of 2,000 draws can see.)
 */

/** The calendar (proleptic Gregorian, UTC) year of an epoch day (days since 1970-01-01). */
export function yearOfDay(day: number): number {
  // Howard Hinnant's civil_from_days.
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  return yoe + era * 400 + (mp >= 10 ? 1 : 0);
}

/** Per series and model: each candidate's fit (NaN α when it is none) and the prefix sums. */
export interface PlaceboBase {
  data: ModelData;
  years: Int32Array;
  alpha: Float64Array;
  beta: Float64Array;
  count: Int32Array;
  sumR: Float64Array;
  sumM: Float64Array;
}

export function placeboBase(data: ModelData, days: ArrayLike<number>, eventT0s: readonly number[], radius: number): PlaceboBase {
  const len = data.r.length;
  const market = data.model === 'market';
  const count = new Int32Array(len + 1);
  const sumR = new Float64Array(len + 1);
  const sumM = new Float64Array(len + 1);
  const sumRR = new Float64Array(len + 1);
  const sumMM = new Float64Array(len + 1);
  const sumRM = new Float64Array(len + 1);
  for (let i = 0; i < len; i++) {
    const ok = usableAt(data, i);
    const r = ok ? data.r[i] : 0;
    const m = ok && market ? data.m![i] : 0;
    count[i + 1] = count[i] + (ok ? 1 : 0);
    sumR[i + 1] = sumR[i] + r;
    sumM[i + 1] = sumM[i] + m;
    sumRR[i + 1] = sumRR[i] + r * r;
    sumMM[i + 1] = sumMM[i] + m * m;
    sumRM[i + 1] = sumRM[i] + r * m;
  }
  // Observations within ±radius of an event (difference array).
  const blockedDiff = new Int32Array(len + 1);
  for (const t0 of eventT0s) {
    if (!Number.isInteger(t0)) continue;
    const lo = Math.max(0, t0 - radius);
    const hi = Math.min(len, t0 + radius + 1);
    if (lo >= hi) continue;
    blockedDiff[lo]++;
    blockedDiff[hi]--;
  }
  const alpha = new Float64Array(len).fill(NaN);
  const beta = new Float64Array(len);
  const years = new Int32Array(len);
  let blocked = 0;
  for (let t0 = 0; t0 < len; t0++) {
    years[t0] = yearOfDay(days[t0]);
    blocked += blockedDiff[t0];
    if (blocked > 0 || (market && data.m === null)) continue;
    const lo = Math.max(0, t0 + ESTIMATION.from);
    const hi = t0 + ESTIMATION.to + 1; // exclusive
    if (hi <= lo) continue;
    const n = count[hi] - count[lo];
    if (n < ESTIMATION.minReturns) continue;
    const sr = sumR[hi] - sumR[lo];
    const srr = sumRR[hi] - sumRR[lo];
    const syy = srr - (sr * sr) / n;
    if (!market) {
      if (!(syy > FLAT * srr)) continue;
      alpha[t0] = data.model === 'raw' ? 0 : sr / n;
      continue;
    }
    const sm = sumM[hi] - sumM[lo];
    const smm = sumMM[hi] - sumMM[lo];
    const sxx = smm - (sm * sm) / n;
    if (!(sxx > FLAT * smm)) continue;
    const sxy = sumRM[hi] - sumRM[lo] - (sr * sm) / n;
    const b = sxy / sxx;
    if (!(syy - b * sxy > FLAT * srr)) continue;
    beta[t0] = b;
    alpha[t0] = (sr - b * sm) / n;
  }
  return { data, years, alpha, beta, count, sumR, sumM };
}

/** Windows per block of packed CARs (one 64-byte cache line of doubles per candidate). */
export const CHUNK = 8;

/**
 * The candidates of a study: their T0s ascending (so grouped by year), each year's [start, end)
 * in `t0s`, and their CARs packed by candidate in blocks of CHUNK windows:
 * `chunks[k][c·CHUNK + j]` = CAR of candidate c for window k·CHUNK + j (0 past the last window).
 */
export interface PlaceboPool {
  base: PlaceboBase;
  windows: readonly CarWindow[];
  t0s: Int32Array;
  chunks: Float64Array[];
  years: Map<number, readonly [number, number]>;
}

export function placeboPool(base: PlaceboBase, windows: readonly CarWindow[]): PlaceboPool {
  const { alpha, beta, count, sumR, sumM, years: yearOf } = base;
  const len = alpha.length;
  const W = windows.length;
  const wa = Int32Array.from(windows, (w) => w.a);
  const wb = Int32Array.from(windows, (w) => w.b);
  let first = 0;
  let last = len - 1;
  for (let wi = 0; wi < W; wi++) {
    first = Math.max(first, -wa[wi]);
    last = Math.min(last, len - 1 - wb[wi]);
  }
  const t0s = new Int32Array(Math.max(0, last - first + 1));
  const nChunks = Math.ceil(W / CHUNK);
  const chunks = Array.from({ length: nChunks }, () => new Float64Array(t0s.length * CHUNK));
  let k = 0;
  for (let t0 = first; t0 <= last; t0++) {
    const a = alpha[t0];
    if (Number.isNaN(a)) continue;
    const b = beta[t0];
    let wi = 0;
    for (; wi < W; wi++) {
      const lo = t0 + wa[wi];
      const hi = t0 + wb[wi] + 1;
      const L = hi - lo;
      if (count[hi] - count[lo] !== L) break;
      chunks[(wi / CHUNK) | 0][k * CHUNK + (wi % CHUNK)] = sumR[hi] - sumR[lo] - L * a - b * (sumM[hi] - sumM[lo]);
    }
    if (wi < W) continue; // a window without every AR: not a candidate (its row is overwritten)
    t0s[k++] = t0;
  }
  const years = new Map<number, readonly [number, number]>();
  for (let c = 0; c < k; ) {
    const y = yearOf[t0s[c]];
    let e = c + 1;
    while (e < k && yearOf[t0s[e]] === y) e++;
    years.set(y, [c, e]);
    c = e;
  }
  return { base, windows, t0s: t0s.slice(0, k), chunks: chunks.map((c) => c.slice(0, k * CHUNK)), years };
}

/** The CAR of candidate `t0` for window `wi` of the pool; NaN when `t0` is not a candidate. */
export function candidateCar(pool: PlaceboPool, t0: number, wi: number): number {
  const t = pool.t0s;
  let lo = 0;
  let hi = t.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (t[mid] < t0) lo = mid + 1;
    else hi = mid;
  }
  return lo < t.length && t[lo] === t0 ? pool.chunks[(wi / CHUNK) | 0][lo * CHUNK + (wi % CHUNK)] : NaN;
}
