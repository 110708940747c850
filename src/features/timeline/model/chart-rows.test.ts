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
  it('puts CNY/KRW on its own axis beside others and pads each extent', () => {
    const d = buildChartData([usd, cny], asDay(0), asDay(10), 500);
    expect(d.rightPairs).toEqual(['CNYKRW']);
    expect(d.left![0]).toBeLessThan(990);
    expect(d.left![1]).toBeGreaterThan(1010);
    expect(d.right![0]).toBeLessThan(150);
    expect(buildChartData([cny], asDay(0), asDay(10), 500).rightPairs).toEqual([]);
  });
});
