import { midnightSeries, msOfDay } from '../../rates/model/test-fixtures';
import { chartFrame, chartState } from './chart-state';

describe('chart state', () => {
  const usd = midnightSeries([1, 2, 3], [1000, 1010, 990]);
  const cny = midnightSeries([1, 2, 3], [150, 151, 152], 'CNYKRW');
  it('gives the chart and the pane under it the same horizontal margins and plot width', () => {
    for (const series of [[usd], [usd, cny]]) {
      const main = chartFrame(series, 900, 'main');
      const pane = chartFrame(series, 900, 'pane');
      expect([pane.margin.left, pane.margin.right, pane.plotWidth]).toEqual([main.margin.left, main.margin.right, main.plotWidth]);
      // Only the main chart has a time axis below.
      expect(main.margin.bottom).toBeGreaterThan(pane.margin.bottom);
    }
  });
  it('leaves room for a right axis only when a series takes it', () => {
    expect(chartFrame([usd], 900, 'main').rightAxis).toBe(false);
    const both = chartFrame([usd, cny], 900, 'main');
    expect(both.rightAxis).toBe(true);
    expect(both.plotWidth).toBeLessThan(chartFrame([usd], 900, 'main').plotWidth);
  });
  it('decimates to the plot width and ticks the time axis', () => {
    const s = chartState([usd], msOfDay(0), msOfDay(10), 900);
    expect(s.data.pointCount).toBe(3);
    expect(s.xTicks.length).toBeGreaterThan(1);
    expect(s.xTicks.every((t) => t.at >= msOfDay(0) && t.at <= msOfDay(10))).toBe(true);
  });
  it('labels the time axis in the language it is given (English unless told)', () => {
    // 1970-01-01 … 1970-01-11: day ticks, the first with its year.
    expect(chartState([usd], msOfDay(0), msOfDay(10), 900).xTicks[0].label).toBe('1 Jan 1970');
    const ko = chartState([usd], msOfDay(0), msOfDay(10), 900, 'ko').xTicks.map((t) => t.label);
    expect(ko[0]).toBe('1970.01.01');
    expect(ko).toContain('1월 3일');
  });
});
