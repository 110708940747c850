import { isEcbFetchError } from './ecb-error';

/**
 * Retry policy for the ECB request (TanStack Query `retry` / `retryDelay`).
 * - Timeouts, network errors and 5xx: up to MAX_RETRIES more tries, with
 *   exponential backoff (base, 2×base, 4×base…) or the server's Retry-After.
 * - 429: the same, honouring Retry-After.
 * - Retry-After above RETRY_AFTER_CAP_MS: no retry; fall back at once.
 * - Other 4xx, "not found" (no rates), malformed or unexpected JSON: no retry
 *   (asking again would get the same answer).
 */
export const MAX_RETRIES = 3;
export const RETRY_AFTER_CAP_MS = 30_000;
export const RETRY_BASE_MS = 1_000;
const MAX_BACKOFF_MS = 8_000;

export function shouldRetryEcb(failureCount: number, error: Error): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  if (!isEcbFetchError(error)) return false;
  if (error.retryAfterMs !== null && error.retryAfterMs > RETRY_AFTER_CAP_MS) return false;
  switch (error.kind) {
    case 'timeout':
    case 'network':
    case 'rate-limited':
      return true;
    case 'http':
      return error.status !== null && error.status >= 500;
    default:
      return false;
  }
}

/** Delay before retry number `failureCount + 1` (failureCount starts at 0). */
export function ecbRetryDelay(failureCount: number, error: Error, baseMs: number = RETRY_BASE_MS): number {
  if (isEcbFetchError(error) && error.retryAfterMs !== null) return Math.min(error.retryAfterMs, RETRY_AFTER_CAP_MS);
  return Math.min(baseMs * 2 ** failureCount, Math.max(baseMs, MAX_BACKOFF_MS));
}
