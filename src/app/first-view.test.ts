import { settledOrCap } from './first-view';

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
