import { CHUNK, type PlaceboPool } from './placebo-candidates';
import { MULBERRY32_INCREMENT, mulberry32Mix } from './prng';

/**
 * The placebo test: how often does a random set of N non-event days of the same series and the
 * same years give a mean CAR at least as far from 0 as the events'?
 *
 * - The days are the candidates of placebo-candidates.ts (no event within ±5 observations, a model
 *   of their own, a CAR for every window).
 * - **Same years**: a placebo set replaces each event of the group by a candidate of the event's
 *   calendar year (the UTC year of its T0 date), all distinct within the set — the draws keep the
 *   events' spread over calm and turbulent years.
 * - One set serves every window: event i's stand-in counts in window w when event i has a CAR
 *   there, so each window's set has that window's N events' years. (Drawing distinct days for all
 *   the group's events and keeping a subset is the same as drawing distinct days for the subset.)
 * - p_w = (number of sets whose |mean CAR_w| ≥ |the events' mean CAR_w|) / sets. No distribution
 *   is assumed.
 *
 * Cost O(sets · N · ⌈W/8⌉): one draw per event and set (Mulberry32, inlined), its CARs read as
 * one block of 8 windows (a cache line) into 8 accumulators; a study with more than 8 windows
 * repeats the same draws (same seed) for each further block.
 */

/** An event of the group: its T0 and its CAR for each window of the pool (NaN where it has none). */
export interface PlaceboEvent {
  t0: number;
  cars: ArrayLike<number>;
}

export type PlaceboMiss = 'no-events' | 'too-few-candidates';
export type PlaceboOutcome = { ok: true; p: number; sets: number } | { ok: false; reason: PlaceboMiss; year: number | null };

/** The placebo p of a group's events for each window of the pool (see the module comment). */
export function placeboPs(pool: PlaceboPool, events: readonly PlaceboEvent[], sets: number, seed: number): PlaceboOutcome[] {
  const W = pool.windows.length;
  if (!(Number.isInteger(sets) && sets >= 1)) throw new Error(`bad number of placebo sets: ${sets}`);
  // The events that count in some window, their windows (0/1 mask) and each window's mean.
  const counted: PlaceboEvent[] = [];
  for (const e of events) {
    for (let w = 0; w < W; w++) {
      if (Number.isNaN(e.cars[w])) continue;
      counted.push(e);
      break;
    }
  }
  const E = counted.length;
  const mask = new Uint8Array(E * W);
  const n = new Float64Array(W);
  const target = new Float64Array(W);
  counted.forEach((e, i) => {
    for (let w = 0; w < W; w++) {
      if (Number.isNaN(e.cars[w])) continue;
      mask[i * W + w] = 1;
      n[w]++;
      target[w] += e.cars[w];
    }
  });
  for (let w = 0; w < W; w++) target[w] = Math.abs(target[w] / n[w]);

  // Each event's year: [start, end) of its pool in pool.t0s; enough distinct candidates per year?
  const start = new Int32Array(E);
  const size = new Int32Array(E);
  const need = new Map<number, number>();
  for (let i = 0; i < E; i++) {
    const y = pool.base.years[counted[i].t0];
    const range = pool.years.get(y);
    const k = (need.get(y) ?? 0) + 1;
    if (!range || range[1] - range[0] < k) {
      const miss: PlaceboOutcome = { ok: false, reason: 'too-few-candidates', year: y };
      return Array.from({ length: W }, (_, w) => (n[w] ? miss : { ok: false, reason: 'no-events', year: null }));
    }
    need.set(y, k);
    start[i] = range[0];
    size[i] = range[1] - range[0];
  }

  const hits = new Int32Array(W);
  const chunkHits = new Int32Array(CHUNK);
  for (let k = 0; k < pool.chunks.length; k++) {
    const w0 = k * CHUNK;
    const wn = Math.min(CHUNK, W - w0);
    // Each event's 0/1 weights for this block's windows (0 on the padding), and whether all are 1.
    const weight = new Float64Array(E * CHUNK);
    const full = new Uint8Array(E);
    for (let i = 0; i < E; i++) {
      let all = 1;
      for (let j = 0; j < wn; j++) {
        weight[i * CHUNK + j] = mask[i * W + w0 + j];
        if (!mask[i * W + w0 + j]) all = 0;
      }
      full[i] = all;
    }
    chunkHits.fill(0);
    drawSets(pool.chunks[k], pool.t0s.length, start, size, weight, full, n.subarray(w0, w0 + wn), target.subarray(w0, w0 + wn), sets, seed, chunkHits);
    for (let j = 0; j < wn; j++) hits[w0 + j] = chunkHits[j];
  }
  return Array.from({ length: W }, (_, w): PlaceboOutcome => (n[w] ? { ok: true, p: hits[w] / sets, sets } : { ok: false, reason: 'no-events', year: null }));
}

/**
 * The hot loop for one block of CHUNK windows (the same seed, so the same draws, for every block):
 * per set, one distinct candidate per event (rejection of a position already drawn in this set,
 * marked with the set's number), its CARs added to eight accumulators kept in registers.
 */
function drawSets(
  cars: Float64Array,
  candidates: number,
  start: Int32Array,
  size: Int32Array,
  weight: Float64Array,
  full: Uint8Array,
  n: Float64Array,
  target: Float64Array,
  sets: number,
  seed: number,
  hits: Int32Array,
): void {
  const E = start.length;
  const stamp = new Int32Array(candidates);
  const acc = new Float64Array(CHUNK);
  let state = seed | 0;
  for (let s = 1; s <= sets; s++) {
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
    for (let i = 0; i < E; i++) {
      let c: number;
      do {
        state = (state + MULBERRY32_INCREMENT) | 0;
        c = start[i] + Math.floor((mulberry32Mix(state) / 4294967296) * size[i]);
      } while (stamp[c] === s);
      stamp[c] = s;
      const r = c * CHUNK;
      if (full[i]) {
        s0 += cars[r];
        s1 += cars[r + 1];
        s2 += cars[r + 2];
        s3 += cars[r + 3];
        s4 += cars[r + 4];
        s5 += cars[r + 5];
        s6 += cars[r + 6];
        s7 += cars[r + 7];
      } else {
        const q = i * CHUNK;
        s0 += weight[q] * cars[r];
        s1 += weight[q + 1] * cars[r + 1];
        s2 += weight[q + 2] * cars[r + 2];
        s3 += weight[q + 3] * cars[r + 3];
        s4 += weight[q + 4] * cars[r + 4];
        s5 += weight[q + 5] * cars[r + 5];
        s6 += weight[q + 6] * cars[r + 6];
        s7 += weight[q + 7] * cars[r + 7];
      }
    }
    acc[0] = s0;
    acc[1] = s1;
    acc[2] = s2;
    acc[3] = s3;
    acc[4] = s4;
    acc[5] = s5;
    acc[6] = s6;
    acc[7] = s7;
    for (let j = 0; j < n.length; j++) if (Math.abs(acc[j] / n[j]) >= target[j]) hits[j]++;
  }
}
