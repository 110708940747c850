import { SERIES_FILE_MAX_BYTES } from '../model/series-csv-types';
import { parseSeriesFile, type WorkerLike } from './series-parse-client';
import { handleParseRequest } from './series-parse-handler';
import type { SeriesParseRequest, SeriesWorkerMessage } from './series-parse-protocol';

/** A stand-in for the Web Worker that runs the same handler, answering asynchronously. */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<SeriesWorkerMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  transfers: Transferable[][] = [];
  constructor(private readonly hold = false) {}
  postMessage(request: SeriesParseRequest): void {
    if (this.hold) return;
    void handleParseRequest(request, (message, transfer) => {
      this.transfers.push(transfer ?? []);
      queueMicrotask(() => {
        if (!this.terminated) this.onmessage?.({ data: message } as MessageEvent<SeriesWorkerMessage>);
      });
    });
  }
  terminate(): void {
    this.terminated = true;
  }
}

const CSV = 'timestamp,value\n2024-03-04T10:30:00+09:00,1330.5\n2024-03-04T10:31:00+09:00,n/a\n';

describe('parseSeriesFile', () => {
  it('parses in the worker, reports progress, transfers the typed arrays and ends the worker', async () => {
    const worker = new FakeWorker();
    const progress: string[] = [];
    const result = await parseSeriesFile(new Blob([CSV]), { createWorker: () => worker, onProgress: (p) => progress.push(`${p.phase} ${p.fraction}`) });
    expect([...result.instants]).toEqual([1709515800000]);
    expect(result.issues).toEqual([{ line: 3, code: 'value.not-a-number', value: 'n/a' }]);
    expect(progress).toEqual(['read 0', 'parse 1']);
    expect(worker.transfers.at(-1)).toEqual([result.instants.buffer, result.values.buffer]);
    expect(worker.terminated).toBe(true);
  });

  it('reads the file as UTF-8 and drops its byte-order mark', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('date,value\n2024-01-02,5\n')]);
    const result = await parseSeriesFile(new Blob([bytes]), { createWorker: () => new FakeWorker(), options: { timeZone: 'UTC', fixTime: '12:00' } });
    expect([...result.instants]).toEqual([Date.UTC(2024, 0, 2, 12)]);
    expect(result.layout?.header).toBe(true);
  });

  it('refuses a file over 200 MB before reading it or starting a worker', async () => {
    const read = vi.fn();
    const huge = { size: SERIES_FILE_MAX_BYTES + 1, arrayBuffer: read, text: read } as unknown as Blob;
    const createWorker = vi.fn(() => new FakeWorker());
    const result = await parseSeriesFile(huge, { createWorker });
    expect(result.fileIssue).toEqual({ code: 'file.too-large', bytes: SERIES_FILE_MAX_BYTES + 1, limit: SERIES_FILE_MAX_BYTES });
    expect(createWorker).not.toHaveBeenCalled();
    expect(read).not.toHaveBeenCalled();
    // The worker checks too, in case it is sent one.
    const posted: SeriesWorkerMessage[] = [];
    await handleParseRequest({ file: huge, options: {} }, (m) => posted.push(m));
    expect(posted).toEqual([{ type: 'done', result: expect.objectContaining({ fileIssue: { code: 'file.too-large', bytes: SERIES_FILE_MAX_BYTES + 1, limit: SERIES_FILE_MAX_BYTES } }) }]);
    expect(read).not.toHaveBeenCalled();
  });

  it('cancels: the worker is ended and the promise rejects with an AbortError', async () => {
    const worker = new FakeWorker(true);
    const controller = new AbortController();
    const job = parseSeriesFile(new Blob([CSV]), { createWorker: () => worker, signal: controller.signal });
    controller.abort();
    await expect(job).rejects.toMatchObject({ name: 'AbortError' });
    expect(worker.terminated).toBe(true);
  });

  it('rejects when the worker fails', async () => {
    const worker = new FakeWorker(true);
    const job = parseSeriesFile(new Blob([CSV]), { createWorker: () => worker });
    worker.onerror?.({ message: 'boom' } as ErrorEvent);
    await expect(job).rejects.toThrow('The series parser stopped: boom');
    expect(worker.terminated).toBe(true);
  });
});
