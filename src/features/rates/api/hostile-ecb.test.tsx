// @vitest-environment jsdom
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { ReactNode } from 'react';
import { frankfurterFixture, setFrankfurterScenario } from '../../../../mocks/handlers/frankfurter';
import { server } from '../../../../mocks/node';
import { makeQueryClient } from '../../../lib/query-client';
import { parseFrankfurter } from '../model/ecb-parse';
import { encodeEcbRows } from '../model/ecb-snapshot';
import { ECB_CACHE_KEY, loadEcbCache, writeEcbCache } from './ecb-cache';
import { FRANKFURTER_BASE, startEcbEarly } from './get-ecb-rates';
import { useSeriesBundle, type SeriesBundleOptions } from './use-series-bundle';

const FAST: SeriesBundleOptions = { retryBaseMs: 1, timeoutMs: 2000 };
const rows = parseFrankfurter(frankfurterFixture).rows;
let ecbRequests = 0;
const count = ({ request }: { request: Request }) => {
  if (request.url.startsWith(FRANKFURTER_BASE)) ecbRequests++;
};

let client: QueryClient;
beforeEach(() => {
  localStorage.clear();
  ecbRequests = 0;
  server.events.on('request:start', count);
  client = makeQueryClient();
});
afterEach(() => {
  server.events.removeListener('request:start', count);
  client.clear();
});

