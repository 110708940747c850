import { ESTIMATION, windowLength, type CarWindow } from './study-settings';
import { FLAT, usableAt, type ModelData } from './models';
import { mulberry32 } from './prng';

/**
 * The placebo test: how often does a random set of N non-event days of the same series and the
 * same years give a mean CAR at least as far from 0 as the events'?
 *
 * - A **candidate** T0 is an observation i not within ±radius observations of any event's T0 (all
 *   events of the study, every group), whose own model can be fitted over its own estimation
 *   window (i−250 … i−11, ≥ 120 usable returns, a basket that moves for `market`, σ_ε > 0) and
 *   whose window T0+a … T0+b is inside the series with every AR there. Its CAR is formed exactly
 *   like an event's, with its own α and β.
 * - **Same years**: a placebo set replaces each event by a candidate of the event's calendar year
 *   (UTC year of its T0 date), distinct within the set — the draws keep the events' spread over
 *   calm and turbulent years.
 * - p = (number of sets with |mean CAR| ≥ |events' mean CAR|) / sets. No distribution assumed.
 *
 * Speed: prefix sums over the series of the usable returns (count, Σr, Σm, Σr², Σm², Σrm) give
 * every candidate's OLS fit and CAR in O(1): O(n) per series and model, O(n) per window, then
 * O(sets · N) per group × window.
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
  stamp: Int32Array;
  stampId: { value: number };
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
  return { data, years, alpha, beta, count, sumR, sumM, stamp: new Int32Array(len), stampId: { value: 0 } };
}

/** The candidates of one window: CAR by observation (NaN when not a candidate) and their T0s by year. */
export interface PlaceboPool {
  base: PlaceboBase;
  cars: Float64Array;
  byYear: Map<number, Int32Array>;
}

export function placeboPool(base: PlaceboBase, w: CarWindow): PlaceboPool {
  const len = base.alpha.length;
  const L = windowLength(w);
  const cars = new Float64Array(len).fill(NaN);
  const lists = new Map<number, number[]>();
  for (let t0 = Math.max(0, -w.a); t0 + w.b < len; t0++) {
    const a = base.alpha[t0];
    if (Number.isNaN(a)) continue;
    const lo = t0 + w.a;
    const hi = t0 + w.b + 1;
    if (base.count[hi] - base.count[lo] !== L) continue;
    cars[t0] = base.sumR[hi] - base.sumR[lo] - L * a - base.beta[t0] * (base.sumM[hi] - base.sumM[lo]);
    const y = base.years[t0];
    let list = lists.get(y);
    if (!list) lists.set(y, (list = []));
    list.push(t0);
  }
  const byYear = new Map<number, Int32Array>();
  for (const [y, list] of lists) byYear.set(y, Int32Array.from(list));
  return { base, cars, byYear };
}

export type PlaceboMiss = 'no-events' | 'too-few-candidates';
export type PlaceboOutcome = { ok: true; p: number; sets: number } | { ok: false; reason: PlaceboMiss; year: number | null };

/** The placebo p of events at `eventT0s` whose mean CAR is `eventMean` (see the module comment). */
export function placeboP(pool: PlaceboPool, eventT0s: readonly number[], eventMean: number, sets: number, seed: number): PlaceboOutcome {
  const n = eventT0s.length;
  if (n === 0 || Number.isNaN(eventMean)) return { ok: false, reason: 'no-events', year: null };
  const { base } = pool;
  const pools: Int32Array[] = [];
  const needed = new Map<number, number>();
  for (const t0 of eventT0s) {
    const y = base.years[t0];
    const p = pool.byYear.get(y);
    const k = (needed.get(y) ?? 0) + 1;
    if (!p || p.length < k) return { ok: false, reason: 'too-few-candidates', year: y };
    needed.set(y, k);
    pools.push(p);
  }
  const rng = mulberry32(seed);
  const target = Math.abs(eventMean);
  const { stamp, stampId } = base;
  const cars = pool.cars;
  let hits = 0;
  for (let s = 0; s < sets; s++) {
    if (stampId.value >= 0x7fffffff) {
      stamp.fill(0);
      stampId.value = 0;
    }
    const id = ++stampId.value;
    let sum = 0;
    for (let j = 0; j < n; j++) {
      const p = pools[j];
      let c = p[rng.nextInt(p.length)];
      while (stamp[c] === id) c = p[rng.nextInt(p.length)];
      stamp[c] = id;
      sum += cars[c];
    }
    if (Math.abs(sum / n) >= target) hits++;
  }
  return { ok: true, p: hits / sets, sets };
}
