import { queryOptions } from '@tanstack/react-query';
import type { BasketMemberSeries } from '../model/basket';
import { parseH10Basket } from '../model/basket-h10';
import { BasketLoadError } from './basket-error';

/** Written by scripts/build-snapshot.mjs beside the H.10 snapshot; relative to the document, like it. */
export const H10_BASKET_URL = 'data/h10-basket.json';

/** The H.10 basket file's members; a failure is a BasketLoadError with its code. */
export async function getH10Basket(signal?: AbortSignal): Promise<BasketMemberSeries[]> {
  let res: Response;
  try {
    res = await fetch(H10_BASKET_URL, { signal });
  } catch (e) {
    if (signal?.aborted) throw e; // cancelled by the caller: not a failure
    throw new BasketLoadError('network', `could not reach ${H10_BASKET_URL}: ${e instanceof Error ? e.message : String(e)}`, e);
  }
  if (res.status === 404) throw new BasketLoadError('missing', `${H10_BASKET_URL}: HTTP 404`);
  if (!res.ok) throw new BasketLoadError('http', `${H10_BASKET_URL}: HTTP ${res.status}`);
  // A dev server answers a file it does not have with its HTML page.
  if (/text\/html/i.test(res.headers.get('content-type') ?? '')) throw new BasketLoadError('missing', `${H10_BASKET_URL}: an HTML page, not the file`);
  let json: unknown;
  try {
    json = await res.json();
  } catch (e) {
    if (signal?.aborted) throw e;
    throw new BasketLoadError('malformed', `${H10_BASKET_URL} is not valid JSON`, e);
  }
  try {
    return parseH10Basket(json);
  } catch (e) {
    throw new BasketLoadError('invalid', `${H10_BASKET_URL}: ${e instanceof Error ? e.message : String(e)}`, e);
  }
}

export const h10BasketQueryOptions = () =>
  queryOptions({
    queryKey: ['rates', 'basket', 'snapshot'] as const,
    queryFn: ({ signal }) => getH10Basket(signal),
    staleTime: Infinity,
    gcTime: Infinity,
    // A bundled file: asking again at once gets the same answer.
    retry: false,
    // Offline, 'online' mode would pause (loading for ever); we want the failure and its code.
    networkMode: 'always',
  });
