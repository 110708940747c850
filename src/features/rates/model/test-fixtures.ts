// Synthetic series for tests (never market data).
import type { PairId, SourceId } from '../../../config/series';
import { makeDailySeries, makeSeries, type Series } from './series';
import { builtInMeta } from './registry';
import { isoFromDay, parseIsoDay, type EpochDay, type UnixMs } from '../../../lib/units';

export function day(iso: string): EpochDay {
  const d = parseIsoDay(iso);
  if (d === null) throw new Error(`bad date ${iso}`);
  return d;
}

/** A series from [ISO date, value] pairs. */
export function seriesOf(rows: readonly (readonly [string, number])[], pair: PairId = 'USDKRW', source: SourceId = 'snapshot'): Series {
  return makeSeries(pair, source, rows.map(([d]) => day(d)), rows.map(([, v]) => v));
}

/** `n` consecutive Monday–Friday dates from `fromIso` on (weekends skipped). */
export function weekdays(fromIso: string, n: number): string[] {
  const out: string[] = [];
  for (let d = day(fromIso); out.length < n; d++) {
    const dow = new Date(d * 86_400_000).getUTCDay();
    if (dow !== 0 && dow !== 6) out.push(isoFromDay(d as EpochDay));
  }
  return out;
}

/** A series on `dates` with the given values. */
export function seriesOn(dates: readonly string[], values: readonly number[], pair: PairId = 'USDKRW', source: SourceId = 'snapshot'): Series {
  return seriesOf(dates.map((d, i) => [d, values[i]] as const), pair, source);
}

/** A series observed at midnight UTC of each day (no fix rule): instant = day × 86,400,000. */
export function midnightSeries(days: readonly number[], values: readonly number[], pair: PairId = 'USDKRW', source: SourceId = 'snapshot'): Series {
  return makeDailySeries({ ...builtInMeta(pair, source), fix: null }, days, values);
}

/** The instant (ms) of midnight UTC of day `d`. */
export function msOfDay(d: number): UnixMs {
  return (d * 86_400_000) as UnixMs;
}
