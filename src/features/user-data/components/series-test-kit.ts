import { IDBFactory } from 'fake-indexeddb';
import { Blob as NodeBlob } from 'node:buffer';
import { cleanup } from '@testing-library/react';
import { openSeriesDb, type DbResult, type SeriesDb } from '../store/series-db';
import type { UserSeriesStore } from '../store/user-series-store';
import { handleParseRequest } from '../worker/series-parse-handler';
import type { WorkerLike } from '../worker/series-parse-client';
import type { SeriesParseRequest, SeriesWorkerMessage } from '../worker/series-parse-protocol';
import { readFileBytes } from './read-file-bytes';

/**
 * Test helpers of the series components: a stand-in for the parse worker that runs the real
 * handler (jsdom's File has no arrayBuffer(), so the bytes are read here), and a database whose
 * writes fail.
 */
export class FakeSeriesWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<SeriesWorkerMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  requests: SeriesParseRequest[] = [];
  /** `hold`: never answer (to cancel while it "runs"); progress is still posted. */
  constructor(private readonly hold = false) {}
  postMessage(request: SeriesParseRequest): void {
    this.requests.push(request);
    const deliver = (message: SeriesWorkerMessage) =>
      queueMicrotask(() => {
        if (!this.terminated) this.onmessage?.({ data: message } as MessageEvent<SeriesWorkerMessage>);
      });
    if (this.hold) {
      deliver({ type: 'progress', phase: 'parse', fraction: 0.4 });
      return;
    }
    void readFileBytes(request.file).then((bytes) => {
      const file = { size: bytes.byteLength, arrayBuffer: () => Promise.resolve(bytes.buffer) } as unknown as Blob;
      return handleParseRequest({ file, options: request.options }, deliver);
    });
  }
  terminate(): void {
    this.terminated = true;
  }
}

/** The real (fake-indexeddb) database with every write failing with `code`. */
export function openWithFailingWrites(code: 'db.quota' | 'db.unavailable' | 'db.failed'): () => Promise<DbResult<SeriesDb>> {
  return async () => {
    const opened = await openSeriesDb();
    if (!opened.ok) return opened;
    const fail = () => Promise.resolve({ ok: false as const, code });
    return { ok: true, value: { ...opened.value, save: fail, rename: fail, recolour: fail, delete: fail } };
  };
}

/** A fresh fake IndexedDB before each test; after each, unmount and reset the store under test (`current()`). */
export function freshSeriesDbPerTest(current: () => UserSeriesStore | undefined): void {
  beforeEach(() => {
    vi.stubGlobal('indexedDB', new IDBFactory());
    // The series' numbers are stored as Blobs: fake-indexeddb copies with Node's structuredClone, which
    // clones Node's Blob (as a browser clones its own) but not jsdom's.
    vi.stubGlobal('Blob', NodeBlob);
  });
  afterEach(() => {
    cleanup(); // before the store is reset under the mounted components
    current()?.getState().reset();
    vi.unstubAllGlobals();
  });
}
