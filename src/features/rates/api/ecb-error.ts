import { translate } from '../../../i18n/i18n';
import { msg, type Msg } from '../../../i18n/message';
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

/** A duration as the notices write it: 500 ms, 10 s, 1.5 s (10초 in Korean). */
function durationMsg(ms: number): Msg {
  if (ms < 1000) return msg('rates.unit.ms', { n: ms });
  const s = ms / 1000;
  return msg('rates.unit.s', { n: Number.isInteger(s) ? String(s) : s.toFixed(1) });
}

/** What failed, in a few words (a message for the view): "HTTP 503", "no answer within 10 s", … */
function ecbWhatMsg(error: Error): Msg {
  const e = isEcbFetchError(error) ? error : null;
  switch (e?.kind) {
    case 'timeout':
      return msg('rates.ecb.timeout', { time: durationMsg(e.timeoutMs ?? 0) });
    case 'network':
      return msg('rates.ecb.network');
    case 'http':
      return msg('rates.ecb.http', { status: String(e.status) });
    case 'rate-limited':
      return msg('rates.ecb.rateLimited');
    case 'malformed':
      return msg('rates.ecb.malformed');
    case 'empty':
      return msg('rates.ecb.empty');
    case 'invalid':
      return msg('rates.ecb.invalid', { detail: e.message });
    default:
      return msg('rates.ecb.other', { detail: error.message });
  }
}

/**
 * A short account of the failure for people, as a message, e.g. "HTTP 503, retried 3×" or
 * "no answer within 10 s, retried 3×". `retries` = how many times it was tried again.
 */
export function ecbFailureMsg(error: Error, retries: number, retryAfterCapMs?: number): Msg {
  const e = isEcbFetchError(error) ? error : null;
  let out = ecbWhatMsg(error);
  if (retries > 0) out = msg('rates.ecb.retried', { what: out, n: retries });
  if (e?.retryAfterMs != null && retryAfterCapMs !== undefined && e.retryAfterMs > retryAfterCapMs) {
    out = msg('rates.ecb.wait', { what: out, time: durationMsg(e.retryAfterMs) });
  }
  return out;
}

/**
 * ecbFailureMsg in the active language (English in tests and logs).
 * @deprecated Views translate ecbFailureMsg.
 */
export function describeEcbFailure(error: Error, retries: number, retryAfterCapMs?: number): string {
  return translate(ecbFailureMsg(error, retries, retryAfterCapMs));
}
