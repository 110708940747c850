import { parseIsoDay, type EpochDay } from '../../../lib/units';
import { centreOn, quickRange, resolveRange } from './range';

const d = (s: string) => parseIsoDay(s) as EpochDay;

describe('ranges', () => {
  it('quick ranges end at the last observation', () => {
    expect(quickRange('1M', '1981-04-13', '2024-11-29')).toEqual({ from: '2024-10-29', to: '2024-11-29' });
    expect(quickRange('1Y', '1981-04-13', '2024-02-29')).toEqual({ from: '2023-02-28', to: '2024-02-29' });
    expect(quickRange('Max', '1981-04-13', '2024-11-29')).toEqual({ from: '1981-04-13', to: '2024-11-29' });
    expect(quickRange('10Y', '2020-01-01', '2024-11-29').from).toBe('2020-01-01');
  });
  it('resolves missing ends to the default and clamps to the data', () => {
    expect(resolveRange(null, null, '1981-04-13', '2024-11-29')).toEqual({ from: d('2006-01-01'), to: d('2024-11-29') });
    expect(resolveRange('1970-01-01', '2030-01-01', '1981-04-13', '2024-11-29')).toEqual({
      from: d('1981-04-13'),
      to: d('2024-11-29'),
    });
    const r = resolveRange('2030-01-01', '2031-01-01', '1981-04-13', '2024-11-29');
    expect(r.to).toBeGreaterThan(r.from);
  });
  it('centres on a day keeping the span, within the data', () => {
    const r = { from: d('2016-01-01'), to: d('2016-12-31') };
    expect(centreOn(d('2010-07-01'), r, '1981-04-13', '2024-11-29')).toEqual({ from: '2009-12-31', to: '2010-12-31' });
    expect(centreOn(d('2024-11-01'), r, '1981-04-13', '2024-11-29').to).toBe('2024-11-29');
  });
});
