import { isEcbFetchError, type EcbFailureKind } from './ecb-error';

/**
 * Why the basket could not be had (BasketState's `code`), for the view to word:
 * - `missing`: the deployment has no basket file (404, or a dev server's HTML page in its place);
 * - `network`: no answer at all (offline, DNS, CORS);
 * - `http`: an HTTP error status; `malformed`: not JSON; `invalid`: JSON, but not a basket (what
 *   and where is in the error's message);
 * - ECB only: `timeout`, `rate-limited` (HTTP 429), `empty` (Frankfurter has no rates).
 */
export type BasketErrorCode = 'missing' | EcbFailureKind;

export class BasketLoadError extends Error {
  readonly code: BasketErrorCode;
  constructor(code: BasketErrorCode, message: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'BasketLoadError';
    this.code = code;
  }
}

/** The code of any error a basket query can end with (an unexpected one counts as `invalid`). */
export function basketErrorCode(e: unknown): BasketErrorCode {
  if (e instanceof BasketLoadError) return e.code;
  if (isEcbFetchError(e)) return e.kind;
  return 'invalid';
}
