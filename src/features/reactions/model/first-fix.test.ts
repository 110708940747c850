import { computeReactions } from './compute-reactions';
import { firstFix } from './first-fix';
import { ev, intradayOf, seriesOn, weekdays } from './test-fixtures';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

// The same synthetic USD/KRW dates from H.10 (primary) and from the ECB (a comparison line).
const dates = weekdays('2024-07-01', 5); // 07-01 Mon … 07-05 Fri
const h10 = seriesOn(dates, [1380, 1382, 1385, 1384, 1383]);
const jpy = seriesOn(dates, [860, 861, 862, 863, 864], 'JPYKRW');
const ecb = { ...seriesOn(dates, [1381, 1383, 1386, 1387, 1385], 'USDKRW', 'ecb'), compare: true };
// 2024-07-03 09:00 Seoul = 2024-07-03 00:00 UTC: before both fixes of 07-03.
const morning = ev('kst-0900', '2024-07-03', { time: '09:00' });

describe('rows of a comparison line', () => {
  const rows = computeReactions([morning], [h10, jpy, ecb]);
  it('names each line with its source and keys the comparison line with its source', () => {
    expect(rows.map((r) => [r.line, r.pair, r.source, r.label])).toEqual([
      ['USDKRW', 'USDKRW', 'snapshot', 'USD/KRW · H.10'],
      ['JPYKRW', 'JPYKRW', 'snapshot', 'JPY/KRW'],
      ['USDKRW@ecb', 'USDKRW', 'ecb', 'USD/KRW · ECB'],
    ]);
  });
  it('uses each source’s own fix: the same T0 date, at different instants', () => {
    // ECB: 07-03 14:15 Frankfurt (CEST, UTC+2) = 12:15 UTC; H.10: 07-03 12:00 New York (EDT, UTC−4) = 16:00 UTC.
    expect(rows.map((r) => iso(r.t0At))).toEqual(['2024-07-03T16:00:00.000Z', '2024-07-03T16:00:00.000Z', '2024-07-03T12:15:00.000Z']);
    expect(rows[2].chg0).toBeCloseTo((1386 / 1383 - 1) * 100, 10);
  });
  it('gives the market-adjusted move to the primary USD/KRW only', () => {
    expect(rows[2].adjusted).toBeNull();
    expect(rows[1].adjusted).toBeNull();
  });
});

describe('which fix saw it first', () => {
  it('orders ECB before H.10 for a 09:00 Seoul event and says by how much', () => {
    const f = firstFix(computeReactions([morning], [h10, ecb]));
    expect(f.seen.map((r) => r.line)).toEqual(['USDKRW@ecb', 'USDKRW']);
    // 16:00 − 12:15 UTC = 3 h 45 min
    expect(f.lead).toMatchObject({ first: { key: 'ecb', builtIn: true }, other: { key: 'snapshot' }, gapMs: (3 * 60 + 45) * 60_000 });
  });
  it('puts an intraday bar first, and lines without T0 apart', () => {
    // Synthetic bars every 5 min from 2024-07-02 23:50 UTC: the 00:00 UTC bar (09:00 Seoul) is T0.
    const bars = intradayOf('csv:ndf-5m', '2024-07-02T23:50:00Z', [1380, 1381, 1383, 1382], { stepMin: 5 });
    const late = { ...seriesOn(['2024-06-28'], [1379], 'USDKRW', 'ecb'), compare: true }; // ends before the event
    const f = firstFix(computeReactions([morning], [h10, late, bars]));
    expect(f.seen.map((r) => [r.line, iso(r.t0At)])).toEqual([
      ['csv:ndf-5m', '2024-07-03T00:00:00.000Z'],
      ['USDKRW', '2024-07-03T16:00:00.000Z'],
    ]);
    expect(f.unseen.map((r) => r.line)).toEqual(['USDKRW@ecb']);
    // 16:00 − 00:00 UTC = 16 h
    expect(f.lead).toMatchObject({ first: { key: 'csv:ndf-5m', builtIn: false, label: 'Synthetic csv:ndf-5m' }, other: { key: 'snapshot' }, gapMs: 16 * 3_600_000 });
  });
  it('has no lead with one source, or when all saw it at one instant', () => {
    expect(firstFix(computeReactions([morning], [h10, jpy])).lead).toBeNull();
    expect(firstFix([]).lead).toBeNull();
  });
});
