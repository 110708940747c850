import type { UnixMs } from '../../../lib/units';
import { centreOn, quickRange, resolveRange } from './range';


describe('ranges', () => {
  it('quick ranges end at the last observation', () => {
    expect(quickRange('1M', '1981-04-13', '2024-11-29')).toEqual({ from: '2024-10-29', to: '2024-11-29' });
    expect(quickRange('1Y', '1981-04-13', '2024-02-29')).toEqual({ from: '2023-02-28', to: '2024-02-29' });
    expect(quickRange('Max', '1981-04-13', '2024-11-29')).toEqual({ from: '1981-04-13', to: '2024-11-29' });
    expect(quickRange('10Y', '2020-01-01', '2024-11-29').from).toBe('2020-01-01');
  });
  // Ranges are instants: a date `from` is the start of its UTC day, a date `to` the end of it.
  const start = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
  it('resolves missing ends to the default and clamps to the data', () => {
    expect(resolveRange(null, null, '1981-04-13', '2024-11-29')).toEqual({ from: start('2006-01-01'), to: start('2024-11-30') });
    expect(resolveRange('1970-01-01', '2030-01-01', '1981-04-13', '2024-11-29')).toEqual({ from: start('1981-04-13'), to: start('2024-11-30') });
    const r = resolveRange('2030-01-01', '2031-01-01', '1981-04-13', '2024-11-29');
    expect(r.to).toBeGreaterThan(r.from);
  });
  it('reads UTC minutes, and keeps at least ten minutes', () => {
    expect(resolveRange('2024-03-05T01:30Z', '2024-03-05T02:00Z', '1981-04-13', '2024-11-29')).toEqual({
      from: Date.parse('2024-03-05T01:30:00Z'),
      to: Date.parse('2024-03-05T02:00:00Z'),
    });
    const r = resolveRange('2024-03-05T01:30Z', '2024-03-05T01:31Z', '1981-04-13', '2024-11-29');
    expect(r.to - r.from).toBe(10 * 60_000);
  });
  it('centres on an instant keeping the span, within the data', () => {
    const r = { from: start('2016-01-01') as UnixMs, to: start('2017-01-01') as UnixMs };
    const span = r.to - r.from; // 366 days (2016 is a leap year)
    const mid = start('2010-07-01');
    expect(centreOn(mid, r, '1981-04-13', '2024-11-29')).toEqual({ from: mid - span / 2, to: mid + span / 2 });
    // Near the end of the data the range ends there (the end of 2024-11-29) and keeps its span.
    expect(centreOn(start('2024-11-01'), r, '1981-04-13', '2024-11-29')).toEqual({ from: start('2024-11-30') - span, to: start('2024-11-30') });
  });
});
