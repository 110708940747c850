import type { WorkerLike as WorkerLikeOf } from '../../../lib/worker/worker-like';
import { failedSeriesResult } from '../model/series-csv-failed';
import { SERIES_FILE_MAX_BYTES, type SeriesParseOptions, type SeriesParseResult } from '../model/series-csv-types';
import type { SeriesParseRequest, SeriesWorkerMessage } from './series-parse-protocol';

/** The bits of a Worker the client uses (a fake one in tests). */
export type WorkerLike = WorkerLikeOf<SeriesParseRequest, SeriesWorkerMessage>;

export interface SeriesParseProgress {
  phase: 'read' | 'parse';
  fraction: number;
}

export interface ParseSeriesFileOptions {
  options?: Omit<SeriesParseOptions, 'onProgress'>;
  onProgress?: (progress: SeriesParseProgress) => void;
  /** Aborting stops the worker at once; the promise then rejects with an AbortError. */
  signal?: AbortSignal;
  /** Starts the worker (tests pass a fake). */
  createWorker?: () => WorkerLike;
}

function startWorker(): WorkerLike {
  return new Worker(new URL('./series-parse.worker.ts', import.meta.url), { type: 'module', name: 'series-parse' }) as unknown as WorkerLike;
}

function abortError(): DOMException {
  return new DOMException('The series import was cancelled.', 'AbortError');
}

/**
 * Parses a series CSV file in a Web Worker (one worker per file, ended when done or cancelled).
 * A file over 200 MB is refused before anything is read: the result then carries
 * `fileIssue: { code: 'file.too-large' }` and no worker is started.
 */
export function parseSeriesFile(file: Blob, how: ParseSeriesFileOptions = {}): Promise<SeriesParseResult> {
  const { signal } = how;
  if (signal?.aborted) return Promise.reject(abortError());
  if (file.size > SERIES_FILE_MAX_BYTES) {
    return Promise.resolve(failedSeriesResult({ code: 'file.too-large', bytes: file.size, limit: SERIES_FILE_MAX_BYTES }));
  }
  return new Promise((resolve, reject) => {
    const worker = (how.createWorker ?? startWorker)();
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(abortError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (event) => {
      const message = event.data;
      if (message.type === 'progress') how.onProgress?.({ phase: message.phase, fraction: message.fraction });
      else {
        finish();
        if (message.type === 'done') resolve(message.result);
        else reject(new Error(`The series file could not be parsed: ${message.message}`));
      }
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(`The series parser stopped: ${event.message || 'worker error'}`));
    };
    worker.postMessage({ file, options: how.options ?? {} });
  });
}
