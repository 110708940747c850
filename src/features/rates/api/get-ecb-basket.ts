import { queryOptions } from '@tanstack/react-query';
import { ECB_BASKET_SYMBOLS } from '../model/basket';
import { ecbFreshForMs } from '../model/ecb-fix';
import { EcbDataError } from '../model/ecb-parse';
import { parseFrankfurterBasket, type EcbBasketParsed } from '../model/ecb-basket-parse';
import { EcbFetchError } from './ecb-error';
import { ecbRetryDelay, shouldRetryEcb } from './ecb-retry';
import { ECB_HISTORY_START, ECB_TIMEOUT_MS, FRANKFURTER_BASE, fetchFrankfurterJson, type EcbOptions } from './get-ecb-rates';

/**
 * The study basket's ECB figures: a request of its own, made only after the chart's first paint,
 *   GET https://api.frankfurter.dev/v1/1999-01-04..?base=USD&symbols=JPY,CNY,SGD,THB,MYR,INR
 * rather than widening the pairs' request (which the chart waits for and the browser cache
 * stores): see the README, "The regional basket", for the measurement behind the choice.
 */
export function ecbBasketUrl(base: string = FRANKFURTER_BASE): string {
  return `${base}/v1/${ECB_HISTORY_START}..?base=USD&symbols=${Object.values(ECB_BASKET_SYMBOLS).join(',')}`;
}

/** Fetches and parses; every failure is an EcbFetchError (its kind is the basket's error code). */
export async function fetchEcbBasket(o: EcbOptions & { signal?: AbortSignal } = {}): Promise<EcbBasketParsed> {
  const json = await fetchFrankfurterJson(ecbBasketUrl(o.baseUrl), o.timeoutMs ?? ECB_TIMEOUT_MS, o.signal);
  try {
    return parseFrankfurterBasket(json);
  } catch (e) {
    if (e instanceof EcbDataError) throw new EcbFetchError(e.kind, e.message, { cause: e });
    throw e;
  }
}

export const ecbBasketQueryOptions = (o: EcbOptions = {}) =>
  queryOptions({
    queryKey: ['rates', 'basket', 'ecb', o.baseUrl ?? FRANKFURTER_BASE] as const,
    queryFn: ({ signal }) => fetchEcbBasket({ ...o, signal }),
    // As the pairs' ECB query: fresh until the next fix, retried on timeouts, network errors, 5xx and 429.
    staleTime: (query) => (query.state.dataUpdatedAt ? ecbFreshForMs(query.state.dataUpdatedAt) : 0),
    gcTime: Infinity,
    retry: shouldRetryEcb,
    retryDelay: (failureCount, error) => ecbRetryDelay(failureCount, error, o.retryBaseMs),
    networkMode: 'always',
  });
