import type { KrwEvent } from '../../events/model/event-schema';
import { makeSeries } from '../../rates/model/series';
import { computeReactions } from './compute-reactions';
import { ev, lcg, seriesOn, weekdays } from './test-fixtures';

describe('computeReactions', () => {
  const dates = weekdays('2024-01-01', 30);
  const usd = seriesOn(dates, dates.map((_, i) => 1300 + i), 'USDKRW');
  const jpy = seriesOn(dates, dates.map((_, i) => 900 + i), 'JPYKRW');
  const cny = seriesOn(dates, dates.map((_, i) => 180 + i / 10), 'CNYKRW');
  const eur = seriesOn(dates.slice(10), dates.slice(10).map((_, i) => 1450 + i), 'EURKRW');

  it('gives one row per event and line, event by event, lines in the order given', () => {
    const rows = computeReactions([ev('b', dates[12]), ev('a', dates[3])], [usd, jpy, eur]);
    expect(rows.map((r) => `${r.event.id}/${r.pair}/${r.status}`)).toEqual([
      'b/USDKRW/ok',
      'b/JPYKRW/ok',
      'b/EURKRW/ok',
      'a/USDKRW/ok',
      'a/JPYKRW/ok',
      'a/EURKRW/before-first', // EUR starts later
    ]);
    expect(rows[0]).toMatchObject({ source: 'snapshot', seriesId: 'USDKRW', line: 'USDKRW', label: 'USD/KRW', baseRate: 1311, t0Rate: 1312 });
  });
  it('follows the order of the lines given', () => {
    const rows = computeReactions([ev('a', dates[3])], [cny, usd]);
    expect(rows.map((r) => r.pair)).toEqual(['CNYKRW', 'USDKRW']);
  });
  it('adds the market-adjusted move to USD/KRW rows only', () => {
    const rows = computeReactions([ev('a', dates[3])], [usd, jpy, cny]);
    expect(rows[0].adjusted).not.toBeNull();
    expect(rows[0].adjusted!.chg0).toBeCloseTo(
      (1303 / 1302 - 1) * 100 - (((1303 / 903) / (1302 / 902) - 1) * 100 + ((1303 / 180.3) / (1302 / 180.2) - 1) * 100) / 2,
      9,
    );
    expect(rows.slice(1).map((r) => r.adjusted)).toEqual([null, null]);
    // The basket may come from series that are not shown (the primary source's bundle).
    const alone = computeReactions([ev('a', dates[3])], [usd], [jpy, cny]);
    expect(alone[0].adjusted!.chg0).toBe(rows[0].adjusted!.chg0);
  });

  // Its time is measured by `npm run bench` ("reactions, 180 events × 4 pairs"), not here: no wall clock in unit tests.
  it('computes 120 events × 4 pairs on 11 000 observations, the same rows when asked again (memoised inputs)', () => {
    const n = 11_000;
    const days = weekdays('1981-04-13', n);
    const rnd = lcg(7);
    const set = (['USDKRW', 'JPYKRW', 'CNYKRW', 'EURKRW'] as const).map((pair, p) => {
      const v = [1000 + 100 * p];
      for (let i = 1; i < n; i++) v.push(v[i - 1] * Math.exp(0.008 * (rnd() - 0.5)));
      return makeSeries(pair, 'snapshot', days.map((d) => Date.parse(d) / 86_400_000), v);
    });
    const events: KrwEvent[] = Array.from({ length: 120 }, (_, i) =>
      ev(`e-${i}`, days[2000 + i * 70], i % 2 ? { time: '10:30' } : {}),
    );
    const first = computeReactions(events, set); // memoises log returns per series and each event's anchor
    const again = computeReactions(events, set);
    expect(again.length).toBe(480);
    expect(again.every((r) => r.status === 'ok' && r.preVol !== null)).toBe(true);
    expect(again.map((r) => [r.event.id, r.seriesId, r.chg0, r.z0])).toEqual(first.map((r) => [r.event.id, r.seriesId, r.chg0, r.z0]));
  });
});
