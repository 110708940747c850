import { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { setFrankfurterScenario } from '../../../../mocks/handlers/frankfurter';
import { server } from '../../../../mocks/node';
import { describeEcbFailure, EcbFetchError, parseRetryAfter } from './ecb-error';
import { ecbRetryDelay, MAX_RETRIES, RETRY_AFTER_CAP_MS } from './ecb-retry';
import { ecbHistoryUrl, ecbQueryOptions, fetchEcbRates, FRANKFURTER_BASE } from './get-ecb-rates';

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
});

async function failure(p: Promise<unknown>): Promise<EcbFetchError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof EcbFetchError) return e;
    throw e;
  }
  throw new Error('did not fail');
}

/**
 * Runs the real query options through a fresh QueryClient, recording the
 * delays the policy asks for but waiting only 1 ms each, so retries are fast.
 */
async function runQuery(opts: Parameters<typeof ecbQueryOptions>[0] = {}) {
  const client = new QueryClient();
  const o = ecbQueryOptions(opts);
  const delays: number[] = [];
  const policyDelay = o.retryDelay as (n: number, e: Error) => number;
  const p = client.fetchQuery({
    ...o,
    retryDelay: (n: number, e: Error) => {
      delays.push(policyDelay(n, e));
      return 1;
    },
  });
  const error = await failure(p);
  client.clear();
  // TanStack asks for a delay after every failure, also the last one (then does not retry).
  return { error, delays: delays.slice(0, requests.length - 1), requests: requests.length };
}

