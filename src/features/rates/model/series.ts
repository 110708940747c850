import type { PairId, SeriesId, SourceId } from '../../../config/series';
import { asDayArray, asMsArray, DAY_MS, offsetMinutes, wallTimeToInstant, type DayArray, type EpochDay, type MsArray, type UnixMs } from '../../../lib/units';
import { builtInMeta, type SeriesMeta } from './registry';
import { ruleOffsetsOf } from '../../../lib/zone-rules';

/**
 * One series, as observed: `t[i]` is the instant of observation i (UTC ms), `values[i]` its
 * figure; `days[i]` its date (the observation date of a daily series; the UTC date of an intraday
 * one). Sorted by time, no duplicates, no gaps filled: a missing observation is simply absent.
 * What the series is (label, unit, colour, source, fix rule, resolution) is in `meta`, from the
 * registry; `id` and `source` repeat it for brevity.
 */
export interface Series {
  meta: SeriesMeta;
  id: SeriesId;
  source: SourceId;
  days: DayArray;
  t: MsArray;
  values: Float64Array;
  /** A comparison line: the same pair from the other source (drawn dashed, named with its source). */
  compare?: boolean;
}

export type SeriesSet = Partial<Record<PairId, Series>>;

export interface SeriesBundle {
  source: SourceId;
  series: SeriesSet;
  /** Last observation date over all series (ISO). */
  asOf: string;
  first: string;
}

const MINUTES_RE = /^(\d{2}):(\d{2})$/;

/**
 * The instants of daily observations under a fix rule (their dates at the fix time in its zone),
 * exact across daylight-saving changes. Fast for long histories: a stretch of days whose ends
 * have the same UTC offset shares it (zones change offset at most twice a year), and only a
 * stretch with a change is split until each day is decided on its own (wallTimeToInstant).
 */
export function fixInstantsOf(days: Int32Array, fix: { time: string; zone: string }): MsArray {
  // The four pairs of a source share their dates: each date's instant is worked out once per fix rule.
  const key = `${fix.zone}|${fix.time}`;
  let known = fixCache.get(key);
  if (!known) fixCache.set(key, (known = new Map()));
  const out = new Float64Array(days.length);
  const missing: number[] = [];
  for (let i = 0; i < days.length; i++) {
    const hit = known.get(days[i]);
    if (hit === undefined) missing.push(i);
    else out[i] = hit;
  }
  if (missing.length) {
    const missDays = Int32Array.from(missing, (i) => days[i]);
    const computed = computeFixInstants(missDays, fix);
    if (known.size + missing.length > MAX_CACHED_FIXES) known.clear();
    for (let k = 0; k < missing.length; k++) {
      out[missing[k]] = computed[k];
      known.set(missDays[k], computed[k]);
    }
  }
  return asMsArray(out);
}

/**
 * fixInstantsOf without its cache, for a caller that asks once for many days (the snapshot's
 * days, which its four pairs then pick by index): no map of each day's instant to fill.
 */
export function fixInstantsUncached(days: Int32Array, fix: { time: string; zone: string }): MsArray {
  return asMsArray(computeFixInstants(days, fix));
}

const fixCache = new Map<string, Map<number, number>>();
const MAX_CACHED_FIXES = 200_000;

function computeFixInstants(days: Int32Array, fix: { time: string; zone: string }): Float64Array {
  const m = MINUTES_RE.exec(fix.time);
  const minutes = m ? Number(m[1]) * 60 + Number(m[2]) : 0;
  // New York and Berlin from their published rules (lib/zone-rules), no Intl; the rest below.
  const offsets = ruleOffsetsOf(fix.zone, days, minutes);
  if (offsets) {
    const out = new Float64Array(days.length);
    let rest: number[] | null = null;
    for (let i = 0; i < days.length; i++) {
      const off = offsets[i];
      if (off !== off) (rest ??= []).push(i); // NaN: the rules do not say
      else out[i] = days[i] * DAY_MS + (minutes - off) * 60_000;
    }
    if (rest) {
      const other = computeByIntl(Int32Array.from(rest, (i) => days[i]), minutes, fix.zone);
      rest.forEach((i, k) => (out[i] = other[k]));
    }
    return out;
  }
  return computeByIntl(days, minutes, fix.zone);
}

