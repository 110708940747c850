import { activateLang, translate } from '../../i18n/i18n';
import { msg } from '../../i18n/message';
import type { T } from '../../i18n/use-t';
import { seriesOf } from '../rates/model/test-fixtures';
import { chartImageMeta, type ChartImageInput } from './chart-image-meta';

const t: T = (id, values) => translate(msg(id, values));
const usd = seriesOf([['2024-01-02', 1300]], 'USDKRW', 'snapshot');
const usdEcb = { ...seriesOf([['2024-01-02', 1301]], 'USDKRW', 'ecb'), compare: true };

const input: ChartImageInput = {
  series: [usd, usdEcb],
  range: { from: '2016-01-01', to: '2016-12-31' },
  source: { source: 'snapshot', asOf: '2024-11-29', cached: false, compared: { source: 'ecb', asOf: '2024-09-26' } },
  events: [{ id: 'evt-one', date: '2016-01-06', title: 'Fourth nuclear test', summary: 's', title_ko: '4차 핵실험', summary_ko: '요약' }],
  color: (v) => (v === '--pair-USDKRW' ? '#1f5fbf' : '#888'),
  exportedOn: '2026-12-03',
};

afterEach(() => activateLang('en'));

describe('chartImageMeta: the exported image in the UI language', () => {
  it('says in English what the toolbar always wrote', () => {
    const m = chartImageMeta(input, t, 'en');
    expect(m.title).toBe('Korean won: USD/KRW · H.10, USD/KRW · ECB, 2016-01-01 to 2016-12-31');
    expect(m.subtitle).toBe('USD/KRW · H.10 in KRW per 1 USD; USD/KRW · ECB in KRW per 1 USD (dashed). A rise means a weaker won.');
    expect(m.legend).toEqual([
      { label: 'USD/KRW · H.10', color: '#1f5fbf' },
      { label: 'USD/KRW · ECB', color: '#1f5fbf' },
    ]);
    expect(m.source).toBe(
      'Source: Federal Reserve H.10, noon New York, as of 2024-11-29; dashed: ECB reference rates, 14:15 Frankfurt, as of 2024-09-26 · events: KRW Event Lens · exported 2026-12-03',
    );
    expect(m.eventLabels.get('evt-one')).toBe('2016-01-06 Fourth nuclear test');
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
    expect(m.eventLabels.get('evt-one')).toBe('2016.01.06 4차 핵실험');
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
