import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PairId } from '../../../config/series';
import { builtInMeta } from '../model/registry';
import { parseSnapshot } from '../model/snapshot-codec';
import type { SeriesBundle } from '../model/series';
import { RatesLoadError } from './rates-error';
import { takeEarlySnapshot } from './snapshot-early';
import { SNAPSHOT_URL } from './snapshot-url';

export { SNAPSHOT_URL };

/** The registry's own meta objects (one per pair and source) in place of a worker's copies. */
function withSharedMeta(bundle: SeriesBundle): SeriesBundle {
  const series: SeriesBundle['series'] = {};
  for (const [pair, s] of Object.entries(bundle.series) as [PairId, NonNullable<SeriesBundle['series'][PairId]>][]) {
    series[pair] = { ...s, meta: builtInMeta(pair, 'snapshot') };
  }
  return { ...bundle, series };
}

/**
 * The bundled snapshot: the one the page's first script started decoding in a worker
 * (snapshot-early.ts) when there is one, else downloaded and decoded here — also where the worker
 * failed, so that a failure is reported as ever (a second request, on failure only).
 */
export async function getSnapshot(signal?: AbortSignal): Promise<SeriesBundle> {
  const early = await takeEarlySnapshot();
  if (early) return withSharedMeta(early);
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
