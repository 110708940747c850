import type { WorkerLike } from '../../../lib/worker/worker-like';
import type { SeriesBundle } from '../model/series';
import type { SnapshotMessage, SnapshotRequest } from '../worker/snapshot-protocol';

export type SnapshotWorkerLike = WorkerLike<SnapshotRequest, SnapshotMessage>;

function startWorker(): SnapshotWorkerLike | null {
  if (typeof Worker === 'undefined') return null;
  return new Worker(new URL('../worker/snapshot.worker.ts', import.meta.url), { type: 'module', name: 'snapshot' }) as unknown as SnapshotWorkerLike;
}

let started = false;
let early: Promise<SeriesBundle | null> | null = null;

/**
 * Starts downloading and decoding the bundled snapshot in a Web Worker, from the page's first
 * script (boot.ts), while the main thread is still taking in the entry chunk: the chart's data is
 * then ready when the app asks for it, instead of being read (~30 ms) and decoded (~60 ms) on the
 * main thread after it. Resolves null where it could not (no Worker, the worker failed): the app
 * then loads the snapshot itself, as before, and reports any failure its own way.
 */
export function startEarlySnapshot(url: string, createWorker: () => SnapshotWorkerLike | null = startWorker): void {
  if (started) return;
  started = true;
  let worker: SnapshotWorkerLike | null;
  try {
    worker = createWorker();
  } catch {
    worker = null;
  }
  if (!worker) {
    early = Promise.resolve(null);
    return;
  }
  const w = worker;
  early = new Promise((resolve) => {
    w.onmessage = (event) => {
      w.terminate();
      resolve(event.data.type === 'done' ? event.data.bundle : null);
    };
    w.onerror = () => {
      w.terminate();
      resolve(null);
    };
    w.postMessage({ url });
  });
}

/**
 * The early snapshot's bundle as the worker made it (its series' meta are copies), once: a later
 * load (a retry, another query client) reads the snapshot itself. Null when none was started.
 */
export function takeEarlySnapshot(): Promise<SeriesBundle | null> | null {
  const p = early;
  early = null;
  return p;
}

/** For tests: forget any early snapshot, so that the next start starts one. */
export function resetEarlySnapshot(): void {
  started = false;
  early = null;
}
