import { activateLang, translate } from '../../../i18n/i18n';
import { msg } from '../../../i18n/message';
import type { T } from '../../../i18n/use-t';
import { seriesOf } from '../../rates/model/test-fixtures';
import type { Series } from '../../rates/model/series';
import { dayText, instantText, isoDayText, lineUnit } from './chart-text';
// The chart's line names come from the rates model (one function for the chart, the export and the reactions).
import { lineLabelWords as lineName } from '../../rates/model/line-label';

const t: T = (id, values) => translate(msg(id, values));

describe('chart dates', () => {
  const DEC3 = Date.UTC(2024, 11, 3, 14, 30);
  it('keep the ISO date in English and write 2024년 12월 3일 in Korean', () => {
    expect(dayText(DEC3, 'en')).toBe('2024-12-03');
    expect(dayText(DEC3, 'ko')).toBe('2024년 12월 3일');
    expect(isoDayText('2024-12-03', 'en')).toBe('2024-12-03');
    expect(isoDayText('2024-12-03', 'ko')).toBe('2024년 12월 3일');
    expect(isoDayText('not a date', 'ko')).toBe('not a date');
  });
  it('add the UTC time when asked', () => {
    expect(instantText(DEC3, true, 'en')).toBe('2024-12-03 14:30 UTC');
    expect(instantText(DEC3, true, 'ko')).toBe('2024년 12월 3일 14:30 UTC');
    expect(instantText(DEC3, false, 'ko')).toBe('2024년 12월 3일');
    expect(instantText(NaN, true, 'ko')).toBe('');
  });
});

describe('line names', () => {
  afterEach(async () => {
    await activateLang('en');
  });
  const usd = seriesOf([['2024-12-03', 1400]]);
  it('name a built-in pair in the UI language', async () => {
    expect(lineName(t, usd, [usd])).toBe('USD/KRW');
    expect(lineUnit(t, usd)).toBe('KRW per 1 USD');
    await activateLang('ko');
    expect(lineName(t, usd, [usd])).toBe('원/달러');
    expect(lineUnit(t, usd)).toBe('1달러당 원');
  });
  it('add the source short name when a pair is shown twice', async () => {
    await activateLang('ko');
    const ecb = seriesOf([['2024-12-03', 1401]], 'USDKRW', 'ecb');
    expect(lineName(t, usd, [usd, ecb])).toBe('원/달러 · H.10');
    expect(lineName(t, ecb, [usd, ecb])).toBe('원/달러 · ECB');
  });
  it('keep an imported series’ own name and unit in Korean', async () => {
    await activateLang('ko');
    const mine = { ...usd, id: 'csv:my-ndf', source: 'csv', meta: { ...usd.meta, id: 'csv:my-ndf', source: 'csv', label: 'My NDF', unit: 'KRW', builtIn: false } } as unknown as Series;
    expect(lineName(t, mine, [usd, mine])).toBe('My NDF');
    expect(lineUnit(t, mine)).toBe('KRW');
  });
});
