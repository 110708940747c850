import { readFileSync } from 'node:fs';
import { setFrankfurterScenario } from '../../../../mocks/handlers/frankfurter';
import { server } from '../../../../mocks/node';
import { isEcbFetchError } from './ecb-error';
import { ecbBasketUrl, fetchEcbBasket } from './get-ecb-basket';
import { ecbHistoryUrl } from './get-ecb-rates';

const fixture = JSON.parse(readFileSync('mocks/fixtures/frankfurter-v1.json', 'utf8')) as { rates: Record<string, Record<string, number>> };
let urls: string[] = [];
const track = ({ request }: { request: Request }) => {
  urls.push(request.url);
};
beforeEach(() => {
  urls = [];
  server.events.on('request:start', track);
});
afterEach(() => server.events.removeListener('request:start', track));

describe('fetchEcbBasket', () => {
  it('asks Frankfurter for the six basket currencies with base=USD, beside (not instead of) the pairs', async () => {
    expect(ecbBasketUrl()).toBe('https://api.frankfurter.dev/v1/1999-01-04..?base=USD&symbols=JPY,CNY,SGD,THB,MYR,INR');
    expect(ecbHistoryUrl()).toBe('https://api.frankfurter.dev/v1/1999-01-04..?base=USD&symbols=KRW,JPY,CNY,EUR');
    const { members, dropped } = await fetchEcbBasket();
    expect(urls).toEqual([ecbBasketUrl()]);
    expect(dropped).toBe(0);
    const thb = members.find((m) => m.id === 'USDTHB')!;
    expect(thb.values[0]).toBe(fixture.rates['2024-07-09'].THB);
    expect(thb.days.length).toBe(58);
  });

  it.each([
    ['offline', 'network'],
    ['500', 'http'],
    ['429', 'rate-limited'],
    ['malformed', 'malformed'],
    ['empty', 'empty'],
  ] as const)('scenario %s → %s', async (scenario, kind) => {
    setFrankfurterScenario(scenario);
    const err = await fetchEcbBasket().catch((e: unknown) => e);
    expect(isEcbFetchError(err) && err.kind).toBe(kind);
  });

  it('no answer in time → timeout', async () => {
    setFrankfurterScenario('slow', { slowMs: 400 });
    const err = await fetchEcbBasket({ timeoutMs: 50 }).catch((e: unknown) => e);
    expect(isEcbFetchError(err) && err.kind).toBe('timeout');
  });

  it('a hostile answer (wrong base) is refused with its code, not thrown as something else', async () => {
    const { http, HttpResponse } = await import('msw');
    server.use(http.get('https://api.frankfurter.dev/v1/:range', () => HttpResponse.json({ amount: 1, base: 'KRW', start_date: '2024-07-09', end_date: '2024-07-09', rates: { '2024-07-09': { JPY: 1 } } })));
    const err = await fetchEcbBasket().catch((e: unknown) => e);
    expect(isEcbFetchError(err) && [err.kind, err.message]).toEqual(['invalid', 'base: "KRW", expected "USD"']);
  });
});
