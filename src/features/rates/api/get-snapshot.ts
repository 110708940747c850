import { queryOptions, useQuery } from '@tanstack/react-query';
import { parseSnapshot } from '../model/snapshot-codec';
import type { SeriesBundle } from '../model/series';
import { RatesLoadError } from './rates-error';

/** Relative to the document so dist/ works from any static path. */
export const SNAPSHOT_URL = 'data/h10-snapshot.json';

export async function getSnapshot(signal?: AbortSignal): Promise<SeriesBundle> {
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

export const snapshotQueryOptions = () =>
  queryOptions({
    queryKey: ['rates', 'snapshot'] as const,
    queryFn: ({ signal }) => getSnapshot(signal),
    staleTime: Infinity,
    gcTime: Infinity,
  });

export function useSnapshot() {
  return useQuery(snapshotQueryOptions());
}
