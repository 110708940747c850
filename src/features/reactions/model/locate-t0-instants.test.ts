import { computeReactions } from './compute-reactions';
import { eventAnchor } from './fix-instants';
import { locateT0 } from './locate-t0';
import { eventReaction } from './reaction';
import { ev, importedDailyOf, intradayOf } from './test-fixtures';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

// Synthetic 1-minute bars (never market data): 720 bars from 2024-07-02 14:00 UTC (23:00 Seoul)
// to 2024-07-03 01:59 UTC (10:59 Seoul). Bar i is at 14:00 UTC + i min, so the 10:30 Seoul bar
// (01:30 UTC on 07-03, 11 h 30 min after the start) is i = 690 and 00:00 Seoul on 07-03
// (15:00 UTC on 07-02) is i = 60. Log returns r_i = ln(v_i / v_{i−1}): +A for odd i, −A for even i
// up to i = 689, then B at the 10:30 bar, then +C a bar.
const A = 0.0005;
const B = 0.003;
const C = 0.0001;
const N = 720;
const values: number[] = [1380];
for (let i = 1; i < N; i++) values.push(values[i - 1] * Math.exp(i < 690 ? (i % 2 ? A : -A) : i === 690 ? B : C));
const START = '2024-07-02T14:00:00Z';
const bars = intradayOf('csv:usdkrw-1m', START, values);
const pct = (logMove: number) => (Math.exp(logMove) - 1) * 100;
// 60 alternating returns ±A (mean 0): sample std = √(60 A² / 59) = A √(60/59), in % × 100.
const PRE_VOL = 100 * A * Math.sqrt(60 / 59);

describe('T0 by instant on an intraday series', () => {
  it('meets a 10:30 Seoul announcement at the 10:30 bar (01:30 UTC), with the 10:29 bar as T−1', () => {
    const e = ev('kst-1030', '2024-07-03', { time: '10:30' });
    expect(locateT0(bars, eventAnchor(e))).toEqual({ ok: true, t0: 690, base: 689 });
    const r = eventReaction(e, bars);
    expect(iso(r.t0At)).toBe('2024-07-03T01:30:00.000Z');
    expect(iso(r.baseAt)).toBe('2024-07-03T01:29:00.000Z');
    expect(r.chg0).toBeCloseTo(pct(B), 10); // v690 / v689 = e^B
    expect(r.chg5).toBeCloseTo(pct(B + 5 * C), 10); // five bars later, not five days: e^(B + 5C)
    expect(r.chg20).toBeCloseTo(pct(B + 20 * C), 10);
    expect(r.preDrift).toBeCloseTo(pct(A), 10); // v689 / v684: returns 685…689 = +A −A +A −A +A
    expect(r.preVol).toBeCloseTo(PRE_VOL, 10); // the 60 bar returns 630…689
    expect(r.z0).toBeCloseTo((100 * B) / PRE_VOL, 8);
  });
  it('meets it at 10:31 when the 10:30 bar is missing', () => {
    const gap = intradayOf('csv:usdkrw-1m-gap', START, values, { skip: [690] });
    const r = eventReaction(ev('kst-1030', '2024-07-03', { time: '10:30' }), gap);
    expect(iso(r.t0At)).toBe('2024-07-03T01:31:00.000Z');
    expect(iso(r.baseAt)).toBe('2024-07-03T01:29:00.000Z');
    expect(r.chg0).toBeCloseTo(pct(B + C), 10); // v691 / v689 = e^(B + C)
  });
  it('counts an announcement exactly on a bar as at-or-after, one a second later as the next bar', () => {
    expect(locateT0(bars, eventAnchor(ev('utc', '2024-07-03', { time: '01:30', timezone: 'UTC' })))).toEqual({ ok: true, t0: 690, base: 689 });
    expect(locateT0(bars, eventAnchor(ev('utc', '2024-07-03', { time: '01:31', timezone: 'UTC' })))).toEqual({ ok: true, t0: 691, base: 690 });
  });
  it('takes the first bar at or after 00:00 of a date-only event’s date in its zone', () => {
    // 2024-07-03 00:00 Seoul = 2024-07-02 15:00 UTC = bar 60; T−1 is the 23:59 Seoul bar.
    const r = eventReaction(ev('kst-day', '2024-07-03'), bars);
    expect(iso(r.t0At)).toBe('2024-07-02T15:00:00.000Z');
    expect(iso(r.baseAt)).toBe('2024-07-02T14:59:00.000Z');
    expect(r.chg0).toBeCloseTo(pct(-A), 10); // r_60 = −A (even)
    expect(r.preVol).toBeNull(); // T−1 = bar 59: only 59 returns before it
    // 2024-07-03 00:00 in New York (EDT) = 04:00 UTC: after the last bar.
    expect(eventReaction(ev('ny-day', '2024-07-03', { timezone: 'America/New_York' }), bars).status).toBe('after-last');
  });
  it('says before-first for an event on an earlier date, no-base for one on the first bar’s date', () => {
    expect(eventReaction(ev('early', '2024-07-01', { time: '12:00', timezone: 'UTC' }), bars).status).toBe('before-first');
    expect(eventReaction(ev('same-day', '2024-07-02', { time: '13:00', timezone: 'UTC' }), bars)).toMatchObject({ status: 'no-base', t0Rate: 1380 });
  });
});

describe('T0 by instant on an imported daily series', () => {
  // Dates fixed at 17:00 Seoul (08:00 UTC), as stated on import.
  const daily = importedDailyOf('csv:krw-close', [['2024-07-02', 1380], ['2024-07-03', 1390], ['2024-07-04', 1385]]);
  it('compares the announcement with the stated fix: 16:00 Seoul meets that day’s, 18:00 the next day’s', () => {
    expect(locateT0(daily, eventAnchor(ev('before', '2024-07-03', { time: '16:00' })))).toEqual({ ok: true, t0: 1, base: 0 });
    expect(locateT0(daily, eventAnchor(ev('after', '2024-07-03', { time: '18:00' })))).toEqual({ ok: true, t0: 2, base: 1 });
    expect(iso(eventReaction(ev('after', '2024-07-03', { time: '18:00' }), daily).t0At)).toBe('2024-07-04T08:00:00.000Z');
  });
  it('keeps the date rule for a date-only event', () => {
    expect(locateT0(daily, eventAnchor(ev('day', '2024-07-03')))).toEqual({ ok: true, t0: 1, base: 0 });
  });
  it('gives rows with the series id, its source and label', () => {
    const [row] = computeReactions([ev('day', '2024-07-03')], [daily]);
    expect(row).toMatchObject({ seriesId: 'csv:krw-close', pair: 'csv:krw-close', line: 'csv:krw-close', source: 'csv', label: 'Synthetic csv:krw-close', adjusted: null });
    expect(row.chg0).toBeCloseTo((1390 / 1380 - 1) * 100, 10);
  });
});
