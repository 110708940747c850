import { importedMeta } from '../../rates/model/registry';
import { makeInstantSeries, makeSeries } from '../../rates/model/series';
import { msOfDay } from '../../rates/model/test-fixtures';
import { dataCsv } from './data-csv';

describe('dataCsv', () => {
  const usd = makeSeries('USDKRW', 'snapshot', [0, 1, 4, 5], [1190.43, 1200.16, 1201, 1199.9]);
  const eur = makeSeries('EURKRW', 'snapshot', [1, 2, 5], [1300.123456789, 1301, 1302]);

  it('writes every observation in range, unsampled, with blanks where a series has none', () => {
    // Days 1..4 as instants: the start of day 1 to the end of day 4 (H.10 observations are at noon New York, 17:00 UTC).
    expect(dataCsv([usd, eur], msOfDay(1), msOfDay(5))).toBe(
      'date,USDKRW,EURKRW\n1970-01-02,1200.16,1300.123456789\n1970-01-03,,1301\n1970-01-05,1201,\n',
    );
  });
  it('writes only the header when nothing is in range', () => {
    expect(dataCsv([usd], msOfDay(10), msOfDay(20))).toBe('date,USDKRW\n');
  });
  it('names a comparison line by id and source, and puts both sources of a date on its row', () => {
    const ecb = { ...makeSeries('USDKRW', 'ecb', [1, 2], [1200.5, 1201.5]), compare: true };
    expect(dataCsv([usd, ecb], msOfDay(1), msOfDay(3))).toBe('date,USDKRW,USDKRW@ecb\n1970-01-02,1200.16,1200.5\n1970-01-03,,1201.5\n');
  });
  it('writes a timestamp column first when an intraday series is shown; a daily figure stands at its fix instant', () => {
    const meta = importedMeta({ id: 'csv:ndf-1m', name: 'NDF 1m', unit: 'KRW per USD', resolution: 'intraday', fix: { zone: 'UTC', time: '23:59' }, color: { light: '#000', dark: '#fff' }, colorVar: '--series-teal' });
    // Two bars on 1970-01-02: 16:59 and 17:00 UTC; H.10's 1970-01-02 fix is 12:00 New York = 17:00 UTC (EST).
    const bar = (h: number, m: number) => Date.UTC(1970, 0, 2, h, m);
    const ndf = makeInstantSeries(meta, Float64Array.from([bar(16, 59), bar(17, 0)]), Float64Array.from([1199.5, 1200.25]));
    expect(dataCsv([usd, ndf], msOfDay(1), msOfDay(2))).toBe(
      'timestamp,USDKRW,csv:ndf-1m\n1970-01-02T16:59:00.000Z,,1199.5\n1970-01-02T17:00:00.000Z,1200.16,1200.25\n',
    );
  });
});
