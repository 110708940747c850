// Synthetic data for the panel's tests (never market data): the model tests' hand-check series.
import { consecutiveDays, pricesFromReturns } from '../model/test-fixtures';
import type { StudyLine, StudyLineData } from './study-panel';
import type { ViewEvent } from './study-choices';

/**
 * 1000 daily observations from 2000-01-01, returns ±0.2 % alternating, except r_300 = 0.5,
 * r_600 = 1.0, r_900 = 1.5: three provocations there; a fourth at T0 = 50 (fewer than 120
 * estimation returns); a sanction at T0 = 450. The provocation at 900 is flagged overlap.
 */
export function panelData(): { data: StudyLineData; events: ViewEvent[] } {
  const n = 1000;
  const r = new Float64Array(n);
  for (let i = 1; i < n; i++) r[i] = i % 2 ? -0.2 : 0.2;
  r[300] = 0.5;
  r[600] = 1.0;
  r[900] = 1.5;
  const t0 = [300, 600, 900, 50, 450];
  const events: ViewEvent[] = t0.map((t, i) => ({
    id: `e-${t}`,
    index: i,
    date: `2000-01-0${i + 1}`,
    title: `Event at ${t}`,
    category: i === 4 ? 'sanction' : 'provocation',
  }));
  return {
    data: {
      series: { key: 'hand', days: consecutiveDays('2000-01-01', n), values: pricesFromReturns(r) },
      table: { key: 'hand-events', t0: Int32Array.from(t0), overlap: Uint8Array.from([0, 0, 1, 0, 0]) },
    },
    events,
  };
}

export const LINES: StudyLine[] = [
  { key: 'USDKRW', pair: 'USDKRW', source: 'snapshot', pairLabel: 'USD/KRW', sourceLabel: 'Federal Reserve H.10', krw: true, marketFit: 'usd' },
  { key: 'USDKRW@ecb', pair: 'USDKRW', source: 'ecb', pairLabel: 'USD/KRW', sourceLabel: 'ECB reference rates', krw: true, marketFit: 'usd' },
  { key: 'JPYKRW', pair: 'JPYKRW', source: 'snapshot', pairLabel: 'JPY/KRW', sourceLabel: 'Federal Reserve H.10', krw: true, marketFit: 'not-usd' },
];