function wrapper({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
const renderBundle = (o: SeriesBundleOptions = FAST) => renderHook(() => useSeriesBundle('auto', o), { wrapper });

/** A cache entry as writeEcbCache writes it, with any fetchedAt (and rows). */
function storeEntry(fetchedAt: string, r = rows): string {
  const text = JSON.stringify({ version: 1, file: encodeEcbRows(r, { source: 'test', fix: '14:15 Europe/Berlin', fetchedAt }) });
  localStorage.setItem(ECB_CACHE_KEY, text);
  return text;
}

/** Frankfurter's answer for two days whose KRW figures are one ulp apart (1300 and the next double). */
const ulpAnswer = {
  amount: 1.0,
  base: 'USD',
  start_date: '2024-09-25',
  end_date: '2024-09-26',
  rates: {
    '2024-09-25': { CNY: 7.0225, EUR: 0.89493, JPY: 143.47, KRW: 1300 },
    '2024-09-26': { CNY: 7.0225, EUR: 0.89493, JPY: 143.47, KRW: 1300.0000000000002 },
  },
};

describe('a cached ECB entry with impossible dates is discarded with a notice, never blanks the page', () => {
  it.each([
    ['9999-12-31T00:00:00.000Z', 'fetchedAt "9999-12-31T00:00:00.000Z" is in the future'],
    ['+275760-09-13T00:00:00.000Z', 'fetchedAt "+275760-09-13T00:00:00.000Z" is in the future'],
  ])('fetchedAt %s: live rates instead, the notice says why, the good answer replaces it', async (at, why) => {
    storeEntry(at);
    const { result } = renderBundle();
    await waitFor(() => expect(result.current.origin).toBe('live'));
    expect(result.current.notice).toBe(`The cached ECB rates were discarded: ${why}.`);
    expect(result.current.error).toBeNull();
    await waitFor(() => expect(loadEcbCache().entry?.rows).toEqual(rows));
  });

  it('fetchedAt in 2099 does not stop live fetching: one request at start', async () => {
    storeEntry('2099-01-01T00:00:00.000Z');
    const { result } = renderBundle();
    await waitFor(() => expect(result.current.origin).toBe('live'));
    expect(ecbRequests).toBe(1);
    expect(result.current.notice).toMatch(/^The cached ECB rates were discarded: fetchedAt "2099-01-01T00:00:00\.000Z" is in the future\.$/);
  });

  it('a row dated beyond the calendar (+275760-09-13) is discarded, not charted', () => {
    const file = encodeEcbRows(rows, { source: 'test', fix: '14:15 Europe/Berlin', fetchedAt: '2024-09-26T15:00:00.000Z' });
    const lastDay = 100_000_000; // 275760-09-13, the last day a Date holds
    file.days[file.days.length - 1] = lastDay - Date.parse(`${rows[56].date}T00:00:00Z`) / 86_400_000;
    file.last = new Date(lastDay * 86_400_000).toISOString().slice(0, 10);
    localStorage.setItem(ECB_CACHE_KEY, JSON.stringify({ version: 1, file }));
    const read = loadEcbCache();
    expect(read.entry).toBeNull();
    expect(read.discarded).toBe('row 58 has no valid date ("+275760-09")');
  });

  it('damaged JSON is discarded and said; a notice stays within 300 characters', async () => {
    localStorage.setItem(ECB_CACHE_KEY, `{"version":1,"file":{"fetchedAt":"${'9'.repeat(5000)}`);
    const { result } = renderBundle();
    await waitFor(() => expect(result.current.origin).toBe('live'));
    expect(result.current.notice).toBe('The cached ECB rates were discarded: it is not valid JSON (5034 characters).');
    const long = storeEntry(`${'9'.repeat(4000)}-01-01T00:00:00.000Z`);
    expect(long.length).toBeGreaterThan(4000);
    expect(loadEcbCache().discarded!.length).toBeLessThan(100);
  });

  it('after the early start (main.tsx), a damaged cache is still said and replaced, with one request', async () => {
    localStorage.setItem(ECB_CACHE_KEY, `{"version":1,"file":{"fetchedAt":"${'9'.repeat(5000)}`);
    startEcbEarly(client);
    const { result } = renderBundle();
    await waitFor(() => expect(result.current.origin).toBe('live'));
    expect(result.current.notice).toBe('The cached ECB rates were discarded: it is not valid JSON (5034 characters).');
    await waitFor(() => expect(loadEcbCache().entry?.rows).toEqual(rows));
    expect(ecbRequests).toBe(1);
  });
});

describe('an answer that is not retried, when it came before the first render', () => {
  it('is asked once: the view that mounts after it shows the fallback and does not ask again', async () => {
    setFrankfurterScenario('malformed');
    startEcbEarly(client);
    await waitFor(() => expect(client.getQueryState(['rates', 'ecb', FRANKFURTER_BASE])?.status).toBe('error'));
    const { result } = renderBundle();
    await waitFor(() => expect(result.current.origin).toBe('h10-snapshot'));
    expect(result.current.failure?.kind).toBe('malformed');
    await new Promise((done) => setTimeout(done, 30));
    expect(ecbRequests).toBe(1);
  });
});

describe('a shipped ECB snapshot (data/ecb-snapshot.json) with impossible figures', () => {
  it('is not shown: the H.10 snapshot is', async () => {
    const file = encodeEcbRows([rows[0], { ...rows[1], KRW: 0.00001 }], { source: 'test', fix: '14:15 Europe/Berlin', fetchedAt: '2024-09-27T06:00:00.000Z' });
    server.use(
      http.get('*/data/ecb-snapshot.json', () => HttpResponse.json(file)),
      http.get(`${FRANKFURTER_BASE}/v1/:range`, () => HttpResponse.json({ message: 'not found' }, { status: 404 })),
    );
    const { result } = renderBundle();
    await waitFor(() => expect(result.current.notice).not.toBeNull());
    expect(result.current.origin).toBe('h10-snapshot');
  });
});

describe('an answer that cannot be stored exactly is shown but not cached', () => {
  it('two days one ulp apart: charted at once, nothing written', async () => {
    server.use(http.get(`${FRANKFURTER_BASE}/v1/:range`, () => HttpResponse.json(ulpAnswer)));
    const { result } = renderBundle();
    await waitFor(() => expect(result.current.origin).toBe('live'));
    expect(result.current.bundle?.series.USDKRW?.values).toEqual(Float64Array.from([1300, 1300.0000000000002]));
    expect(localStorage.getItem(ECB_CACHE_KEY)).toBeNull();
    expect(writeEcbCache(parseFrankfurter(ulpAnswer).rows, new Date().toISOString(), 'test')).toBe(false);
  });

  it('implausible figures (1e-300, 1e308) are left out and counted in the notice', async () => {
    const bad = structuredClone(frankfurterFixture);
    bad.rates['2024-09-03'].JPY = 1e-300;
    bad.rates['2024-09-04'].EUR = 1e308;
    server.use(http.get(`${FRANKFURTER_BASE}/v1/:range`, () => HttpResponse.json(bad)));
    const { result } = renderBundle();
    await waitFor(() => expect(result.current.origin).toBe('live'));
    expect(result.current.dropped).toBe(2);
    expect(result.current.notice).toBe(
      'The ECB answer had 2 figures or days that could not be used; they were left out (first: rates["2024-09-03"].JPY: 1e-300 is outside the plausible 0.0001 … 10,000,000 per USD).',
    );
  });
});

describe('notices stay short', () => {
  it('a discarded cache and a failed request are two notices, one per line, each within 300 characters', async () => {
    storeEntry('9999-12-31T00:00:00.000Z');
    setFrankfurterScenario('offline');
    const { result } = renderBundle();
    await waitFor(() => expect(result.current.origin).not.toBe('live'));
    // While the request is retried the notices are "retrying…" and the cache's; then the failure's.
    await waitFor(() => expect(result.current.failure).not.toBeNull());
    expect(result.current.notice?.split('\n')).toHaveLength(2);
    const [cache, failed] = result.current.notice!.split('\n');
    expect(cache).toBe('The cached ECB rates were discarded: fetchedAt "9999-12-31T00:00:00.000Z" is in the future.');
    expect(failed).toMatch(/^Live ECB rates unavailable \(/);
    for (const line of [cache, failed]) expect(line.length).toBeLessThanOrEqual(300);
  });

  it('a 5,000-character date in the answer is cut with "…" in the dropped-figures notice', async () => {
    const bad = structuredClone(frankfurterFixture) as { rates: Record<string, unknown> };
    bad.rates[`2024-09-03${'x'.repeat(5000)}`] = { KRW: 1300 };
    server.use(http.get(`${FRANKFURTER_BASE}/v1/:range`, () => HttpResponse.json(bad)));
    const { result } = renderBundle();
    await waitFor(() => expect(result.current.origin).toBe('live'));
    expect(result.current.notice).toBe(
      `The ECB answer had 1 figure or day that could not be used; it was left out (first: rates["2024-09-03${'x'.repeat(13)}…"]: not a real date).`,
    );
  });
});

describe('the embed (persist: false) writes nothing to storage', () => {
  it('a live answer is not cached', async () => {
    const { result } = renderBundle({ ...FAST, persist: false });
    await waitFor(() => expect(result.current.origin).toBe('live'));
    expect(localStorage.length).toBe(0);
  });

  it('a discarded entry is left where it is (and still not used)', async () => {
    const text = storeEntry('9999-12-31T00:00:00.000Z');
    const { result } = renderBundle({ ...FAST, persist: false });
    await waitFor(() => expect(result.current.origin).toBe('live'));
    expect(result.current.notice).toMatch(/^The cached ECB rates were discarded/);
    expect(localStorage.getItem(ECB_CACHE_KEY)).toBe(text);
    expect(localStorage.length).toBe(1);
  });

  it('a good cache is still read', () => {
    writeEcbCache(rows, new Date().toISOString(), 'test');
    const { result } = renderBundle({ ...FAST, persist: false });
    expect(result.current.origin).toBe('cache');
  });
});
