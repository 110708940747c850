import { makeSeries } from '../../rates/model/series';
import { asDay } from '../../../lib/units';
import { buildChartData } from './chart-rows';

describe('buildChartData', () => {
  const usd = makeSeries('USDKRW', 'snapshot', [1, 2, 3], [1000, 1010, 990]);
  const cny = makeSeries('CNYKRW', 'snapshot', [2, 3, 4], [150, 151, 152]);

  it('gives each pair its own observations on the day axis, nothing filled', () => {
    const d = buildChartData([usd, cny], asDay(0), asDay(10), 500);
    expect(d.lines).toEqual([
      { pair: 'USDKRW', axis: 'left', days: Int32Array.from([1, 2, 3]), values: Float64Array.from([1000, 1010, 990]) },
      { pair: 'CNYKRW', axis: 'right', days: Int32Array.from([2, 3, 4]), values: Float64Array.from([150, 151, 152]) },
    ]);
    expect(d.pointCount).toBe(6);
    const one = buildChartData([usd], asDay(2), asDay(2), 500).lines[0];
    expect([Array.from(one.days), Array.from(one.values)]).toEqual([[2], [1010]]);
  });
  it('puts CNY/KRW on its own axis beside others, each with round ticks', () => {
    const d = buildChartData([usd, cny], asDay(0), asDay(10), 500);
    expect(d.rightPairs).toEqual(['CNYKRW']);
    expect(d.left!.domain[0]).toBeLessThanOrEqual(990);
    expect(d.left!.domain[1]).toBeGreaterThanOrEqual(1010);
    expect(d.left!.ticks).toEqual([990, 995, 1000, 1005, 1010]);
    expect(d.right!.domain[0]).toBeLessThanOrEqual(150);
    expect(d.right!.domain[1]).toBeGreaterThanOrEqual(152);
    expect(buildChartData([cny], asDay(0), asDay(10), 500).rightPairs).toEqual([]);
  });
});
