import { readEventFile, type EventWorkerLike, type EventWorkerMessage } from './event-file-client';
import { readEventFileNow, type EventFileRequest } from './event-file-read';

/** A stand-in for the Web Worker that runs the same reader, answering asynchronously. */
class FakeWorker implements EventWorkerLike {
  onmessage: ((event: MessageEvent<EventWorkerMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  transfers: Transferable[][] = [];
  constructor(private readonly fail = false) {}
  postMessage(request: EventFileRequest, transfer: Transferable[]): void {
    this.transfers.push(transfer);
    const data: EventWorkerMessage = this.fail ? { type: 'failed', message: 'boom' } : { type: 'done', read: readEventFileNow(structuredClone(request)) };
    queueMicrotask(() => this.onmessage?.({ data } as MessageEvent<EventWorkerMessage>));
  }
  terminate(): void {
    this.terminated = true;
  }
}

const CSV = 'date,title\n2016-01-06,Synthetic test\n2016-02-30,Bad day\n';
const request = (text: string): EventFileRequest => ({ bytes: new TextEncoder().encode(text), fileName: 'x.csv', builtIns: [], today: '2026-12-03' });

describe('readEventFile', () => {
  it('reads in the worker, transfers the bytes and ends the worker; without a Worker the page gives the same answer', async () => {
    const worker = new FakeWorker();
    const req = request(CSV);
    const viaWorker = await readEventFile(req, () => worker);
    expect(worker.transfers).toEqual([[req.bytes.buffer]]);
    expect(worker.terminated).toBe(true);
    const inPage = await readEventFile(request(CSV), () => null);
    expect(viaWorker).toEqual(inPage);
    expect(inPage.ok && inPage.result.events.map((e) => e.title)).toEqual(['Synthetic test']);
    expect(inPage.ok && inPage.result.problems.map((p) => p.line)).toEqual([3]);
  });

  it('names the first line that is not text, and rejects when the worker fails', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('date,title\n'), 0xff, 0xfe, 0x00, 0x81]);
    expect(await readEventFile({ ...request(''), bytes }, () => null)).toEqual({ ok: false, line: 2 });
    const worker = new FakeWorker(true);
    await expect(readEventFile(request(CSV), () => worker)).rejects.toThrow('boom');
    expect(worker.terminated).toBe(true);
  });
});
