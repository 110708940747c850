import { runSteps, ticker, type Steps } from '../../lib/steps';
import { runStepsSliced } from './run-in-slices';

/** Sums 1..n, with a pause point after every number; `log` notes each number added. */
function* sum(n: number, log: number[]): Steps<number> {
  let s = 0;
  for (let i = 1; i <= n; i++) {
    s += i;
    log.push(i);
    yield;
  }
  return s;
}

describe('runStepsSliced', () => {
  it('gives the same result as running the steps at once, and pauses before its first slice and between slices', async () => {
    // A clock that moves 10 ms per reading: with slices of 25 ms, a pause every few steps.
    let t = 0;
    const now = () => (t += 10);
    const log: number[] = [];
    const atPause: number[] = [];
    const pause = () => {
      atPause.push(log.length);
      return Promise.resolve();
    };
    const value = await runStepsSliced(sum(10, log), { sliceMs: 25, now, pause });
    expect(value).toBe(55);
    expect(runSteps(sum(10, []))).toBe(55);
    expect(atPause[0]).toBe(0);
    expect(atPause.length).toBeGreaterThan(2);
    // Each slice did at least one step: the run moves on.
    for (let i = 1; i < atPause.length; i++) expect(atPause[i]).toBeGreaterThan(atPause[i - 1]);
  });

  it('stops at the next pause once aborted, with an AbortError, and does no more steps', async () => {
    const log: number[] = [];
    const abort = new AbortController();
    let t = 0;
    const run = runStepsSliced(sum(1000, log), {
      sliceMs: 5,
      now: () => (t += 10),
      pause: () => {
        if (log.length >= 3) abort.abort();
        return Promise.resolve();
      },
      signal: abort.signal,
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(log.length).toBeLessThan(10);
  });

  it('ticker marks every nth call', () => {
    const tick = ticker(3);
    expect(Array.from({ length: 7 }, () => tick())).toEqual([false, false, true, false, false, true, false]);
  });
});
