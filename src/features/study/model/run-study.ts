import type { Series } from '../../rates/model/series';
import { bhQValues } from './benjamini-hochberg';
import { cumulativeAbnormalReturn, abnormalReturn, fitEvent, type CarOutcome, type EventFit, type FitMiss, type CarMiss, type ModelData } from './models';
import { cachedPlaceboPool } from './placebo-cache';
import { placeboPs, type PlaceboMiss } from './placebo';
import { seedFor } from './prng';
import { percentLogReturns } from './returns';
import { crossSectionalT, generalisedSignTest, signTest, standardisedTest, summarize } from './significance';
import { DEFAULT_WINDOWS, PLACEBO_DEFAULTS, windowKey, windowLength, type CarWindow, type PlaceboSettings, type StudyModel } from './study-settings';

/**
 * The event study of one series: every group × window, with each event's AR and CARs.
 *
 * Per event (once, however many groups hold it): fitEvent over its estimation window, AR at T0 and
 * CAR for each window (models.ts). Per group × window, over the N events of the group with a CAR
 * for that window (each event once per group, by id): summary, cross-sectional t, standardised
 * (BMP) t, exact sign test, Cowan's generalised sign test (`pRank`), placebo p (placebo.ts: one
 * stream of draws per group, seeded by the seed and the group's name, serves all its windows); then
 * Benjamini–Hochberg q-values of the cross-sectional t's p over all rows (groups × windows) of the
 * study. Every figure is a number or null (not computable), every "why not" a code.
 *
 * Complexity, n observations, E distinct events, W windows, G groups of N_g events, S placebo sets:
 * O(n) returns and prefix sums, O(E·(240 + W·L)) fits and CARs, O(W·n) placebo candidates and
 * their CARs, O(S·Σ_g N_g) placebo draws (+ W additions each), O(GW log GW) for the q-values.
 */

export interface StudyEvent {
  id: string;
  /** Index of the event's T0 in the series (the reactions' T0 rule, applied by the caller), or null when it has none. */
  t0Index: number | null;
}

export interface StudyGroup {
  name: string;
  events: readonly StudyEvent[];
}

export interface StudyInput {
  series: Pick<Series, 'days' | 'values'>;
  /** The regional basket's returns aligned to the series (basketReturns); required by `market`. */
  basket?: Float64Array | null;
  model: StudyModel;
  groups: readonly StudyGroup[];
  windows?: readonly CarWindow[];
  /** Placebo settings; `excludeT0` = the T0s no placebo day may be near (default: every event of every group). */
  placebo?: Partial<PlaceboSettings> & { excludeT0?: readonly number[] };
}

export type LeaveOut = FitMiss | CarMiss;

export interface StudyEventResult {
  id: string;
  t0Index: number | null;
  fit: EventFit;
  /** AR at T0, null when missing. */
  ar0: number | null;
  /** One per window, in the order of `windows`. */
  cars: CarOutcome[];
}

export interface StudyRow {
  group: string;
  window: CarWindow;
  /** Events with a CAR for this window. */
  n: number;
  /** Events of the group left out, by reason. */
  leftOut: Partial<Record<LeaveOut, number>>;
  meanCar: number | null;
  medianCar: number | null;
  sdCar: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  sharePositive: number | null;
  t: number | null;
  pT: number | null;
  tBmp: number | null;
  pBmp: number | null;
  pSign: number | null;
  zRank: number | null;
  pRank: number | null;
  pPlacebo: number | null;
  placeboMiss: PlaceboMiss | null;
  /** Benjamini–Hochberg q of pT over every row of the study. */
  q: number | null;
}

export interface StudyResult {
  model: StudyModel;
  windows: CarWindow[];
  events: StudyEventResult[];
  rows: StudyRow[];
}

const num = (x: number): number | null => (Number.isFinite(x) ? x : null);

