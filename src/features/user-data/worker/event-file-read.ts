import type { KrwEvent } from '../../events/model/event-schema';
import { decodeEventFile, type FileEncoding } from '../model/decode-event-file';
import { importEvents, type ImportResult } from '../model/import-events';

/** What Import events asks of a chosen file (sent to the worker; all of it structured-cloneable). */
export interface EventFileRequest {
  bytes: Uint8Array;
  fileName: string;
  /** The built-in events (an imported event never overwrites one). */
  builtIns: readonly KrwEvent[];
  /** Today's date (YYYY-MM-DD) for the accepted date range. */
  today: string;
}

/** The file decoded and checked, or the first line that is not text. */
export type EventFileRead = { ok: true; result: ImportResult; encoding: FileEncoding } | { ok: false; line: number };

/** Decodes and checks an events file: the work the worker does, also run in the page where there is no Worker. */
export function readEventFileNow({ bytes, fileName, builtIns, today }: EventFileRequest): EventFileRead {
  const decoded = decodeEventFile(bytes);
  if (!decoded.ok) return { ok: false, line: decoded.line };
  const result = importEvents(decoded.text, fileName, { builtIns: new Map(builtIns.map((e) => [e.id, e])), today });
  return { ok: true, result, encoding: decoded.encoding };
}
