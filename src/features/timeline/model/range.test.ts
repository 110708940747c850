import type { UnixMs } from '../../../lib/units';
import { quickRange, resolveRange, revealInRange } from './range';


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
  describe('revealInRange (selecting an event)', () => {
    const day = 86_400_000;
    const r = { from: start('2016-01-01') as UnixMs, to: start('2017-01-01') as UnixMs }; // 366 whole days
    const span = 366 * day;
    it('leaves the range alone when the event is on it, up to its very ends', () => {
      for (const at of [start('2016-06-15'), r.from, r.to, start('2016-12-31') + 13 * 3600_000]) {
        expect(revealInRange(at, r, '1981-04-13', '2024-11-29')).toBe(r);
      }
    });
    it('pans right just far enough: the event a twentieth of the span (rounded up to days) inside the right edge', () => {
      // 366 / 20 = 18.3 days of margin; the event at the start of 2017-02-10 is 40 days past the end.
      const at = start('2017-02-10');
      const got = revealInRange(at, r, '1981-04-13', '2024-11-29');
      expect(got.to - got.from).toBe(span);
      expect(got.to).toBe(start('2017-02-10') + 19 * day); // 40 + 18.3 → 58.3 → 59 days of pan
      expect(got.to - at).toBeGreaterThanOrEqual(span / 20);
      expect(got.to - at).toBeLessThan(span / 20 + day);
    });
    it('pans left the same way', () => {
      const at = start('2015-12-01') + 9 * 3600_000; // 09:00 UTC
      const got = revealInRange(at, r, '1981-04-13', '2024-11-29');
      expect(got.to - got.from).toBe(span);
      // 31 days minus 9 hours (30.625 days), plus 18.3 days → 48.925 → 49 whole days.
      expect(got.from).toBe(start('2016-01-01') - 49 * day);
      expect(at - got.from).toBeGreaterThanOrEqual(span / 20);
    });
    it('stops at the ends of the data, keeping the span', () => {
      expect(revealInRange(start('2024-11-20'), r, '1981-04-13', '2024-11-29')).toEqual({ from: start('2024-11-30') - span, to: start('2024-11-30') });
      expect(revealInRange(start('1981-05-01'), r, '1981-04-13', '2024-11-29')).toEqual({ from: start('1981-04-13'), to: start('1981-04-13') + span });
    });
    it('pans a range under three days by the exact amount', () => {
      const short = { from: Date.parse('2024-03-05T00:00:00Z') as UnixMs, to: Date.parse('2024-03-05T12:00:00Z') as UnixMs };
      const at = Date.parse('2024-03-05T15:00:00Z');
      const got = revealInRange(at, short, '1981-04-13', '2024-11-29');
      // 3 h past the end, plus 12 h / 20 = 36 min of margin.
      expect(got).toEqual({ from: short.from + 3.6 * 3600_000, to: short.to + 3.6 * 3600_000 });
    });
    it('reaches an event past the data end', () => {
      const at = Date.parse('2024-11-29T23:30:00-05:00'); // New York evening: 2024-11-30 in UTC, after `last`'s end
      const got = revealInRange(at, r, '1981-04-13', '2024-11-29');
      expect(got.to).toBe(at);
      expect(got.to - got.from).toBe(span);
    });
  });
});
