// Synthetic series and rows for the component tests (never market data).
import type { PairId, SourceId } from '../../../config/series';
import { makeSeries, type Series } from '../../rates/model/series';
import { day, ev, weekdays } from '../model/test-fixtures';

export { ev };

/**
 * Weekday series from 2015-10-01 with alternating daily log returns ±a up to
 * T−1 (so pre_vol = 100·a·√(60/59) exactly), a log jump `b` at T0 (the
 * observation dated `t0Iso`), then flat.
 */
export function knownZSeries(t0Iso: string, a: number, b: number, pair: PairId = 'USDKRW', source: SourceId = 'snapshot', n = 110): Series {
  const dates = weekdays('2015-10-01', n);
  const t0 = dates.indexOf(t0Iso);
  if (t0 < 61) throw new Error('T0 needs 60 returns before T−1');
  const values: number[] = [1000];
  for (let i = 1; i < n; i++) {
    const r = i < t0 ? (i % 2 ? a : -a) : i === t0 ? b : 0;
    values.push(values[i - 1] * Math.exp(r));
  }
  return makeSeries(pair, source, dates.map(day), values);
}

/** Every scorecard column shown (the reader's choice in localStorage), for tests that read them all. */
export function showAllScorecardColumns(): void {
  localStorage.setItem('krw-event-lens:scorecard-columns:v1', JSON.stringify(['date', 'title', 'pair', 'chg_0', 'adj_0', 'chg_5', 'chg_20', 'z_0', 'ar_0', 'car_0_5', 'car_0_20', 'sigma', 'beta', 'pre_drift', 'pre_vol', 'overlap', 'category', 't0', 'base_date', 'base_rate', 't0_rate', 'source']));
}
