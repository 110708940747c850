import { activateLang, translate } from '../../../i18n/i18n';
import { EcbFetchError, ecbFailureMsg } from './ecb-error';
import { RETRY_AFTER_CAP_MS } from './ecb-retry';
import { RatesLoadError, ratesErrorMsg } from './rates-error';
import { cacheNotice, droppedNotice, isoDateMsg } from './use-series-bundle';

afterEach(() => activateLang('en'));

describe('ratesErrorMsg: a load failure as a message, not a sentence', () => {
  it('gives a code-based message for each kind of failure', () => {
    expect(ratesErrorMsg(new RatesLoadError('h10-http', 'technical', { status: 500 }))).toEqual({ id: 'rates.error.h10Http', values: { status: 500 } });
    expect(ratesErrorMsg(new RatesLoadError('h10-json', 'technical')).id).toBe('rates.error.h10Json');
    expect(ratesErrorMsg(new EcbFetchError('network', 'could not reach …')).id).toBe('rates.error.ecb');
    expect(ratesErrorMsg(new Error('snapshot file is not valid: x: y'))).toEqual({ id: 'rates.error.other', values: { detail: 'snapshot file is not valid: x: y' } });
  });
  it('reads in English and in Korean', async () => {
    const m = ratesErrorMsg(new RatesLoadError('h10-http', 'technical', { status: 503 }));
    expect(translate(m)).toBe('The bundled H.10 snapshot could not be loaded: HTTP 503.');
    await activateLang('ko');
    expect(translate(m)).toBe('앱에 포함된 H.10 스냅샷을 불러오지 못했습니다: HTTP 503.');
    expect(translate(ratesErrorMsg(new EcbFetchError('network', 'x')))).toBe('ECB 실시간 환율을 불러오지 못했습니다(네트워크 오류).');
  });
});

describe('the ECB failure and the notices in Korean', () => {
  it('words a timeout retried three times', async () => {
    const m = ecbFailureMsg(new EcbFetchError('timeout', 'x', { timeoutMs: 10_000 }), 3);
    expect(translate(m)).toBe('no answer within 10 s, retried 3×');
    await activateLang('ko');
    expect(translate(m)).toBe('10초 안에 응답 없음, 3회 재시도');
  });
  it('says how long the server asked to wait, beyond the cap', async () => {
    const m = ecbFailureMsg(new EcbFetchError('http', 'x', { status: 503, retryAfterMs: 120_000 }), 0, RETRY_AFTER_CAP_MS);
    await activateLang('ko');
    expect(translate(m)).toBe('HTTP 503 오류, 120초 대기 요청');
  });
  it('writes dates in the Korean short form and counts dropped figures in 건', async () => {
    await activateLang('ko');
    expect(translate(isoDateMsg('2024-09-26'))).toBe('2024.09.26');
    expect(translate(droppedNotice(2, 'a'))).toBe('ECB 응답 중 사용할 수 없는 수치·날짜 2건을 제외했습니다(첫 번째: a).');
    expect(translate(cacheNotice('it holds no rates'))).toBe('저장된 ECB 환율을 폐기했습니다: it holds no rates.');
  });
  it('keeps a notice within 300 characters, whatever the reason', () => {
    expect(translate(cacheNotice('x'.repeat(5000))).length).toBeLessThanOrEqual(300);
    expect(translate(droppedNotice(1, 'y'.repeat(5000)))).toMatch(/^The ECB answer had 1 figure or day that could not be used; it was left out \(first: y+…\)\.$/);
  });
});
