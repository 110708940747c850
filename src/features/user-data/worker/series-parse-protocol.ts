import type { SeriesParseOptions, SeriesParseResult } from '../model/series-csv-types';

/** Main thread → worker: parse this file (a File or Blob; it is read in the worker). */
export interface SeriesParseRequest {
  file: Blob;
  options: Omit<SeriesParseOptions, 'onProgress'>;
}

/** Worker → main thread: progress now and then, then the result (its typed arrays transferred). */
export type SeriesWorkerMessage =
  | { type: 'progress'; phase: 'read' | 'parse'; fraction: number }
  | { type: 'done'; result: SeriesParseResult }
  | { type: 'failed'; message: string };
