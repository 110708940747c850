// Synthetic series and events for the reaction tests (never market data).
import { importedMeta } from '../../rates/model/registry';
import { makeDailySeries, makeInstantSeries, type Series } from '../../rates/model/series';
import { day } from '../../rates/model/test-fixtures';

export { day, seriesOf, weekdays, seriesOn } from '../../rates/model/test-fixtures';

/** Deterministic pseudo-random numbers in [0, 1) (LCG), for noise in tests. */
export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export { ev } from '../../events/model/test-fixtures';

/**
 * An imported series (synthetic, never market data): `values` observed every `stepMin` minutes
 * from the UTC instant `startIso` on (intraday bars), with the instants at `skip` indices left out
 * (a missing bar).
 */
export function intradayOf(id: `csv:${string}`, startIso: string, values: readonly number[], opts: { stepMin?: number; skip?: readonly number[] } = {}): Series {
  const step = (opts.stepMin ?? 1) * 60_000;
  const start = Date.parse(startIso);
  const keep = values.map((_, i) => i).filter((i) => !(opts.skip ?? []).includes(i));
  return makeInstantSeries(
    importedMeta({ ...IMPORTED, id, name: `Synthetic ${id}`, resolution: 'intraday' }),
    Float64Array.from(keep, (i) => start + i * step),
    Float64Array.from(keep, (i) => values[i]),
  );
}

/** An imported daily series: its dates fixed at `fix` (HH:MM in `zone`), as the user stated on import. */
export function importedDailyOf(id: `csv:${string}`, rows: readonly (readonly [string, number])[], fix = { time: '17:00', zone: 'Asia/Seoul' }): Series {
  return makeDailySeries(
    importedMeta({ ...IMPORTED, id, name: `Synthetic ${id}`, resolution: 'daily', fix }),
    rows.map(([d]) => day(d)),
    rows.map(([, v]) => v),
  );
}

const IMPORTED = { unit: 'KRW per 1 USD', fix: { time: '23:59', zone: 'UTC' }, color: { light: '#555555', dark: '#aaaaaa' }, colorVar: '--series-test' };
