/**
 * What went wrong when asking Frankfurter for ECB rates, classified so the
 * retry policy and the notice can say something precise.
 */
export type EcbFailureKind =
  | 'timeout' // no answer within the time limit
  | 'network' // no connection (offline, DNS, CORS, reset)
  | 'http' // an HTTP error status (5xx, 4xx other than 429 and "not found")
  | 'rate-limited' // HTTP 429
  | 'malformed' // the body is not JSON
  | 'empty' // no rates for the range (Frankfurter: 404 {"message":"not found"}, or empty `rates`)
  | 'invalid'; // JSON, but not the expected answer (wrong base, wrong types, nothing usable)

export class EcbFetchError extends Error {
  readonly kind: EcbFailureKind;
  readonly status: number | null;
  /** Retry-After in ms when the server sent one we could read; null otherwise. */
  readonly retryAfterMs: number | null;
  /** The time limit, for timeouts. */
  readonly timeoutMs: number | null;

  constructor(
    kind: EcbFailureKind,
    message: string,
    extra: { status?: number; retryAfterMs?: number | null; timeoutMs?: number; cause?: unknown } = {},
  ) {
    super(message, extra.cause === undefined ? undefined : { cause: extra.cause });
    this.name = 'EcbFetchError';
    this.kind = kind;
    this.status = extra.status ?? null;
    this.retryAfterMs = extra.retryAfterMs ?? null;
    this.timeoutMs = extra.timeoutMs ?? null;
  }
}

export function isEcbFetchError(e: unknown): e is EcbFetchError {
  return e instanceof EcbFetchError;
}

/**
 * Retry-After as milliseconds: delta-seconds ("120") or an HTTP date. Null when
 * absent or unreadable (a cross-origin answer only exposes it if the server
 * lists it in Access-Control-Expose-Headers).
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (value === null) return null;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const t = Date.parse(v);
  if (!Number.isFinite(t)) return null;
  return Math.max(0, t - now);
}

function seconds(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}

/**
 * A short account of the failure for people, e.g. "HTTP 503, retried 3×" or
 * "no answer within 10 s, retried 3×". `retries` = how many times it was tried again.
 */
export function describeEcbFailure(error: Error, retries: number, retryAfterCapMs?: number): string {
  const e = isEcbFetchError(error) ? error : null;
  let what: string;
  switch (e?.kind) {
    case 'timeout':
      what = `no answer within ${seconds(e.timeoutMs ?? 0)}`;
      break;
    case 'network':
      what = 'network error';
      break;
    case 'http':
      what = `HTTP ${e.status}`;
      break;
    case 'rate-limited':
      what = `HTTP 429, too many requests`;
      break;
    case 'malformed':
      what = 'the answer was not valid JSON';
      break;
    case 'empty':
      what = 'the answer held no rates';
      break;
    case 'invalid':
      what = `unexpected answer: ${e.message}`;
      break;
    default:
      what = error.message;
  }
  const parts = [what];
  if (retries > 0) parts.push(`retried ${retries}×`);
  if (e?.retryAfterMs != null && retryAfterCapMs !== undefined && e.retryAfterMs > retryAfterCapMs) {
    parts.push(`asked to wait ${seconds(e.retryAfterMs)}`);
  }
  return parts.join(', ');
}
