import { importedMeta } from '../../rates/model/registry';
import { makeInstantSeries } from '../../rates/model/series';
import { seriesOn } from '../../rates/model/test-fixtures';
import { chartTable, periodStart, seriesSummary, tablePeriod } from './chart-table';

const DAY = 86_400_000;
const utc = (iso: string) => Date.parse(`${iso}Z`);

describe('tablePeriod', () => {
  it('keeps a table to about 65 rows at most', () => {
    expect(tablePeriod(2 * DAY, true)).toBe('hour');
    expect(tablePeriod(2 * DAY, false)).toBe('day');
    expect(tablePeriod(62 * DAY, false)).toBe('day');
    expect(tablePeriod(63 * DAY, false)).toBe('week');
    expect(tablePeriod(366 * DAY, false)).toBe('week');
    expect(tablePeriod(3 * 366 * DAY, false)).toBe('month');
    expect(tablePeriod(10 * 366 * DAY, false)).toBe('quarter');
    expect(tablePeriod(44 * 366 * DAY, false)).toBe('year');
  });
});

describe('periodStart', () => {
  it('starts ISO weeks on Monday, months, quarters and years on their first day (UTC)', () => {
    // 2016-01-06 was a Wednesday; its week began on Monday 2016-01-04. 2016-01-03 was a Sunday.
    expect(periodStart(utc('2016-01-06T17:00:00'), 'week')).toBe(utc('2016-01-04T00:00:00'));
    expect(periodStart(utc('2016-01-03T23:59:00'), 'week')).toBe(utc('2015-12-28T00:00:00'));
    expect(periodStart(utc('2016-01-04T00:00:00'), 'week')).toBe(utc('2016-01-04T00:00:00'));
    expect(periodStart(utc('1969-12-31T12:00:00'), 'week')).toBe(utc('1969-12-29T00:00:00'));
    expect(periodStart(utc('2016-08-31T10:00:00'), 'month')).toBe(utc('2016-08-01T00:00:00'));
    expect(periodStart(utc('2016-08-31T10:00:00'), 'quarter')).toBe(utc('2016-07-01T00:00:00'));
    expect(periodStart(utc('2016-08-31T10:00:00'), 'year')).toBe(utc('2016-01-01T00:00:00'));
    expect(periodStart(utc('2016-08-31T10:59:59'), 'hour')).toBe(utc('2016-08-31T10:00:00'));
  });
});

describe('chartTable', () => {
  const dates = ['2016-01-04', '2016-01-05', '2016-01-11', '2016-01-15', '2016-01-18'];
  const usd = seriesOn(dates, [1190, 1195, 1200, 1205, 1210]);
  const jpy = seriesOn(['2016-01-05', '2016-01-18'], [1000, 1010], 'JPYKRW');

  it('one row per period, each cell the last observation of its period, gaps left empty', () => {
    // 2016-01-01 … 2016-03-31 is 90 days: weeks. Weeks of Jan 4, Jan 11, Jan 18.
    const { period, rows } = chartTable([usd, jpy], utc('2016-01-01T00:00:00'), utc('2016-03-31T23:59:59'));
    expect(period).toBe('week');
    expect(rows).toEqual([
      { start: utc('2016-01-04T00:00:00'), cells: [1195, 1000] },
      { start: utc('2016-01-11T00:00:00'), cells: [1205, null] },
      { start: utc('2016-01-18T00:00:00'), cells: [1210, 1010] },
    ]);
  });

  it('only observations in range', () => {
    // 2016-01-10 … 2016-01-15: days; Jan 11 and Jan 15 only.
    const { period, rows } = chartTable([usd], utc('2016-01-10T00:00:00'), utc('2016-01-15T23:59:59'));
    expect(period).toBe('day');
    expect(rows.map((r) => r.cells[0])).toEqual([1200, 1205]);
  });

  it('an intraday series over a day: hours, at its instants', () => {
    const meta = importedMeta({ id: 'csv:m', name: 'm', unit: 'u', resolution: 'intraday', fix: { zone: 'UTC', time: '23:59' }, color: { light: '#000', dark: '#fff' }, colorVar: '--series-teal' });
    const t = Float64Array.from(['2016-01-06T01:00:00', '2016-01-06T01:30:00', '2016-01-06T03:05:00'], utc);
    const s = makeInstantSeries(meta, t, Float64Array.from([1, 2, 3]));
    const { period, rows } = chartTable([s], utc('2016-01-06T00:00:00'), utc('2016-01-06T23:59:00'));
    expect(period).toBe('hour');
    expect(rows).toEqual([
      { start: utc('2016-01-06T01:00:00'), cells: [2] },
      { start: utc('2016-01-06T03:00:00'), cells: [3] },
    ]);
  });
});

describe('seriesSummary', () => {
  it('first, last, low, high, count and change over the range', () => {
    const s = seriesOn(['2016-01-04', '2016-01-05', '2016-01-06', '2016-01-07'], [1200, 1150, 1250, 1180]);
    const sum = seriesSummary(s, utc('2016-01-01T00:00:00'), utc('2016-01-31T00:00:00'))!;
    expect(sum.first).toEqual({ at: utc('2016-01-04T00:00:00'), value: 1200 });
    expect(sum.last).toEqual({ at: utc('2016-01-07T00:00:00'), value: 1180 });
    expect(sum.low).toEqual({ at: utc('2016-01-05T00:00:00'), value: 1150 });
    expect(sum.high).toEqual({ at: utc('2016-01-06T00:00:00'), value: 1250 });
    expect(sum.count).toBe(4);
    expect(sum.changePct).toBeCloseTo(-20 / 12, 12); // 1180 / 1200 − 1 = −1.666…%
  });

  it('null without an observation in range', () => {
    const s = seriesOn(['2016-01-04'], [1200]);
    expect(seriesSummary(s, utc('2017-01-01T00:00:00'), utc('2017-12-31T00:00:00'))).toBeNull();
  });
});
