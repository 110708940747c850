import type { WorkerLike } from '../../../lib/worker/worker-like';
import { readEventFileNow, type EventFileRead, type EventFileRequest } from './event-file-read';

export type EventWorkerMessage = { type: 'done'; read: EventFileRead } | { type: 'failed'; message: string };

/** The bits of a Worker the client uses (a fake one in tests). */
export type EventWorkerLike = WorkerLike<EventFileRequest, EventWorkerMessage>;

function startWorker(): EventWorkerLike | null {
  if (typeof Worker === 'undefined') return null;
  return new Worker(new URL('./event-file.worker.ts', import.meta.url), { type: 'module', name: 'event-file' }) as unknown as EventWorkerLike;
}

/**
 * Decodes and checks an events file in a Web Worker (one per file, ended when done): 50,000 rows
 * took 1.1–1.7 s of one main-thread task here. Where there is no Worker (jsdom) it runs in the page.
 * The file's bytes are transferred, not copied.
 */
export function readEventFile(request: EventFileRequest, createWorker: () => EventWorkerLike | null = startWorker): Promise<EventFileRead> {
  const worker = createWorker();
  if (!worker) return Promise.resolve().then(() => readEventFileNow(request));
  return new Promise((resolve, reject) => {
    worker.onmessage = (event) => {
      worker.terminate();
      if (event.data.type === 'done') resolve(event.data.read);
      else reject(new Error(event.data.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`The events file reader stopped: ${event.message || 'worker error'}`));
    };
    worker.postMessage(request, [request.bytes.buffer]);
  });
}
