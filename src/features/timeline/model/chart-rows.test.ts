import { importedMeta } from '../../rates/model/registry';
import { makeInstantSeries } from '../../rates/model/series';
import { midnightSeries, msOfDay } from '../../rates/model/test-fixtures';
import { axesOf, buildChartData, lineKey } from './chart-rows';

const dayList = (t: ArrayLike<number>) => Array.from(t, (x) => x / 86_400_000);

describe('buildChartData', () => {
  const usd = midnightSeries([1, 2, 3], [1000, 1010, 990]);
  const cny = midnightSeries([2, 3, 4], [150, 151, 152], 'CNYKRW');

  it('gives each line its own observations on the time axis, nothing filled', () => {
    const d = buildChartData([usd, cny], msOfDay(0), msOfDay(10), 500);
    expect(d.lines.map((l) => [l.key, l.axis, dayList(l.t), Array.from(l.values), l.colorVar, l.dashed])).toEqual([
      ['USDKRW', 'left', [1, 2, 3], [1000, 1010, 990], '--pair-USDKRW', false],
      ['CNYKRW', 'right', [2, 3, 4], [150, 151, 152], '--pair-CNYKRW', false],
    ]);
    expect(d.pointCount).toBe(6);
    // Zoomed to day 2: its observation, and the ones either side (drawn to the plot's edges, clipped).
    const one = buildChartData([usd], msOfDay(2), msOfDay(2.5), 500);
    expect([dayList(one.lines[0].t), Array.from(one.lines[0].values)]).toEqual([[1, 2, 3], [1000, 1010, 990]]);
    expect(one.pointCount).toBe(1);
    expect(one.lines[0].step).toBe(true);
    // The axis spans what is inside (1,010 alone): a round range around it, not 990…1,010.
    expect(one.left!.domain[0]).toBeGreaterThan(990);
  });
  it('draws a daily line between two fixes when the range holds none of them, on the scale of those two', () => {
    const d = buildChartData([usd], msOfDay(1.25), msOfDay(1.5), 500);
    expect(d.pointCount).toBe(0);
    expect(dayList(d.lines[0].t)).toEqual([1, 2]);
    expect(d.left!.domain[0]).toBeLessThanOrEqual(1000);
    expect(d.left!.domain[1]).toBeGreaterThanOrEqual(1010);
  });
  it('puts CNY/KRW on its own axis beside others, each with round ticks', () => {
    const d = buildChartData([usd, cny], msOfDay(0), msOfDay(10), 500);
    expect(d.rightKeys).toEqual(['CNYKRW']);
    expect(d.left!.domain[0]).toBeLessThanOrEqual(990);
    expect(d.left!.domain[1]).toBeGreaterThanOrEqual(1010);
    expect(d.left!.ticks).toEqual([990, 995, 1000, 1005, 1010]);
    expect(d.right!.domain[0]).toBeLessThanOrEqual(150);
    expect(d.right!.domain[1]).toBeGreaterThanOrEqual(152);
    expect(buildChartData([cny], msOfDay(0), msOfDay(10), 500).rightKeys).toEqual([]);
  });
  it('keys a comparison line by id and source, dashed', () => {
    const ecb = { ...midnightSeries([1, 2], [1001, 1011], 'USDKRW', 'ecb'), compare: true };
    expect(lineKey(ecb)).toBe('USDKRW@ecb');
    const d = buildChartData([usd, ecb], msOfDay(0), msOfDay(10), 500);
    expect(d.lines.map((l) => [l.key, l.dashed, l.axis])).toEqual([
      ['USDKRW', false, 'left'],
      ['USDKRW@ecb', true, 'left'],
    ]);
  });
});

describe('axesOf (the value axis of each series)', () => {
  const meta = (level: string) =>
    importedMeta({ id: `csv:${level}`, name: level, unit: 'u', resolution: 'intraday', fix: { zone: 'UTC', time: '23:59' }, color: { light: '#000', dark: '#fff' }, colorVar: '--series-teal' });
  const imported = (level: number) => makeInstantSeries(meta(`l${level}`), Float64Array.from([0, 60_000]), Float64Array.from([level, level]));
  const usd = midnightSeries([1, 2], [1300, 1310]);
  it('puts an imported series near the left level on the left and one 3× away on the right', () => {
    // 1,290 / 1,300 ≈ 0.99: same axis. 100 / 1,300 ≈ 0.08 (below 1/3): right. 4,000 / 1,300 ≈ 3.1 (above 3): right.
    expect(axesOf([usd, imported(1290), imported(100), imported(4000)])).toEqual(['left', 'left', 'right', 'right']);
  });
  it('puts everything on the left when one series is shown, or when only right-axis series are', () => {
    expect(axesOf([imported(100)])).toEqual(['left']);
    const cny = midnightSeries([1], [190], 'CNYKRW');
    expect(axesOf([cny])).toEqual(['left']);
    // Only an imported series beside CNY/KRW: it anchors the left axis.
    expect(axesOf([cny, imported(1300)])).toEqual(['right', 'left']);
  });
});
