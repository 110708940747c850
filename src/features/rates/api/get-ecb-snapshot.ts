import { queryOptions, useQuery } from '@tanstack/react-query';
import { checkEcbCacheRows, describeEcbCacheProblem } from '../model/ecb-cache-check';
import { ecbBundle } from '../model/ecb-parse';
import { parseEcbSnapshot } from '../model/ecb-snapshot';
import type { SeriesBundle } from '../model/series';
import { RatesLoadError } from './rates-error';

/**
 * The optional ECB snapshot written by `npm run data:update`, shipped beside the
 * H.10 one so an offline deployment can still show (older) ECB figures. Relative
 * to the document, like the H.10 snapshot.
 */
export const ECB_SNAPSHOT_URL = 'data/ecb-snapshot.json';

export interface EcbSnapshot {
  bundle: SeriesBundle;
  /** ISO instant the figures were fetched by data:update. */
  fetchedAt: string;
}

/** Null when the deployment carries no ECB snapshot (404, or a dev server's HTML fallback page). */
export async function getEcbSnapshot(signal?: AbortSignal): Promise<EcbSnapshot | null> {
  const res = await fetch(ECB_SNAPSHOT_URL, { signal });
  if (res.status === 404) return null;
  if (!res.ok) throw new RatesLoadError('ecb-snapshot-http', `The ECB snapshot (${ECB_SNAPSHOT_URL}) could not be loaded: HTTP ${res.status}.`, { status: res.status });
  if (/text\/html/i.test(res.headers.get('content-type') ?? '')) return null;
  let json: unknown;
  try {
    json = await res.json();
  } catch {
    throw new RatesLoadError('ecb-snapshot-json', `The ECB snapshot (${ECB_SNAPSHOT_URL}) is not valid JSON.`);
  }
  const { file, rows } = parseEcbSnapshot(json);
  const problem = checkEcbCacheRows(rows, file.fetchedAt, Date.now());
  if (problem) {
    const detail = describeEcbCacheProblem(problem);
    throw new RatesLoadError('ecb-snapshot-unusable', `The ECB snapshot (${ECB_SNAPSHOT_URL}) is not usable: ${detail}.`, { detail });
  }
  return { bundle: ecbBundle(rows), fetchedAt: file.fetchedAt };
}

export const ecbSnapshotQueryOptions = () =>
  queryOptions({
    queryKey: ['rates', 'ecb-snapshot'] as const,
    queryFn: ({ signal }) => getEcbSnapshot(signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
    networkMode: 'always',
  });

export function useEcbSnapshot(enabled: boolean) {
  return useQuery({ ...ecbSnapshotQueryOptions(), enabled });
}
