import { QueryClient } from '@tanstack/react-query';
import { server } from '../../../../mocks/node';
import { MemoryStorage } from '../../../lib/memory-storage';
import { writeEcbCache } from './ecb-cache';
import { setFrankfurterScenario } from '../../../../mocks/handlers';
import { ecbHistoryUrl, ecbQueryOptions, fetchEcbRates, FRANKFURTER_BASE, startEcbEarly } from './get-ecb-rates';
import { ecbSnapshotQueryOptions } from './get-ecb-snapshot';
import { snapshotQueryOptions } from './get-snapshot';

const requests: string[] = [];
const onStart = ({ request }: { request: Request }) => {
  if (request.url.startsWith(FRANKFURTER_BASE)) requests.push(request.url);
};
const KEY = ecbQueryOptions().queryKey;
const SNAP_KEY = ecbSnapshotQueryOptions().queryKey;
const H10_KEY = snapshotQueryOptions().queryKey;

beforeEach(() => {
  requests.length = 0;
  server.events.on('request:start', onStart);
});
afterEach(() => {
  server.events.removeListener('request:start', onStart);
  vi.unstubAllGlobals();
});

describe('startEcbEarly (the live request before the first render)', () => {
  it('without cached rates, asks Frankfurter at once, under the key the hook reads', async () => {
    vi.stubGlobal('localStorage', new MemoryStorage({}));
    const client = new QueryClient();
    startEcbEarly(client);
    await vi.waitFor(() => expect(client.getQueryData(KEY)).toBeDefined());
    expect(requests).toEqual([ecbHistoryUrl()]);
    expect(client.getQueryData(KEY)?.fromCache).toBe(false);
    client.clear();
  });

  it('with fresh cached rates, asks nothing and starts from them', async () => {
    const live = await fetchEcbRates();
    requests.length = 0;
    vi.stubGlobal('localStorage', new MemoryStorage({}));
    expect(writeEcbCache(live.rows, new Date().toISOString(), 'frankfurter')).toBe(true);
    const client = new QueryClient();
    startEcbEarly(client);
    const data = client.getQueryData(KEY);
    expect(data?.fromCache).toBe(true);
    expect(data?.rows).toEqual(live.rows);
    // A request would have started by the next macrotask.
    await new Promise((done) => setTimeout(done, 20));
    expect(requests).toEqual([]);
    client.clear();
  });

  it('on the first failed try, asks for both fallbacks at once (the shipped ECB snapshot, the H.10 one), without waiting for a render', async () => {
    vi.stubGlobal('localStorage', new MemoryStorage({}));
    setFrankfurterScenario('offline');
    const client = new QueryClient();
    startEcbEarly(client);
    expect(client.getQueryCache().find({ queryKey: SNAP_KEY })).toBeUndefined();
    expect(client.getQueryCache().find({ queryKey: H10_KEY })).toBeUndefined();
    await vi.waitFor(() => expect(client.getQueryState(KEY)?.fetchFailureCount).toBe(1));
    // The live query is still retrying (its backoff is a second): the fallback is asked for already.
    expect(client.getQueryState(KEY)?.status).toBe('pending');
    await vi.waitFor(() => expect(client.getQueryCache().find({ queryKey: SNAP_KEY })).toBeDefined());
    expect(client.getQueryCache().find({ queryKey: H10_KEY })).toBeDefined();
    client.clear();
  });

  it('asks for no fallback when the live request answers', async () => {
    vi.stubGlobal('localStorage', new MemoryStorage({}));
    const client = new QueryClient();
    startEcbEarly(client);
    await vi.waitFor(() => expect(client.getQueryData(KEY)).toBeDefined());
    await new Promise((done) => setTimeout(done, 20));
    expect(client.getQueryCache().find({ queryKey: SNAP_KEY })).toBeUndefined();
    expect(client.getQueryCache().find({ queryKey: H10_KEY })).toBeUndefined();
    client.clear();
  });
});
