import type { Series } from '../../rates/model/series';
import { asDay, asMs, type EpochDay, type UnixMs } from '../../../lib/units';
import { eventAnchor, type EventTiming } from './fix-instants';
import { locateT0, type T0Location, type T0Miss } from './locate-t0';
import { logReturnAt, sampleStd } from '../../rates/model/returns';

/** Number of log returns (observations of the series: days, or bars of an intraday one) behind pre_vol. */
export const PRE_VOL_RETURNS = 60;
/** pre_drift compares T−1 with T−6 (five observations earlier). */
export const PRE_DRIFT_LAG = 5;
/** Horizons of chg_k, in observations after T0. */
export const HORIZONS = [0, 5, 20] as const;

/**
 * The figures of one event in one series (SPEC "Reaction methodology"). Every
 * figure is null when it cannot be computed from observed data; nothing is
 * ever filled in. Percentages are in percent (1.5 = 1.5 %).
 */
export interface Reaction {
  /** 'ok', or why T0/T−1 could not be found. */
  status: 'ok' | T0Miss;
  /** T0's date (for an intraday series, the UTC date of its bar). */
  t0: EpochDay | null;
  /** The instant of the T0 observation (UTC ms): the fix of a daily series, the bar of an intraday one. */
  t0At: UnixMs | null;
  baseDate: EpochDay | null;
  /** The instant of the T−1 observation (UTC ms). */
  baseAt: UnixMs | null;
  baseRate: number | null;
  t0Rate: number | null;
  chg0: number | null;
  chg5: number | null;
  chg20: number | null;
  preDrift: number | null;
  /** Sample std (n−1) of the 60 log returns ending at T−1, in percent; null with fewer than 60. */
  preVol: number | null;
  /** 100 × ln(P[T0]/P[T−1]) / preVol; null without preVol (or when it is 0). */
  z0: number | null;
}

const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

/** (P[i]/P[base] − 1) × 100, or null when i is outside the series. */
export function pctChange(values: Float64Array, base: number, i: number): number | null {
  if (base < 0 || i < 0 || base >= values.length || i >= values.length) return null;
  return finite((values[i] / values[base] - 1) * 100);
}

/** pre_vol at T−1 = `base`: needs the 60 returns r[base−59..base], i.e. base ≥ 60. */
export function preVolAt(values: Float64Array, base: number): number | null {
  const from = base - PRE_VOL_RETURNS + 1;
  if (from < 1) return null;
  // The window's own returns only: for an imported series of a million bars, the log returns of
  // the whole series (one pass of Math.log over every bar) took 0.2 s of one task.
  if (base >= values.length) return null;
  const r = new Float64Array(PRE_VOL_RETURNS);
  for (let i = from; i <= base; i++) r[i - from] = logReturnAt(values, i);
  return finite(100 * sampleStd(r, 0, r.length));
}

function empty(status: Reaction['status'], s: Series, t0: number | null): Reaction {
  return {
    status,
    t0: t0 === null ? null : asDay(s.days[t0]),
    t0At: t0 === null ? null : asMs(s.t[t0]),
    baseDate: null,
    baseAt: null,
    baseRate: null,
    t0Rate: t0 === null ? null : s.values[t0],
    chg0: null,
    chg5: null,
    chg20: null,
    preDrift: null,
    preVol: null,
    z0: null,
  };
}

/** The reaction figures for a located T0 in `s`. */
export function reactionAt(s: Series, loc: T0Location): Reaction {
  if (!loc.ok) return empty(loc.reason, s, loc.t0);
  const { t0, base } = loc;
  const v = s.values;
  const preVol = preVolAt(v, base);
  const logMove = 100 * Math.log(v[t0] / v[base]);
  return {
    status: 'ok',
    t0: asDay(s.days[t0]),
    t0At: asMs(s.t[t0]),
    baseDate: asDay(s.days[base]),
    baseAt: asMs(s.t[base]),
    baseRate: v[base],
    t0Rate: v[t0],
    chg0: pctChange(v, base, t0),
    chg5: pctChange(v, base, t0 + 5),
    chg20: pctChange(v, base, t0 + 20),
    preDrift: pctChange(v, base - PRE_DRIFT_LAG, base),
    preVol,
    z0: preVol ? finite(logMove / preVol) : null,
  };
}

/** Locate T0 for `event` in `s` (by the series' own instants, see locateT0) and compute its reaction. */
export function eventReaction(event: EventTiming, s: Series): Reaction {
  return reactionAt(s, locateT0(s, eventAnchor(event)));
}

