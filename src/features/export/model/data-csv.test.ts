import { makeSeries } from '../../rates/model/series';
import { asDay } from '../../../lib/units';
import { dataCsv } from './data-csv';

describe('dataCsv', () => {
  const usd = makeSeries('USDKRW', 'snapshot', [0, 1, 4, 5], [1190.43, 1200.16, 1201, 1199.9]);
  const eur = makeSeries('EURKRW', 'snapshot', [1, 2, 5], [1300.123456789, 1301, 1302]);

  it('writes every observation in range, unsampled, with blanks where a series has none', () => {
    expect(dataCsv([usd, eur], asDay(1), asDay(4))).toBe(
      'date,USDKRW,EURKRW\n1970-01-02,1200.16,1300.123456789\n1970-01-03,,1301\n1970-01-05,1201,\n',
    );
  });
  it('writes only the header when nothing is in range', () => {
    expect(dataCsv([usd], asDay(10), asDay(20))).toBe('date,USDKRW\n');
  });
});
