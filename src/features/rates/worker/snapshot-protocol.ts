import type { SeriesBundle } from '../model/series';

/** What the page sends the snapshot worker: the snapshot's absolute URL (a worker resolves URLs against its own script). */
export interface SnapshotRequest {
  url: string;
}

/** What the worker answers: the decoded bundle (its arrays transferred), or that it could not (the page then loads it itself). */
export type SnapshotMessage = { type: 'done'; bundle: SeriesBundle } | { type: 'failed'; reason: string };
