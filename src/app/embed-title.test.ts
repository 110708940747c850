import { activateLang, translate } from '../i18n/i18n';
import { msg } from '../i18n/message';
import type { T } from '../i18n/use-t';
import { parseRangeEnd, rangeEndDate } from '../lib/range-text';
import { seriesOf } from '../features/rates/model/test-fixtures';
import { embedTitle } from './embed-title';

const t: T = (id, values) => translate(msg(id, values));
const usd = seriesOf([['2017-01-02', 1208], ['2017-12-29', 1071]]);

/** The dashboard's rangeIso for a link's from/to (use-dashboard.ts): the range, then its ends as text. */
function rangeIsoOf(from: string, to: string) {
  const range = { from: parseRangeEnd(from, 'from')!, to: parseRangeEnd(to, 'to')! };
  return { from: rangeEndDate(range.from, 'from'), to: rangeEndDate(range.to, 'to') };
}

describe('embedTitle', () => {
  afterAll(() => activateLang('en'));

  it('names the last day shown, not the day after it (to=2017-12-31 read 2018-01-01 before)', async () => {
    await activateLang('en');
    expect(embedTitle(t, 'en', { selected: null, series: [usd], rangeIso: rangeIsoOf('2017-01-01', '2017-12-31') })).toBe('USD/KRW · 2017-01-01 – 2017-12-31');
    await activateLang('ko');
    expect(embedTitle(t, 'ko', { selected: null, series: [usd], rangeIso: rangeIsoOf('2017-01-01', '2017-12-31') })).toBe('원/달러 · 2017.01.01 – 2017.12.31');
  });

  it('names the day at both ends of a range within one day, as the exported image does; a range to midnight ends the day before', async () => {
    await activateLang('en');
    expect(embedTitle(t, 'en', { selected: null, series: [usd], rangeIso: rangeIsoOf('2023-05-22T01:14Z', '2023-05-22T03:36Z') })).toBe('USD/KRW · 2023-05-22 – 2023-05-22');
    expect(embedTitle(t, 'en', { selected: null, series: [usd], rangeIso: rangeIsoOf('2023-05-22T18:00Z', '2023-05-23T00:00Z') })).toBe('USD/KRW · 2023-05-22 – 2023-05-22');
  });
});