export function runStudy(input: StudyInput): StudyResult {
  const windows = [...(input.windows ?? DEFAULT_WINDOWS)];
  for (const w of windows) if (!(Number.isInteger(w.a) && Number.isInteger(w.b) && w.a <= w.b)) throw new Error(`bad window ${windowKey(w)}`);
  const r = percentLogReturns(input.series.values);
  if (input.basket && input.basket.length !== r.length) throw new Error('basket and series differ in length');
  const data: ModelData = { model: input.model, r, m: input.basket ?? null };
  const settings: PlaceboSettings = { ...PLACEBO_DEFAULTS, ...input.placebo };

  // Each event once.
  const byId = new Map<string, StudyEventResult>();
  for (const g of input.groups) {
    for (const e of g.events) {
      if (byId.has(e.id)) continue;
      const fit = fitEvent(data, e.t0Index);
      const t0 = e.t0Index;
      const ar0 = fit.ok && t0 !== null ? num(abnormalReturn(data, fit, t0)) : null;
      const cars = windows.map((w): CarOutcome => (fit.ok && t0 !== null ? cumulativeAbnormalReturn(data, fit, t0, w) : { ok: false, reason: 'no-fit', at: w.a }));
      byId.set(e.id, { id: e.id, t0Index: t0, fit, ar0, cars });
    }
  }

  const exclude = input.placebo?.excludeT0 ?? [...byId.values()].flatMap((e) => (e.t0Index === null ? [] : [e.t0Index]));
  // The same pool for every view of the same series, basket, model and windows (placebo-cache.ts).
  const pool = cachedPlaceboPool(input.series.values, data, input.series.days, exclude, settings.radius, windows);

  const rows: StudyRow[] = [];
  for (const g of input.groups) {
    const members = [...new Map(g.events.map((e) => [e.id, byId.get(e.id)!])).values()];
    const placebo = placeboPs(
      pool,
      members.flatMap((e) => (e.fit.ok && e.t0Index !== null ? [{ t0: e.t0Index, cars: e.cars.map((c) => (c.ok ? c.car : NaN)) }] : [])),
      settings.sets,
      seedFor(settings.seed, g.name),
    );
    windows.forEach((w, wi) => {
      const cars: number[] = [];
      const sigmas: number[] = [];
      const shares: number[] = [];
      const leftOut: Partial<Record<LeaveOut, number>> = {};
      for (const e of members) {
        const c = e.cars[wi];
        if (!e.fit.ok || !c.ok) {
          const why: LeaveOut = e.fit.ok ? (c as { reason: CarMiss }).reason : e.fit.reason;
          leftOut[why] = (leftOut[why] ?? 0) + 1;
          continue;
        }
        cars.push(c.car);
        sigmas.push(e.fit.sigma);
        shares.push(e.fit.positiveShare);
      }
      const s = summarize(cars);
      const tt = crossSectionalT(cars);
      const bmp = standardisedTest(cars, sigmas, windowLength(w));
      const sign = signTest(cars);
      const gst = generalisedSignTest(cars, shares);
      const pl = placebo[wi];
      rows.push({
        group: g.name,
        window: w,
        n: cars.length,
        leftOut,
        meanCar: num(s.mean),
        medianCar: num(s.median),
        sdCar: num(s.sd),
        ciLow: num(s.ciLow),
        ciHigh: num(s.ciHigh),
        sharePositive: num(s.sharePositive),
        t: num(tt.t),
        pT: num(tt.p),
        tBmp: num(bmp.t),
        pBmp: num(bmp.p),
        pSign: num(sign.p),
        zRank: num(gst.z),
        pRank: num(gst.p),
        pPlacebo: pl.ok ? pl.p : null,
        placeboMiss: pl.ok ? null : pl.reason,
        q: null,
      });
    });
  }
  const qs = bhQValues(rows.map((row) => row.pT ?? NaN));
  rows.forEach((row, i) => (row.q = num(qs[i])));
  return { model: input.model, windows, events: [...byId.values()], rows };
}
