// @vitest-environment jsdom
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { render, renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { useState, type ReactNode } from 'react';
import { frankfurterFixture, setFrankfurterScenario } from '../../../../mocks/handlers/frankfurter';
import { server } from '../../../../mocks/node';
import { NoticeBar } from '../../../components/ui/notice-bar';
import type { SourceChoice } from '../../../config/series';
import { makeQueryClient } from '../../../lib/query-client';
import { SourceLine } from '../components/source-line';
import { parseFrankfurter } from '../model/ecb-parse';
import { encodeEcbRows } from '../model/ecb-snapshot';
import { ECB_CACHE_KEY, loadEcbCache, writeEcbCache } from './ecb-cache';
import { FRANKFURTER_BASE } from './get-ecb-rates';
import { ECB_RETRYING_NOTICE, useSeriesBundle, type SeriesBundleOptions } from './use-series-bundle';

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
  client = makeQueryClient(); // the app's defaults
});
afterEach(() => {
  server.events.removeListener('request:start', count);
  client.clear();
});

function wrapper({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
const renderBundle = (choice: SourceChoice, o: SeriesBundleOptions = FAST) => renderHook(() => useSeriesBundle(choice, o), { wrapper });

describe('useSeriesBundle', () => {
  it('auto → live ECB when Frankfurter answers, and caches it', async () => {
    const { result } = renderBundle('auto');
    expect(result.current.isLoading).toBe(true);
    await waitFor(() => expect(result.current.bundle).toBeDefined());
    const s = result.current;
    expect(s.shownSource).toBe('ecb');
    expect(s.origin).toBe('live');
    expect(s.bundle?.asOf).toBe('2024-09-26');
    expect(s.cached).toBe(false);
    expect(s.notice).toBeNull();
    expect(s.failure).toBeNull();
    expect(ecbRequests).toBe(1);
    await waitFor(() => expect(loadEcbCache().entry?.rows).toEqual(rows));
  });

  it('auto → H.10 snapshot with a notice when Frankfurter answers 503 (retried 3×)', async () => {
    setFrankfurterScenario('503', { retryAfter: '0' });
    const { result } = renderBundle('auto');
    await waitFor(() => expect(result.current.failure).not.toBeNull());
    const s = result.current;
    expect(s.notice).toBe('Live ECB rates unavailable (HTTP 503, retried 3×): showing the bundled H.10 snapshot.');
    expect(s.shownSource).toBe('snapshot');
    expect(s.origin).toBe('h10-snapshot');
    expect(s.bundle?.asOf).toBe('2024-11-29');
    expect(s.cached).toBe(false);
    expect(s.error).toBeNull();
    expect(s.failure).toMatchObject({ kind: 'http', status: 503, retries: 3 });
    expect(ecbRequests).toBe(4); // no request storm
  });

  it('ecb, malformed answer → fallback at once (not retried)', async () => {
    setFrankfurterScenario('malformed');
    const { result } = renderBundle('ecb');
    await waitFor(() => expect(result.current.notice).not.toBeNull());
    expect(result.current.notice).toBe('Live ECB rates unavailable (the answer was not valid JSON): showing the bundled H.10 snapshot.');
    expect(ecbRequests).toBe(1);
  });

  it('while the request is retried, the fallback is already shown, and the notice says it is retrying from the first failure', async () => {
    setFrankfurterScenario('500');
    const { result } = renderBundle('auto', { retryBaseMs: 60_000 });
    await waitFor(() => expect(result.current.bundle).toBeDefined());
    expect(result.current.origin).toBe('h10-snapshot');
    expect(result.current.notice).toBe("Live rates didn't answer; retrying…");
    expect(result.current.notices).toEqual([ECB_RETRYING_NOTICE]);
    expect(result.current.failure).toBeNull();
    expect(ecbRequests).toBe(1);
  });

  it('auto, slow ECB: the fallback after the grace period, then ECB when it comes', async () => {
    setFrankfurterScenario('slow', { slowMs: 400 });
    const { result } = renderBundle('auto', { ...FAST, fallbackAfterMs: 50 });
    await waitFor(() => expect(result.current.origin).toBe('h10-snapshot'));
    expect(result.current.notice).toBeNull();
    await waitFor(() => expect(result.current.origin).toBe('live'), { timeout: 3000 });
    expect(result.current.notice).toBeNull();
    expect(ecbRequests).toBe(1);
  });

  it('ecb (asked for explicitly), slow: waits for ECB instead', async () => {
    setFrankfurterScenario('slow', { slowMs: 300 });
    const { result } = renderBundle('ecb', { ...FAST, fallbackAfterMs: 50 });
    await new Promise((r) => setTimeout(r, 150));
    expect(result.current.isLoading).toBe(true);
    await waitFor(() => expect(result.current.origin).toBe('live'), { timeout: 3000 });
  });

  it('after a failure with a stored cache: the cached ECB rates, labelled cached', async () => {
    writeEcbCache(rows, '2024-09-26T15:00:00.000Z', 'test');
    setFrankfurterScenario('500');
    const { result } = renderBundle('auto');
    expect(result.current.origin).toBe('cache'); // at once, from the cache
    await waitFor(() => expect(result.current.notice).not.toBeNull());
    const s = result.current;
    expect(s.notice).toBe('Live ECB rates unavailable (HTTP 500, retried 3×): showing ECB rates cached on 2024-09-26 (as of 2024-09-26).');
    expect(s.shownSource).toBe('ecb');
    expect(s.cached).toBe(true);
    expect(s.cachedAt).toBe('2024-09-26T15:00:00.000Z');
    expect(ecbRequests).toBe(4);
  });

  it('a cache from before the next fix is used without any request', async () => {
    writeEcbCache(rows, new Date().toISOString(), 'test');
    const { result } = renderBundle('auto');
    expect(result.current.origin).toBe('cache');
    await new Promise((r) => setTimeout(r, 50));
    expect(ecbRequests).toBe(0);
    expect(result.current.notice).toBeNull();
  });

  it('a corrupt or old-version cache entry is ignored', async () => {
    localStorage.setItem(ECB_CACHE_KEY, '{"version":0');
    expect(loadEcbCache().entry).toBeNull();
    localStorage.setItem(ECB_CACHE_KEY, JSON.stringify({ version: 2, file: {} }));
    const { result } = renderBundle('auto');
    await waitFor(() => expect(result.current.origin).toBe('live'));
  });

  it('falls back to the shipped ECB snapshot before H.10 when there is one', async () => {
    const file = encodeEcbRows(rows, { source: 'test', fix: '14:15 Europe/Berlin', fetchedAt: '2024-09-27T06:00:00.000Z' });
    server.use(http.get('*/data/ecb-snapshot.json', () => HttpResponse.json(file)));
    setFrankfurterScenario('empty');
    const { result } = renderBundle('auto');
    await waitFor(() => expect(result.current.notice).not.toBeNull());
    expect(result.current.notice).toBe('Live ECB rates unavailable (the answer held no rates): showing the bundled ECB snapshot (as of 2024-09-26).');
    expect(result.current.origin).toBe('ecb-snapshot');
    expect(result.current.cached).toBe(true);
    expect(result.current.cachedAt).toBe('2024-09-27T06:00:00.000Z');
  });

  it('snapshot → H.10 only, no request to Frankfurter', async () => {
    const { result } = renderBundle('snapshot');
    await waitFor(() => expect(result.current.bundle).toBeDefined());
    expect(result.current.origin).toBe('h10-snapshot');
    expect(result.current.notice).toBeNull();
    expect(ecbRequests).toBe(0);
  });

  it('figures the ECB answer could not use are counted and said', async () => {
    const bad = structuredClone(frankfurterFixture);
    bad.rates['2024-09-03'].JPY = 0;
    server.use(http.get(`${FRANKFURTER_BASE}/v1/:range`, () => HttpResponse.json(bad)));
    const { result } = renderBundle('auto');
    await waitFor(() => expect(result.current.origin).toBe('live'));
    expect(result.current.dropped).toBe(1);
    expect(result.current.notice).toBe(
      'The ECB answer had 1 figure or day that could not be used; it was left out (first: rates["2024-09-03"].JPY: 0 is not positive).',
    );
  });

  it('only when nothing at all can be shown is there an error', async () => {
    setFrankfurterScenario('offline');
    server.use(http.get('*/data/h10-snapshot.json', () => new HttpResponse(null, { status: 500 })));
    const { result } = renderBundle('auto');
    // The H.10 file is tried twice (the app's default retry: 1, after 1 s).
    await waitFor(() => expect(result.current.error).not.toBeNull(), { timeout: 4000 });
    expect(result.current.bundle).toBeUndefined();
    expect(result.current.isLoading).toBe(false);
  });
});

/** The pieces the app composes: source line + dismissible notices. */
function Harness({ choice }: { choice: SourceChoice }) {
  const s = useSeriesBundle(choice, FAST);
  const [dismissed, setDismissed] = useState<string[]>([]);
  const notices = s.notice && !dismissed.includes(s.notice) ? [s.notice] : [];
  return (
    <QueryClientProvider client={client}>
      <NoticeBar notices={notices} onDismiss={() => setDismissed((d) => [...d, ...notices])} />
      {s.bundle && <SourceLine source={s.bundle.source} asOf={s.bundle.asOf} cached={s.cached} />}
    </QueryClientProvider>
  );
}

describe('fallback as the user sees it', () => {
  const renderHarness = (choice: SourceChoice) =>
    render(
      <QueryClientProvider client={client}>
        <Harness choice={choice} />
      </QueryClientProvider>,
    );

  it('503: a visible, dismissible notice and the H.10 source line', async () => {
    setFrankfurterScenario('503', { retryAfter: '0' });
    renderHarness('auto');
    const final = 'Live ECB rates unavailable (HTTP 503, retried 3×): showing the bundled H.10 snapshot.';
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(final));
    expect(screen.getByTestId('source-line')).toHaveTextContent('Source: Federal Reserve H.10, noon New York, as of 2024-11-29');
    await userEvent.click(screen.getByRole('button', { name: /Dismiss notice/ }));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(screen.getByTestId('source-line')).toBeInTheDocument(); // the page stays
  });

  it('reload with no network and a cache: ECB, "cached, as of …"', async () => {
    writeEcbCache(rows, '2024-09-26T15:00:00.000Z', 'test');
    setFrankfurterScenario('offline');
    renderHarness('auto');
    expect(screen.getByTestId('source-line')).toHaveTextContent('Source: ECB reference rates, 14:15 Frankfurt, cached, as of 2024-09-26');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Live ECB rates unavailable (network error, retried 3×)'));
  });

  it('live: ECB source line, no notice', async () => {
    renderHarness('auto');
    await waitFor(() => expect(screen.getByTestId('source-line')).toHaveTextContent('Source: ECB reference rates, 14:15 Frankfurt, as of 2024-09-26'));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});
