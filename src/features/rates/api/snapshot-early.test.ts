import { readFileSync } from 'node:fs';
import type { PairId } from '../../../config/series';
import { builtInMeta } from '../model/registry';
import { parseSnapshot } from '../model/snapshot-codec';
import type { SnapshotMessage, SnapshotRequest } from '../worker/snapshot-protocol';
import { getSnapshot } from './get-snapshot';
import { resetEarlySnapshot, startEarlySnapshot, takeEarlySnapshot, type SnapshotWorkerLike } from './snapshot-early';

const text = readFileSync('public/data/h10-snapshot.json', 'utf8');

/** A stand-in for the worker: answers its one request with `reply` (a structured clone, as a worker's message is). */
class FakeWorker implements SnapshotWorkerLike {
  onmessage: ((event: MessageEvent<SnapshotMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  requests: SnapshotRequest[] = [];
  terminated = false;
  constructor(private readonly reply: SnapshotMessage | 'crash') {}
  postMessage(request: SnapshotRequest): void {
    this.requests.push(request);
    queueMicrotask(() => {
      if (this.reply === 'crash') this.onerror?.({ message: 'boom' } as ErrorEvent);
      else this.onmessage?.({ data: structuredClone(this.reply) } as MessageEvent<SnapshotMessage>);
    });
  }
  terminate(): void {
    this.terminated = true;
  }
}

const fetchCalls = () => vi.mocked(fetch).mock.calls.length;

beforeEach(() => {
  resetEarlySnapshot();
  vi.stubGlobal('fetch', vi.fn(async () => new Response(text)));
});
afterEach(() => {
  resetEarlySnapshot();
  vi.unstubAllGlobals();
});

describe('the early snapshot', () => {
  it('is asked of the worker once, given to the first load only, with the registry’s own meta objects', async () => {
    const worker = new FakeWorker({ type: 'done', bundle: parseSnapshot(JSON.parse(text)) });
    startEarlySnapshot('https://x.test/data/h10-snapshot.json', () => worker);
    startEarlySnapshot('https://x.test/again', () => {
      throw new Error('a second start must not start a worker');
    });
    const bundle = await getSnapshot();
    expect(worker.requests).toEqual([{ url: 'https://x.test/data/h10-snapshot.json' }]);
    expect(worker.terminated).toBe(true);
    expect(fetchCalls()).toBe(0);
    expect(bundle).toEqual(parseSnapshot(JSON.parse(text)));
    for (const s of Object.values(bundle.series)) expect(s!.meta).toBe(builtInMeta(s!.id as PairId, 'snapshot'));
    // A second load (a retry) reads the file itself.
    expect(takeEarlySnapshot()).toBeNull();
    await getSnapshot();
    expect(fetchCalls()).toBe(1);
  });

  it('falls back to loading in the page when the worker fails, crashes or cannot start', async () => {
    for (const make of [() => new FakeWorker({ type: 'failed', reason: 'http 500' }), () => new FakeWorker('crash'), () => null]) {
      resetEarlySnapshot();
      const before = fetchCalls();
      startEarlySnapshot('u', make);
      expect(await getSnapshot()).toEqual(parseSnapshot(JSON.parse(text)));
      expect(fetchCalls()).toBe(before + 1);
    }
  });

  it('lets the page report a failure in its own words', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('boom', { status: 500 })));
    startEarlySnapshot('u', () => new FakeWorker({ type: 'failed', reason: 'http 500' }));
    await expect(getSnapshot()).rejects.toMatchObject({ code: 'h10-http' });
  });
});
