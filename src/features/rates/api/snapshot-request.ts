import { parseSnapshot } from '../model/snapshot-codec';
import type { SeriesBundle } from '../model/series';
import { RatesLoadError } from './rates-error';

/** Relative to the document so dist/ works from any static path. */
export const SNAPSHOT_URL = 'data/h10-snapshot.json';

async function fetchSnapshot(signal?: AbortSignal): Promise<SeriesBundle> {
  const res = await fetch(SNAPSHOT_URL, { signal });
  if (!res.ok) throw new RatesLoadError('h10-http', `The bundled H.10 snapshot (${SNAPSHOT_URL}) could not be loaded: HTTP ${res.status}.`, { status: res.status });
  let json: unknown;
  try {
    json = await res.json();
  } catch {
    throw new RatesLoadError('h10-json', `The bundled H.10 snapshot (${SNAPSHOT_URL}) is not valid JSON.`);
  }
  return parseSnapshot(json);
}

let early: Promise<SeriesBundle> | null = null;

/**
 * The snapshot, asked for before React has loaded (the first frame, app/first-frame.ts): the
 * snapshot query's first `getSnapshot` takes this request over, so the file is read and decoded
 * once. No React here: this module is in the first frame's small chunk.
 */
export function requestSnapshotEarly(): Promise<SeriesBundle> {
  early ??= fetchSnapshot();
  return early;
}

/** The bundled H.10 snapshot, decoded; the first call takes over an early request. */
export function getSnapshot(signal?: AbortSignal): Promise<SeriesBundle> {
  const taken = early;
  early = null;
  return taken ?? fetchSnapshot(signal);
}
