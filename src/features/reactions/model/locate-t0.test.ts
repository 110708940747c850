import type { Series } from '../../rates/model/series';
import { eventAnchor } from './fix-instants';
import { locateT0 } from './locate-t0';
import { ev, seriesOf, weekdays } from './test-fixtures';

// 2024-07-01 Mon … 07-03 Wed, 07-04 US holiday (no row), 07-05 Fri, weekend, 07-08 Mon, 07-09 Tue.
const july = seriesOf([
  ['2024-07-01', 1380],
  ['2024-07-02', 1382],
  ['2024-07-03', 1385],
  ['2024-07-05', 1383],
  ['2024-07-08', 1379],
  ['2024-07-09', 1381],
]);

function t0Of(s: Series, e: Parameters<typeof eventAnchor>[0]) {
  return locateT0(s, eventAnchor(e));
}
const dateOf = (s: Series, i: number | null) => (i === null ? null : new Date(s.days[i] * 86_400_000).toISOString().slice(0, 10));

describe('locateT0: date-only events', () => {
  it('moves a Sunday event to Monday, with Friday as T−1', () => {
    expect(t0Of(july, ev('sun', '2024-07-07'))).toEqual({ ok: true, t0: 4, base: 3 });
  });
  it('moves an event on a US holiday (no row) to the next observation', () => {
    const loc = t0Of(july, ev('hol', '2024-07-04'));
    expect(loc).toEqual({ ok: true, t0: 3, base: 2 });
  });
  it('takes the observation of the event’s own date', () => {
    expect(t0Of(july, ev('wed', '2024-07-03'))).toEqual({ ok: true, t0: 2, base: 1 });
  });
  it('compares calendar dates even against a timed source', () => {
    // date-only, so no instant: 07-02 is T0 whatever the zone
    expect(t0Of(july, ev('tue', '2024-07-02', { timezone: 'Pacific/Kiritimati' }))).toEqual({ ok: true, t0: 1, base: 0 });
  });
});

describe('locateT0: timed events against the fix instant', () => {
  it('an announcement after the noon fix reacts on the next observation', () => {
    expect(t0Of(july, ev('late', '2024-07-02', { time: '13:00', timezone: 'America/New_York' }))).toEqual({ ok: true, t0: 2, base: 1 });
  });
  it('an announcement before the fix reacts the same day; exactly at the fix counts as at-or-after', () => {
    expect(t0Of(july, ev('early', '2024-07-02', { time: '11:00', timezone: 'America/New_York' }))).toEqual({ ok: true, t0: 1, base: 0 });
    expect(t0Of(july, ev('noon', '2024-07-02', { time: '12:00', timezone: 'America/New_York' }))).toEqual({ ok: true, t0: 1, base: 0 });
  });
  it('a Seoul morning announcement is the previous New York evening', () => {
    // 2024-07-03 09:00 KST = 07-02 20:00 EDT, after 07-02's fix → T0 = 07-03
    expect(t0Of(july, ev('kst', '2024-07-03', { time: '09:00' }))).toEqual({ ok: true, t0: 2, base: 1 });
    // 2024-07-03 00:30 KST = 07-02 11:30 EDT, before 07-02's fix → T0 = 07-02
    expect(t0Of(july, ev('kst2', '2024-07-03', { time: '00:30' }))).toEqual({ ok: true, t0: 1, base: 0 });
  });
  it('an announcement after the fix before a holiday skips to the next observation', () => {
    expect(t0Of(july, ev('pre-hol', '2024-07-03', { time: '15:00', timezone: 'America/New_York' }))).toEqual({ ok: true, t0: 3, base: 2 });
  });
  it('follows New York DST: 16:30 UTC is after the fix in EDT, before it in EST', () => {
    const march = seriesOf(weekdays('2024-03-06', 6).map((d, i) => [d, 1330 + i] as const)); // 03-06 … 03-13
    const utc = (date: string) => ev(`u-${date}`, date, { time: '16:30', timezone: 'UTC' });
    // 03-08 (EST): fix 17:00Z → 16:30Z is before it → T0 = 03-08
    expect(dateOf(march, t0Of(march, utc('2024-03-08')).t0)).toBe('2024-03-08');
    // 03-11 (EDT since 03-10): fix 16:00Z → 16:30Z is after it → T0 = 03-12
    expect(dateOf(march, t0Of(march, utc('2024-03-11')).t0)).toBe('2024-03-12');
  });
  it('follows Frankfurt DST for the ECB fix', () => {
    const ecb = seriesOf(weekdays('2024-03-27', 6).map((d, i) => [d, 1450 + i] as const), 'USDKRW', 'ecb'); // 03-27 … 04-03
    const at13 = (date: string) => ev(`u-${date}`, date, { time: '13:00', timezone: 'UTC' });
    expect(dateOf(ecb, t0Of(ecb, at13('2024-03-28')).t0)).toBe('2024-03-28'); // CET fix 13:15Z
    expect(dateOf(ecb, t0Of(ecb, at13('2024-04-02')).t0)).toBe('2024-04-03'); // CEST fix 12:15Z
  });
  it('compares dates in a daily series without a fix rule (no instants of its own), even for a timed event', () => {
    const csv = seriesOf([['2024-07-01', 1], ['2024-07-02', 2], ['2024-07-03', 3]], 'USDKRW', 'csv');
    expect(t0Of(csv, ev('late', '2024-07-02', { time: '23:00', timezone: 'America/New_York' }))).toEqual({ ok: true, t0: 1, base: 0 });
  });
});

describe('locateT0: events out of the data', () => {
  it('before the first observation: no T0, no T−1', () => {
    expect(t0Of(july, ev('early', '2024-06-28'))).toEqual({ ok: false, reason: 'before-first', t0: null });
  });
  it('on the first observation: T0 but no T−1', () => {
    expect(t0Of(july, ev('first', '2024-07-01'))).toEqual({ ok: false, reason: 'no-base', t0: 0 });
    expect(t0Of(july, ev('first-am', '2024-07-01', { time: '08:00', timezone: 'America/New_York' }))).toEqual({
      ok: false,
      reason: 'no-base',
      t0: 0,
    });
  });
  it('after the last observation (by date, or after its fix)', () => {
    expect(t0Of(july, ev('late', '2024-07-10'))).toEqual({ ok: false, reason: 'after-last', t0: null });
    expect(t0Of(july, ev('late-pm', '2024-07-09', { time: '16:00', timezone: 'America/New_York' }))).toEqual({
      ok: false,
      reason: 'after-last',
      t0: null,
    });
  });
  it('in an empty series', () => {
    expect(t0Of(seriesOf([]), ev('any', '2024-07-03'))).toEqual({ ok: false, reason: 'no-data', t0: null });
  });
});
