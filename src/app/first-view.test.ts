import { QueryClient } from '@tanstack/react-query';
import { snapshotQueryOptions } from '../features/rates/api/get-snapshot';
import { loadFirstView, settledOrCap } from './first-view';

describe('settledOrCap', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('resolves when every need has settled, failures included', async () => {
    let done = false;
    const failing = Promise.reject(new Error('snapshot: HTTP 500'));
    void settledOrCap([Promise.resolve(1), failing], 1_500).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(true);
  });

  it('waits for a slow need, but not past the cap', async () => {
    let done = false;
    void settledOrCap([new Promise(() => undefined)], 1_500).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(1_499);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });
});

describe('loadFirstView', () => {
  it('decodes the H.10 snapshot at start only for a link on it: on live rates it is the fallback, asked for on failure', () => {
    const live = new QueryClient();
    void loadFirstView(live, 'ecb', 0);
    void loadFirstView(live, 'auto', 0);
    expect(live.getQueryCache().find({ queryKey: snapshotQueryOptions().queryKey })).toBeUndefined();
    const snap = new QueryClient();
    void loadFirstView(snap, 'snapshot', 0);
    expect(snap.getQueryCache().find({ queryKey: snapshotQueryOptions().queryKey })).toBeDefined();
    live.clear();
    snap.clear();
  });
});
