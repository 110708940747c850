import { server } from '../../../../mocks/node';
import { setFrankfurterScenario } from '../../../../mocks/handlers';
import { isEcbFetchError } from './ecb-error';
import { ecbHistoryUrl, FRANKFURTER_BASE, requestEcbEarly, takeEcbEarly } from './ecb-request';
import { fetchEcbRates } from './get-ecb-rates';

const requests: string[] = [];
const onStart = ({ request }: { request: Request }) => {
  if (request.url.startsWith(FRANKFURTER_BASE)) requests.push(request.url);
};

beforeEach(() => {
  requests.length = 0;
  server.events.on('request:start', onStart);
});
afterEach(() => {
  server.events.removeListener('request:start', onStart);
  // Nothing is left for the next test to take over.
  void takeEcbEarly()?.catch(() => undefined);
});

describe('requestEcbEarly (the request the page entry sends before the app has loaded)', () => {
  it('is taken over by the first fetchEcbRates: one request, the same figures as a request of its own', async () => {
    const own = await fetchEcbRates();
    requests.length = 0;
    requestEcbEarly();
    requestEcbEarly(); // a second call sends nothing more
    const taken = await fetchEcbRates();
    expect(requests).toEqual([ecbHistoryUrl()]);
    expect(taken.rows).toEqual(own.rows);
    expect(taken.fromCache).toBe(false);
    // Taken once: the next try asks again.
    await fetchEcbRates();
    expect(requests).toEqual([ecbHistoryUrl(), ecbHistoryUrl()]);
  });

  it('hands its failure, classified, to the query that takes it over', async () => {
    setFrankfurterScenario('offline');
    requestEcbEarly();
    const error = await fetchEcbRates().then(
      () => null,
      (e: unknown) => e,
    );
    expect(isEcbFetchError(error) && error.kind).toBe('network');
    expect(requests).toEqual([ecbHistoryUrl()]);
  });

  it('is not taken by a request to another API base', async () => {
    requestEcbEarly();
    const other = 'https://frankfurter.example.test';
    await fetchEcbRates({ baseUrl: other }).catch(() => undefined);
    expect(takeEcbEarly()).not.toBeNull();
  });
});
