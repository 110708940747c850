import { makeSeries } from '../../rates/model/series';
import { asDay } from '../../../lib/units';
import { buildChartData } from './chart-rows';

describe('buildChartData', () => {
  const usd = makeSeries('USDKRW', 'snapshot', [1, 2, 3], [1000, 1010, 990]);
  const cny = makeSeries('CNYKRW', 'snapshot', [2, 3, 4], [150, 151, 152]);

  it('merges pairs on the day axis without filling anything', () => {
    const d = buildChartData([usd, cny], asDay(0), asDay(10), 500);
    expect(d.rows).toEqual([
      { t: 1, USDKRW: 1000 },
      { t: 2, USDKRW: 1010, CNYKRW: 150 },
      { t: 3, USDKRW: 990, CNYKRW: 151 },
      { t: 4, CNYKRW: 152 },
    ]);
    expect(d.pointCount).toBe(6);
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
