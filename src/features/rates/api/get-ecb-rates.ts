import { queryOptions, useQuery, type QueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ecbFreshForMs } from '../model/ecb-fix';
import { ECB_SYMBOLS, EcbDataError, ecbBundle, parseFrankfurter, type EcbRow } from '../model/ecb-parse';
import type { SeriesBundle } from '../model/series';
import { clearEcbCache, loadEcbCache, writeEcbCache } from './ecb-cache';
import { EcbFetchError, parseRetryAfter } from './ecb-error';
import { ecbRetryDelay, shouldRetryEcb } from './ecb-retry';

/**
 * ECB reference rates from the Frankfurter API, v1 time series:
 *   GET https://api.frankfurter.dev/v1/1999-01-04..?base=USD&symbols=KRW,JPY,CNY,EUR
 * The whole history in one request (open end = up to today), sliced locally:
 * zooming never asks again. v1 is used because its time-series answer is the
 * documented {"amount","base","start_date","end_date","rates":{date:{…}}} shape
 * and it serves only ECB figures.
 */
export const FRANKFURTER_BASE = 'https://api.frankfurter.dev';
export const ECB_HISTORY_START = '1999-01-04';
export const ECB_TIMEOUT_MS = 10_000;
export const ECB_SOURCE_NOTE = 'ECB euro foreign exchange reference rates via Frankfurter v1 (base=USD)';

export function ecbHistoryUrl(base: string = FRANKFURTER_BASE): string {
  return `${base}/v1/${ECB_HISTORY_START}..?base=USD&symbols=${ECB_SYMBOLS.join(',')}`;
}

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

async function request(url: string, timeoutMs: number, signal?: AbortSignal): Promise<{ res: Response; text: string }> {
  const ctrl = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    ctrl.abort();
  }, timeoutMs);
  const onAbort = () => ctrl.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const res = await fetch(url, { signal: ctrl.signal });
    // Only the body of a success or a 404 is of interest; read it within the same time limit.
    const text = res.ok || res.status === 404 ? await res.text() : '';
    return { res, text };
  } catch (e) {
    if (timedOut) throw new EcbFetchError('timeout', `no answer from ${url} within ${timeoutMs} ms`, { timeoutMs, cause: e });
    if (signal?.aborted) throw e; // cancelled by the caller: not a failure
    throw new EcbFetchError('network', `could not reach ${url}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

function isNotFound(text: string): boolean {
  try {
    const j = JSON.parse(text) as { message?: unknown };
    return j.message === 'not found';
  } catch {
    return false;
  }
}

/**
 * Asks Frankfurter and returns the answer's JSON; a failure is an EcbFetchError whose kind
 * (EcbFailureKind) the retry policy and the notices read. Shared by the pairs' request and the
 * study basket's (get-ecb-basket.ts).
 */
export async function fetchFrankfurterJson(url: string, timeoutMs: number = ECB_TIMEOUT_MS, signal?: AbortSignal): Promise<unknown> {
  const { res, text } = await request(url, timeoutMs, signal);
  if (!res.ok) {
    const retryAfterMs = parseRetryAfter(res.headers.get('retry-after'));
    if (res.status === 404 && isNotFound(text)) {
      throw new EcbFetchError('empty', 'Frankfurter has no ECB rates for the range', { status: 404 });
    }
    const kind = res.status === 429 ? 'rate-limited' : 'http';
    throw new EcbFetchError(kind, `Frankfurter answered HTTP ${res.status}`, { status: res.status, retryAfterMs });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new EcbFetchError('malformed', `the answer is not valid JSON (${text.length} characters)`, { cause: e });
  }
}

/** Fetches, classifies failures (see EcbFailureKind) and parses at the boundary. */
export async function fetchEcbRates(o: EcbOptions & { signal?: AbortSignal } = {}): Promise<EcbData> {
  const json = await fetchFrankfurterJson(ecbHistoryUrl(o.baseUrl), o.timeoutMs ?? ECB_TIMEOUT_MS, o.signal);
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
  void client.prefetchQuery({ ...ecbQueryOptions(), initialData: d, initialDataUpdatedAt: d ? Date.parse(d.fetchedAt) : undefined });
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
  const query = useQuery({ ...ecbQueryOptions(o), enabled, initialData: initial.data, initialDataUpdatedAt: initial.updatedAt });
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
