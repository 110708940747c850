// The Frankfurter request itself, without TanStack Query, React or Zod: the page's entry
// (app/first-frame.ts) sends it before the app's chunk has loaded (requestEcbEarly), and the ECB
// query's first try takes that request over (get-ecb-rates.ts).
import { ECB_SYMBOLS } from '../model/ecb-symbols';
import { EcbFetchError, parseRetryAfter } from './ecb-error';

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

export function ecbHistoryUrl(base: string = FRANKFURTER_BASE): string {
  return `${base}/v1/${ECB_HISTORY_START}..?base=USD&symbols=${ECB_SYMBOLS.join(',')}`;
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

let early: Promise<unknown> | null = null;

/**
 * Asks Frankfurter for the whole history now, from the page's entry, for a link on live rates
 * without cached ones (first-frame.ts): the app's chunk, which would ask at its start, loads and
 * runs for ~150 ms more. The ECB query's first try takes this request over (takeEcbEarly).
 */
export function requestEcbEarly(): void {
  if (early) return;
  early = fetchFrankfurterJson(ecbHistoryUrl());
  // Not left unhandled meanwhile: the query that takes it over reads its failure.
  early.catch(() => undefined);
}

/** The early request, once (the query's first try); null when there is none, or it was taken. */
export function takeEcbEarly(): Promise<unknown> | null {
  const taken = early;
  early = null;
  return taken;
}
