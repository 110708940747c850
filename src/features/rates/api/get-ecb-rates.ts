import { hashKey, queryOptions, useQuery, type QueryClient, type QueryKey, type UseQueryResult } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ecbFreshForMs } from '../model/ecb-fix';
import { EcbDataError, ecbBundle, parseFrankfurter, type EcbRow } from '../model/ecb-parse';
import type { SeriesBundle } from '../model/series';
export { ECB_HISTORY_START, ECB_TIMEOUT_MS, FRANKFURTER_BASE, ecbHistoryUrl, fetchFrankfurterJson } from './ecb-request';
import { clearEcbCache, loadEcbCache, writeEcbCache } from './ecb-cache';
import { EcbFetchError } from './ecb-error';
import { ECB_TIMEOUT_MS, FRANKFURTER_BASE, ecbHistoryUrl, fetchFrankfurterJson, takeEcbEarly } from './ecb-request';
import { ecbSnapshotQueryOptions } from './get-ecb-snapshot';
import { snapshotQueryOptions } from './get-snapshot';
import { ecbRetryDelay, shouldRetryEcb } from './ecb-retry';

export const ECB_SOURCE_NOTE = 'ECB euro foreign exchange reference rates via Frankfurter v1 (base=USD)';

export interface EcbData {
  bundle: SeriesBundle;
  rows: EcbRow[];
  /** Figures or days left out of the answer, and why. */
  dropped: number;
  issues: string[];
  /** ISO instant the figures were fetched. */
  fetchedAt: string;
  /** True when read back from the browser cache rather than fetched in this session. */
  fromCache: boolean;
}

export interface EcbOptions {
  baseUrl?: string;
  timeoutMs?: number;
  /** First backoff step (ms); tests make it small. */
  retryBaseMs?: number;
}

/** Fetches, classifies failures (see EcbFailureKind) and parses at the boundary. */
export async function fetchEcbRates(o: EcbOptions & { signal?: AbortSignal } = {}): Promise<EcbData> {
  // The first try on the default API takes over the request the page's entry sent (ecb-request.ts).
  const early = o.baseUrl === undefined || o.baseUrl === FRANKFURTER_BASE ? takeEcbEarly() : null;
  const json = await (early ?? fetchFrankfurterJson(ecbHistoryUrl(o.baseUrl), o.timeoutMs ?? ECB_TIMEOUT_MS, o.signal));
  try {
    const parsed = parseFrankfurter(json);
    const fetchedAt = new Date().toISOString();
    return { ...parsed, bundle: ecbBundle(parsed.rows), fetchedAt, fromCache: false };
  } catch (e) {
    if (e instanceof EcbDataError) throw new EcbFetchError(e.kind, e.message, { cause: e });
    throw e;
  }
}

export const ecbQueryOptions = (o: EcbOptions = {}) =>
  queryOptions({
    queryKey: ['rates', 'ecb', o.baseUrl ?? FRANKFURTER_BASE] as const,
    queryFn: ({ signal }) => fetchEcbRates({ ...o, signal }),
    // Fresh until the next ECB fix is published (14:15 Frankfurt + publication lag); without
    // data there is nothing to keep (and no time-zone work for a query that is not even enabled).
    staleTime: (query) => (query.state.dataUpdatedAt ? ecbFreshForMs(query.state.dataUpdatedAt) : 0),
    gcTime: Infinity,
    retry: shouldRetryEcb,
    retryDelay: (failureCount, error) => ecbRetryDelay(failureCount, error, o.retryBaseMs),
    // Offline, 'online' mode would pause forever; we want the failure, to fall back.
    networkMode: 'always',
  });

/** The cached ECB data, or why a stored entry was discarded; nothing from the cache ever throws. */
function fromCache(): { data: EcbData | undefined; discarded: string | null } {
  const { entry, discarded } = loadEcbCache();
  if (!entry) return { data: undefined, discarded };
  try {
    const data = { rows: entry.rows, bundle: ecbBundle(entry.rows), dropped: 0, issues: [], fetchedAt: entry.fetchedAt, fromCache: true };
    return { data, discarded: null };
  } catch (e) {
    return { data: undefined, discarded: e instanceof Error ? e.message.slice(0, 160) : 'its rates could not be read' };
  }
}