describe('fetchEcbRates against the MSW Frankfurter handlers', () => {
  it('asks once for the whole history, base=USD, and parses it', async () => {
    const data = await fetchEcbRates();
    expect(requests).toEqual(['https://api.frankfurter.dev/v1/1999-01-04..?base=USD&symbols=KRW,JPY,CNY,EUR']);
    expect(requests[0]).toBe(ecbHistoryUrl());
    expect(data.bundle.source).toBe('ecb');
    expect(data.bundle.first).toBe('2024-07-09');
    expect(data.bundle.asOf).toBe('2024-09-26');
    expect(data.rows).toHaveLength(58);
    expect(data.dropped).toBe(0);
    expect(data.fromCache).toBe(false);
    expect(Number.isFinite(Date.parse(data.fetchedAt))).toBe(true);
  });

  it('a successful query makes exactly one request', async () => {
    const client = new QueryClient();
    const data = await client.fetchQuery(ecbQueryOptions());
    expect(data.bundle.asOf).toBe('2024-09-26');
    await client.fetchQuery(ecbQueryOptions()); // fresh until the next fix: served from memory
    expect(requests).toHaveLength(1);
  });

  it('HTTP 500: retried 3 times with exponential backoff, then fails', async () => {
    setFrankfurterScenario('500');
    const r = await runQuery();
    expect(r.error.kind).toBe('http');
    expect(r.error.status).toBe(500);
    expect(r.requests).toBe(1 + MAX_RETRIES);
    expect(r.delays).toEqual([1000, 2000, 4000]);
    expect(describeEcbFailure(r.error, 3)).toBe('HTTP 500, retried 3×');
  });

  it('HTTP 503 with Retry-After: 1 waits what the server asks', async () => {
    setFrankfurterScenario('503', { retryAfter: '1' });
    const r = await runQuery();
    expect(r.error.status).toBe(503);
    expect(r.error.retryAfterMs).toBe(1000);
    expect(r.requests).toBe(4);
    expect(r.delays).toEqual([1000, 1000, 1000]);
  });

  it('HTTP 503 with a Retry-After above the 30 s cap: no retry, fall back at once', async () => {
    setFrankfurterScenario('503', { retryAfter: '120' });
    const r = await runQuery();
    expect(r.requests).toBe(1);
    expect(r.error.retryAfterMs).toBe(120_000);
    expect(describeEcbFailure(r.error, 0, RETRY_AFTER_CAP_MS)).toBe('HTTP 503, asked to wait 120 s');
  });

  it('HTTP 429: retried with Retry-After', async () => {
    setFrankfurterScenario('429', { retryAfter: '2' });
    const r = await runQuery();
    expect(r.error.kind).toBe('rate-limited');
    expect(r.requests).toBe(4);
    expect(r.delays).toEqual([2000, 2000, 2000]);
  });

  it('other 4xx: never retried', async () => {
    server.use(http.get(`${FRANKFURTER_BASE}/v1/:range`, () => HttpResponse.json({ message: 'bad symbols' }, { status: 422 })));
    const r = await runQuery();
    expect(r.error.kind).toBe('http');
    expect(r.error.status).toBe(422);
    expect(r.requests).toBe(1);
  });

  it('malformed JSON: not retried', async () => {
    setFrankfurterScenario('malformed');
    const r = await runQuery();
    expect(r.error.kind).toBe('malformed');
    expect(r.requests).toBe(1);
    expect(describeEcbFailure(r.error, 0)).toBe('the answer was not valid JSON');
  });

  it('empty range (Frankfurter: 404 {"message":"not found"}): not retried', async () => {
    setFrankfurterScenario('empty');
    const r = await runQuery();
    expect(r.error.kind).toBe('empty');
    expect(r.requests).toBe(1);
  });

  it('200 with empty rates is also "empty"', async () => {
    server.use(
      http.get(`${FRANKFURTER_BASE}/v1/:range`, () =>
        HttpResponse.json({ amount: 1.0, base: 'USD', start_date: '2024-09-26', end_date: '2024-09-26', rates: {} }),
      ),
    );
    expect((await failure(fetchEcbRates())).kind).toBe('empty');
  });

  it('an answer in the wrong base is "invalid" and says so', async () => {
    server.use(
      http.get(`${FRANKFURTER_BASE}/v1/:range`, () =>
        HttpResponse.json({ amount: 1.0, base: 'EUR', start_date: '2024-09-26', end_date: '2024-09-26', rates: { '2024-09-26': { KRW: 1478.62 } } }),
      ),
    );
    const r = await runQuery();
    expect(r.requests).toBe(1);
    expect(describeEcbFailure(r.error, 0)).toBe('unexpected answer: base: "EUR", expected "USD"');
  });

  it('slow answer: times out, retried, then fails as a timeout', async () => {
    setFrankfurterScenario('slow', { slowMs: 400 });
    const r = await runQuery({ timeoutMs: 30 });
    expect(r.error.kind).toBe('timeout');
    expect(r.requests).toBe(4);
    expect(describeEcbFailure(r.error, 3)).toBe('no answer within 30 ms, retried 3×');
  });

  it('no network: a network error, retried', async () => {
    setFrankfurterScenario('offline');
    const r = await runQuery();
    expect(r.error.kind).toBe('network');
    expect(r.requests).toBe(4);
  });

  it('a request cancelled by the caller is not reported as a failure', async () => {
    setFrankfurterScenario('slow', { slowMs: 400 });
    const ctrl = new AbortController();
    const p = fetchEcbRates({ signal: ctrl.signal, timeoutMs: 5000 });
    setTimeout(() => ctrl.abort(), 20);
    await expect(p).rejects.not.toBeInstanceOf(EcbFetchError);
  });
});

describe('retry helpers', () => {
  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2024-09-26T12:00:00Z');
    expect(parseRetryAfter('7', now)).toBe(7000);
    expect(parseRetryAfter('Thu, 26 Sep 2024 12:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Thu, 26 Sep 2024 11:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });

  it('backs off exponentially up to 8 s, or as the server asks (capped)', () => {
    const e500 = new EcbFetchError('http', 'x', { status: 500 });
    expect([0, 1, 2, 3, 4].map((n) => ecbRetryDelay(n, e500))).toEqual([1000, 2000, 4000, 8000, 8000]);
    expect(ecbRetryDelay(0, new EcbFetchError('http', 'x', { status: 503, retryAfterMs: 5000 }))).toBe(5000);
    expect(ecbRetryDelay(0, new EcbFetchError('http', 'x', { status: 503, retryAfterMs: 99_000 }))).toBe(30_000);
  });
});
