import { readFileSync } from 'node:fs';
import { frankfurterBody, frankfurterResponse } from '../fixtures/frankfurter-responses.mjs';
import { frankfurterFixture, setFrankfurterScenario } from './frankfurter';

const URL_ALL = 'https://api.frankfurter.dev/v1/1999-01-04..?base=USD&symbols=KRW,JPY,CNY,EUR';

describe('MSW Frankfurter handlers', () => {
  it('normal: the exact v1 time-series shape, in Frankfurter JSON', async () => {
    const res = await fetch(URL_ALL);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const text = await res.text();
    expect(text.startsWith('{"amount":1.0,"base":"USD","start_date":"2024-07-09","end_date":"2024-09-26","rates":{"2024-07-09":{"CNY":7.272,"EUR":0.92473,"JPY":161.09,"KRW":1383.4}')).toBe(true);
    // The fixture holds the basket's currencies too; `symbols` keeps the four asked for.
    const fixture = JSON.parse(readFileSync('mocks/fixtures/frankfurter-v1.json', 'utf8')) as { rates: Record<string, Record<string, number>> };
    const four = Object.fromEntries(Object.entries(fixture.rates).map(([d, r]) => [d, { CNY: r.CNY, EUR: r.EUR, JPY: r.JPY, KRW: r.KRW }]));
    expect(JSON.parse(text)).toEqual({ ...fixture, rates: four });
  });

  it('the basket request gets its six currencies, sorted by code as Frankfurter writes them', async () => {
    const res = await fetch('https://api.frankfurter.dev/v1/1999-01-04..?base=USD&symbols=JPY,CNY,SGD,THB,MYR,INR');
    const text = await res.text();
    expect(text).toContain('"rates":{"2024-07-09":{"CNY":7.272,"INR":83.49,"JPY":161.09,"MYR":4.7075,"SGD":1.3508,"THB":36.415}');
  });

  it('honours the range (start snaps back to the last day with rates) and symbols', async () => {
    const res = await fetch('https://api.frankfurter.dev/v1/2024-09-21..2024-09-24?base=USD&symbols=KRW');
    expect(await res.json()).toEqual({
      amount: 1,
      base: 'USD',
      start_date: '2024-09-20',
      end_date: '2024-09-24',
      rates: { '2024-09-20': { KRW: 1335.76 }, '2024-09-23': { KRW: 1337.01 }, '2024-09-24': { KRW: 1334.65 } },
    });
  });

  it('a range with no rates: 404 {"message":"not found"}', async () => {
    const res = await fetch('https://api.frankfurter.dev/v1/2999-01-01..?base=USD');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ message: 'not found' });
  });

  it.each([
    ['500', 500, null],
    ['503', 503, '1'],
    ['429', 429, '2'],
    ['empty', 404, null],
  ] as const)('scenario %s answers %i (Retry-After %s)', async (scenario, status, retryAfter) => {
    setFrankfurterScenario(scenario);
    const res = await fetch(URL_ALL);
    expect(res.status).toBe(status);
    expect(res.headers.get('retry-after')).toBe(retryAfter);
  });

  it('scenario malformed: 200 with a body cut in half', async () => {
    setFrankfurterScenario('malformed');
    const text = await (await fetch(URL_ALL)).text();
    expect(() => JSON.parse(text)).toThrow();
  });

  it('scenario offline: a network error', async () => {
    setFrankfurterScenario('offline');
    await expect(fetch(URL_ALL)).rejects.toThrow(TypeError);
  });

  it('scenario slow: answers after the delay', async () => {
    setFrankfurterScenario('slow', { slowMs: 50 });
    const t = Date.now();
    expect((await fetch(URL_ALL)).status).toBe(200);
    expect(Date.now() - t).toBeGreaterThanOrEqual(45);
  });

  it('the plain builder gives the same answers (for Playwright page.route and Node servers)', () => {
    const a = frankfurterResponse('normal', frankfurterFixture, URL_ALL);
    expect(a).toMatchObject({ status: 200, delayMs: 0, networkError: false });
    expect(frankfurterBody(frankfurterFixture, URL_ALL).body).toEqual(JSON.parse(a.body));
    expect(frankfurterResponse('slow', frankfurterFixture, URL_ALL).delayMs).toBe(12_000);
    expect(frankfurterResponse('offline', frankfurterFixture, URL_ALL).networkError).toBe(true);
  });
});
