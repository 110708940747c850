import { parseSeriesCsv } from '../model/series-csv';
import { failedSeriesResult } from '../model/series-csv-failed';
import { SERIES_FILE_MAX_BYTES } from '../model/series-csv-types';
import type { SeriesParseRequest, SeriesWorkerMessage } from './series-parse-protocol';

export type Post = (message: SeriesWorkerMessage, transfer?: Transferable[]) => void;

/**
 * What the worker does with one request: refuses a file over SERIES_FILE_MAX_BYTES before reading
 * it, reads and decodes it (UTF-8; a byte-order mark is dropped), parses it with progress messages,
 * and posts the result with its typed arrays as transferables (no copy).
 */
export async function handleParseRequest(request: SeriesParseRequest, post: Post): Promise<void> {
  try {
    const { file, options } = request;
    if (file.size > SERIES_FILE_MAX_BYTES) {
      post({ type: 'done', result: failedSeriesResult({ code: 'file.too-large', bytes: file.size, limit: SERIES_FILE_MAX_BYTES }) });
      return;
    }
    post({ type: 'progress', phase: 'read', fraction: 0 });
    const text = new TextDecoder('utf-8').decode(new Uint8Array(await file.arrayBuffer()));
    const result = parseSeriesCsv(text, { ...options, onProgress: (fraction) => post({ type: 'progress', phase: 'parse', fraction }) });
    post({ type: 'done', result }, [result.instants.buffer, result.values.buffer]);
  } catch (e) {
    post({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
  }
}
