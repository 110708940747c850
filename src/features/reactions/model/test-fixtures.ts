// Synthetic series and events for the reaction tests (never market data).
import { importedMeta } from '../../rates/model/registry';
import { makeDailySeries, makeInstantSeries, makeSeries, type Series } from '../../rates/model/series';
import { day } from '../../rates/model/test-fixtures';

import { weekdays } from '../../rates/model/test-fixtures';

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

/**
 * The event study's hand-worked world (synthetic, never market data): 320 weekdays from
 * 2020-01-01, an event at T0 = index 280. The basket's members all move m_i = 1, −1, 0, 1, −1, 0, … %
 * (period 3, from i = 1); the series' percent log returns are r_i = 0.05 + 1.5·m_i + e_i,
 * e_i = +0.1 on even i, −0.1 on odd i, plus a jump of +0.8 at T0. JPY/KRW has the same returns.
 *
 * Over any 240 consecutive returns (the estimation window T0−250 … T0−11) Σm = Σe = Σm·e = 0
 * (period 6), so OLS gives β = 1.5, α = 0.05 exactly, residuals e: σ_ε = √(240·0.01/238).
 * Market model: AR₀ = e_280 + 0.8 = 0.9; CAR(0,1) = 0.9 + e_281 = 0.8; CAR(0,5) = 0.8 + Σe_280..285
 * = 0.8; CAR(0,20) = 0.8 + Σe_280..300 = 0.9 (21 alternating e's from an even index sum to +0.1);
 * CAR(−5,−1) = Σe_275..279 = −0.1.
 * `mean` (the cross): α = mean r = 0.05, AR₀ = 1.5·m_280 + e_280 + 0.8 with 280 mod 3 = 1, m = 1:
 * 1.5 + 0.1 + 0.8 = 2.4.
 */
export function studyWorld() {
  const N = 320;
  const T0 = 280;
  const dates = weekdays('2020-01-01', N);
  const days = dates.map(day);
  const m = (i: number) => [0, 1, -1][i % 3];
  const e = (i: number) => (i % 2 ? -0.1 : 0.1);
  const r = (i: number) => 0.05 + 1.5 * m(i) + e(i) + (i === T0 ? 0.8 : 0);
  const pricesOf = (ret: (i: number) => number, p0: number) => {
    const v = [p0];
    for (let i = 1; i < N; i++) v.push(v[i - 1] * Math.exp(ret(i) / 100));
    return v;
  };
  const usd: Series = makeSeries('USDKRW', 'snapshot', days, pricesOf(r, 1100));
  const jpy: Series = makeSeries('JPYKRW', 'snapshot', days, pricesOf(r, 900));
  const members = [100, 7, 1.3].map((p0) => ({ days, values: pricesOf(m, p0) }));
  return { N, T0, dates, days, m, r, pricesOf, usd, jpy, members };
}