/** The early start's read of the cache, for the hook to take over (read once, not twice). */
let earlyRead: ReturnType<typeof fromCache> | null = null;

/**
 * Starts the ECB query before React's first render (main.tsx, for a link on live rates), as
 * useEcbRates would start it: from the browser's cached rates, so a fresh cache asks nothing. The
 * first render waits for the built-in events, the language and the stored events; the live
 * request, the longest wait of such a link, no longer does. The hook finds the query under the same
 * key and takes over this read of the cache (and what it found wrong with it, for its notice).
 */
export function startEcbEarly(client: QueryClient): void {
  const read = (earlyRead = fromCache());
  const d = read.data;
  const options = ecbQueryOptions();
  if (!d) startFallbackOnFailure(client, options.queryKey);
  void client.prefetchQuery({ ...options, initialData: d, initialDataUpdatedAt: d ? Date.parse(d.fetchedAt) : undefined });
}

/**
 * On the live request's first failed try, asks for the fallbacks at once, as useSeriesBundle does
 * on its next render: the shipped ECB snapshot, and the bundled H.10 snapshot, the last fallback
 * (its file is preloaded by index.html; it is decoded now, not on every start). Offline, the first
 * render then finds the fallback settled and shows it, instead of a render without data, a request
 * and a second render.
 */
function startFallbackOnFailure(client: QueryClient, key: QueryKey): void {
  const hash = hashKey(key);
  const stop = client.getQueryCache().subscribe(({ query }) => {
    if (query.queryHash !== hash) return;
    if (query.state.data !== undefined) return stop();
    if (query.state.fetchFailureCount === 0) return;
    stop();
    void client.prefetchQuery(ecbSnapshotQueryOptions());
    void client.prefetchQuery(snapshotQueryOptions());
  });
}

function takeEarlyRead(): ReturnType<typeof fromCache> | null {
  const r = earlyRead;
  earlyRead = null;
  return r;
}

export interface EcbRates {
  query: UseQueryResult<EcbData, Error>;
  /** Why the browser's cached ECB rates were discarded at start (for a notice), or null. */
  cacheDiscarded: string | null;
}

/**
 * The ECB query. Starts from the browser cache when there is one (so a reload
 * offline still has ECB figures, and a fresh cache makes no request at all);
 * every fresh answer that would read back exactly is written back to the cache
 * (writeEcbCache). A cache that fails its checks is discarded (removed, unless
 * `persist` is false) and said. With `persist` false (the embed) nothing is written.
 */
export function useEcbRates(enabled: boolean, o: EcbOptions = {}, persist = true): EcbRates {
  const [initial] = useState(() => {
    let read: ReturnType<typeof fromCache> | undefined;
    const load = () => (read ??= takeEarlyRead() ?? fromCache());
    return {
      data: () => load().data,
      updatedAt: () => {
        const d = load().data;
        return d ? Date.parse(d.fetchedAt) : undefined;
      },
      discarded: () => read?.discarded ?? null,
    };
  });
  // A request that failed for good before the first render (the early start's) is not asked again
  // because a view mounted: the notices say it failed, and the retry button asks again.
  const query = useQuery({ ...ecbQueryOptions(o), enabled, initialData: initial.data, initialDataUpdatedAt: initial.updatedAt, retryOnMount: false });
  const cacheDiscarded = initial.discarded();
  const data = query.data;
  useEffect(() => {
    if (persist && cacheDiscarded) clearEcbCache();
  }, [persist, cacheDiscarded]);
  useEffect(() => {
    if (persist && data && !data.fromCache) writeEcbCache(data.rows, data.fetchedAt, ECB_SOURCE_NOTE);
  }, [data, persist]);
  return { query, cacheDiscarded };
}
