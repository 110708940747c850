import { activateLang, translate } from '../../i18n/i18n';
import { msg } from '../../i18n/message';
import type { T } from '../../i18n/use-t';
import type { UnixMs } from '../../lib/units';
import { seriesOf } from '../rates/model/test-fixtures';
import { chartImageMeta, type ChartImageInput } from './chart-image-meta';

const t: T = (id, values) => translate(msg(id, values));
const usd = seriesOf([['2024-01-02', 1300]], 'USDKRW', 'snapshot');
const usdEcb = { ...seriesOf([['2024-01-02', 1301]], 'USDKRW', 'ecb'), compare: true };

const cny = seriesOf([['2024-01-02', 190]], 'CNYKRW', 'snapshot');
const DAY = 86_400_000;
// 2016-01-01 and 2017-01-01 at 00:00 UTC: 16,801 and 17,167 days after 1970-01-01.
const from = 16_801 * DAY;
const to = 17_167 * DAY;
const event = (id: string, date: string, at: number, title: string, importance?: 1 | 2 | 3) =>
  ({ id, date, at: at as UnixMs, category: 'provocation', importance, title, summary: 's', title_ko: `${title} (ko)`, summary_ko: '요약' }) as const;

const input: ChartImageInput = {
  series: [usd, usdEcb],
  axes: ['left', 'left'],
  range: { from: '2016-01-01', to: '2016-12-31' },
  span: { from, to },
  source: { source: 'snapshot', asOf: '2024-11-29', cached: false, compared: { source: 'ecb', asOf: '2024-09-26' } },
  events: [{ ...event('evt-one', '2016-01-06', from + 5 * DAY, 'Fourth nuclear test', 3), title_ko: '4차 핵실험' }],
  exportedOn: '2026-12-03',
};

afterEach(() => activateLang('en'));

describe('chartImageMeta: the exported image in the UI language', () => {
  it('says in English what the toolbar always wrote', () => {
    const m = chartImageMeta(input, t, 'en');
    expect(m.title).toBe('Korean won: USD/KRW · H.10, USD/KRW · ECB, 2016-01-01 to 2016-12-31');
    expect(m.subtitle).toBe('USD/KRW · H.10 in KRW per 1 USD; USD/KRW · ECB in KRW per 1 USD (dashed). A rise means a weaker won.');
    expect(m.legend).toEqual([
      { label: 'USD/KRW · H.10', colorVar: '--pair-USDKRW', dashed: false },
      { label: 'USD/KRW · ECB', colorVar: '--pair-USDKRW', dashed: true },
    ]);
    // One axis: its title groups the two lines of one unit.
    expect(m.axisTitles).toEqual({ left: 'USD/KRW · H.10, USD/KRW · ECB: KRW per 1 USD', right: null });
    expect(m.source).toBe(
      'Source: Federal Reserve H.10, noon New York, as of 2024-11-29; dashed: ECB reference rates, 14:15 Frankfurt, as of 2024-09-26 · events: KRW Event Lens · exported 2026-12-03',
    );
    expect(m.events).toEqual([{ id: 'evt-one', at: from + 5 * DAY, date: '2016-01-06', title: 'Fourth nuclear test', category: 'provocation', importance: 3 }]);
    expect(m.notesHeading).toBe("Numbered events (the number stands above the event's marker):");
    expect(m.unlistedNote(120)).toBe(
      '120 more events are marked on the chart but too many to number and list here: narrow the range or raise the importance filter to have them listed.',
    );
  });

  it('says which lines each axis carries when a line takes the right axis', async () => {
    const m = chartImageMeta({ ...input, series: [usd, cny], axes: ['left', 'right'] }, t, 'en');
    expect(m.subtitle).toBe('Left axis: USD/KRW in KRW per 1 USD · right axis: CNY/KRW in KRW per 1 CNY. A rise means a weaker won.');
    expect(m.axisTitles).toEqual({ left: 'USD/KRW: KRW per 1 USD', right: 'CNY/KRW: KRW per 1 CNY' });
    await activateLang('ko');
    const ko = chartImageMeta({ ...input, series: [usd, cny], axes: ['left', 'right'] }, t, 'ko');
    expect(ko.subtitle).toBe('왼쪽 축: 원/달러(1달러당 원) · 오른쪽 축: 원/위안(1위안당 원). 상승은 원화 약세를 뜻합니다.');
    expect(ko.axisTitles).toEqual({ left: '원/달러: 1달러당 원', right: '원/위안: 1위안당 원' });
  });

  it('keeps the events inside the span only, unrated ones as notable (2)', () => {
    const events = [
      event('before', '2015-12-31', from - DAY, 'Before'),
      event('first', '2016-01-01', from, 'First'),
      event('last', '2017-01-01', to, 'Last', 1),
      event('after', '2017-01-02', to + DAY, 'After'),
    ];
    const m = chartImageMeta({ ...input, events }, t, 'en');
    expect(m.events.map((e) => [e.id, e.importance])).toEqual([
      ['first', 2],
      ['last', 1],
    ]);
  });

  it('writes every text of the image in Korean: pair names, units, dates, source, event titles', async () => {
    await activateLang('ko');
    const m = chartImageMeta({ ...input, series: [usd] }, t, 'ko');
    expect(m.title).toBe('원화 환율: 원/달러, 2016.01.01~2016.12.31');
    expect(m.subtitle).toBe('원/달러(1달러당 원). 상승은 원화 약세를 뜻합니다.');
    expect(m.legend[0].label).toBe('원/달러');
    expect(m.source).toBe(
      '출처: 미 연준 H.10(뉴욕 정오), 2024.11.29 기준; 점선: ECB 기준환율(프랑크푸르트 14:15), 2024.09.26 기준 · 이벤트: 원화 이벤트 렌즈 · 2026.12.03 내보냄',
    );
    expect(m.events[0]).toMatchObject({ date: '2016.01.06', title: '4차 핵실험' });
    expect(m.notesHeading).toBe('번호로 표시한 이벤트(번호는 이벤트 표시 위에 있습니다):');
  });

  it('marks a comparison line as dashed in Korean, and keeps a UTC-minute range as it is', async () => {
    await activateLang('ko');
    const m = chartImageMeta({ ...input, range: { from: '2024-01-02T10:00Z', to: '2024-01-02T12:00Z' } }, t, 'ko');
    expect(m.subtitle).toBe('원/달러 · H.10(1달러당 원); 원/달러 · ECB(1달러당 원, 점선). 상승은 원화 약세를 뜻합니다.');
    expect(m.title).toBe('원화 환율: 원/달러 · H.10, 원/달러 · ECB, 2024-01-02T10:00Z~2024-01-02T12:00Z');
  });

  it('has no source line before the figures are in', () => {
    expect(chartImageMeta({ ...input, source: null }, t, 'en').source).toBe('');
  });
});