/** Instants of a wall time on each day by Intl's zone data (see fixInstantsOf). */
function computeByIntl(days: Int32Array, minutes: number, zone: string): Float64Array {
  const n = days.length;
  const t = new Float64Array(n);
  // Offsets well before the first day's fix and after the last day's: the instant lies within ±14 h of its wall time.
  const offBefore = (day: number) => offsetMinutes(day * DAY_MS - 14 * 3_600_000, zone);
  const offAfter = (day: number) => offsetMinutes(day * DAY_MS + DAY_MS + 14 * 3_600_000, zone);
  const fill = (a: number, b: number, offA: number, offB: number) => {
    // Days [a, b] (indices), offA before days[a], offB after days[b]. Equal ends decide a stretch
    // of at most 60 calendar days (two changes are months apart); a longer one is split.
    if (offA === offB && days[b] - days[a] <= 60) {
      for (let i = a; i <= b; i++) t[i] = days[i] * DAY_MS + minutes * 60_000 - offA * 60_000;
      return;
    }
    if (a === b) {
      t[a] = offA === offB ? days[a] * DAY_MS + minutes * 60_000 - offA * 60_000 : wallTimeToInstant(days[a] as EpochDay, minutes, zone);
      return;
    }
    const mid = (a + b) >>> 1;
    fill(a, mid, offA, offAfter(days[mid]));
    fill(mid + 1, b, offBefore(days[mid + 1]), offB);
  };
  const BLOCK = 64;
  for (let a = 0; a < n; a += BLOCK) {
    const b = Math.min(n, a + BLOCK) - 1;
    fill(a, b, offBefore(days[a]), offAfter(days[b]));
  }
  return t;
}

/** A daily series from dates and values; its instants follow the meta's fix rule (midnight UTC without one). */
export function makeDailySeries(meta: SeriesMeta, days: ArrayLike<number>, values: ArrayLike<number>): Series {
  if (days.length !== values.length) throw new Error('days and values differ in length');
  const d = Int32Array.from(days);
  const t = meta.fix ? fixInstantsOf(d, meta.fix) : asMsArray(Float64Array.from(d, (x) => x * DAY_MS));
  return { meta, id: meta.id, source: meta.source, days: asDayArray(d), t, values: Float64Array.from(values) };
}

/** A series from instants (ascending, UTC ms) and values; its dates are the instants' UTC dates. */
export function makeInstantSeries(meta: SeriesMeta, instants: Float64Array, values: Float64Array): Series {
  if (instants.length !== values.length) throw new Error('instants and values differ in length');
  const days = new Int32Array(instants.length);
  for (let i = 0; i < instants.length; i++) days[i] = Math.floor(instants[i] / DAY_MS);
  return { meta, id: meta.id, source: meta.source, days: asDayArray(days), t: asMsArray(instants), values };
}

/** A built-in pair's daily series (dates at the source's fix). */
export function makeSeries(pair: PairId, source: SourceId, days: readonly number[], values: readonly number[]): Series {
  return makeDailySeries(builtInMeta(pair, source), days, values);
}

/** Index of the first instant >= `ms` (binary search); `length` when none. */
export function lowerBoundMs(t: MsArray, ms: number): number {
  return lowerBound(t, ms);
}

/** Index range [start, end) of observations with from <= instant <= to. */
export function rangeIndicesMs(s: Series, from: UnixMs, to: UnixMs): [number, number] {
  return [lowerBoundMs(s.t, from), lowerBoundMs(s.t, to + 1e-3)];
}

/** The observation nearest to instant `ms` (ties go to the earlier one), or null. */
export function nearestIndexAt(s: { t: MsArray }, ms: number): number | null {
  const n = s.t.length;
  if (n === 0) return null;
  const i = lowerBoundMs(s.t, ms);
  if (i === 0) return 0;
  if (i === n) return n - 1;
  return ms - s.t[i - 1] <= s.t[i] - ms ? i - 1 : i;
}

/** Index of the first observation with day >= `day` (binary search); `length` when none. */
export function lowerBound(days: ArrayLike<number>, day: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid] < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index range [start, end) of observations with from <= day <= to. */
export function rangeIndices(s: Series, from: EpochDay, to: EpochDay): [number, number] {
  return [lowerBound(s.days, from), lowerBound(s.days, to + 1)];
}

/** The observation nearest to `day` (ties go to the earlier one), or null. */
export function nearestIndex(s: Series, day: number): number | null {
  const n = s.days.length;
  if (n === 0) return null;
  const i = lowerBound(s.days, day);
  if (i === 0) return 0;
  if (i === n) return n - 1;
  return day - s.days[i - 1] <= s.days[i] - day ? i - 1 : i;
}

export function valueOn(s: Series, day: number): number | null {
  const i = lowerBound(s.days, day);
  return i < s.days.length && s.days[i] === day ? s.values[i] : null;
}

/** The instant of a bundle's last observation (over its series), or null when it has none. */
export function lastInstant(bundle: SeriesBundle): UnixMs | null {
  let last = -Infinity;
  for (const s of Object.values(bundle.series)) if (s && s.t.length) last = Math.max(last, s.t[s.t.length - 1]);
  return Number.isFinite(last) ? (last as UnixMs) : null;
}
