import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { SourceChoice, SourceId } from '../../../config/series';
import type { SeriesBundle } from '../model/series';
import { translate } from '../../../i18n/i18n';
import { msg, type Msg } from '../../../i18n/message';
import { ecbFailureMsg, isEcbFetchError, type EcbFailureKind } from './ecb-error';
import { RETRY_AFTER_CAP_MS } from './ecb-retry';
import { useEcbRates, type EcbOptions } from './get-ecb-rates';
import { useEcbSnapshot } from './get-ecb-snapshot';
import { snapshotQueryOptions } from './get-snapshot';

/** Where the shown figures come from. */
export type BundleOrigin =
  | 'live' // ECB, fetched from Frankfurter in this session
  | 'cache' // ECB, from this browser's cache of an earlier fetch
  | 'ecb-snapshot' // ECB, from data/ecb-snapshot.json shipped with the app
  | 'h10-snapshot'; // Federal Reserve H.10, bundled

export interface EcbFailure {
  kind: EcbFailureKind | 'other';
  status: number | null;
  /** The full error message (technical). */
  message: string;
  /** How many times the request was tried again before giving up. */
  retries: number;
}

export interface SeriesBundleState {
  bundle: SeriesBundle | undefined;
  isLoading: boolean;
  /** Only when nothing at all can be shown. */
  error: Error | null;
  retry: () => void;
  /**
   * What failed and what is shown instead, or what was left out of the ECB answer, one notice per line
   * (each within the notice length); null when all is well.
   */
  notice: string | null;
  /** The same notices as messages, for the view to translate (one per line of `notice`). */
  notices: Msg[];
  /** The figures are not live: from the browser cache or a shipped ECB snapshot ("cached, as of …"). */
  cached: boolean;
  /** The source of the shown figures (= bundle.source). */
  shownSource: SourceId | undefined;
  origin: BundleOrigin | null;
  /** ISO instant the shown ECB figures were fetched, when they are not live. */
  cachedAt: string | null;
  /** The last ECB failure, when the live request failed. */
  failure: EcbFailure | null;
  /** Figures or days the live ECB answer held that could not be used. */
  dropped: number;
}

export interface SeriesBundleOptions extends EcbOptions {
  /** False (the embed): nothing is written to storage; the ECB cache is still read. Default true. */
  persist?: boolean;
  /** `auto` only: show the fallback if ECB has not answered after this long (ms); ECB replaces it when it comes. */
  fallbackAfterMs?: number;
}
export const AUTO_FALLBACK_AFTER_MS = 3_000;

/** A date (YYYY-MM-DD) as a message: 2024-09-26 · 2024.09.26. */
export function isoDateMsg(iso: string | null | undefined): Msg {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  return m ? msg('rates.date', { y: m[1], m: m[2], d: m[3] }) : msg('rates.date.unknown');
}

/** What is shown instead of fresh ECB rates, for the notice. */
function fallbackMsg(origin: BundleOrigin, bundle: SeriesBundle, cachedAt: string | null): Msg {
  const asOf = isoDateMsg(bundle.asOf);
  switch (origin) {
    case 'cache':
      return msg('rates.fallback.cache', { cachedOn: isoDateMsg(cachedAt), asOf });
    case 'ecb-snapshot':
      return msg('rates.fallback.ecbSnapshot', { asOf });
    case 'live':
      return msg('rates.fallback.live', { asOf });
    default:
      return msg('rates.fallback.h10');
  }
}

/**
 * Said at once on the first failed try of the live ECB request (the fallback is shown meanwhile),
 * until the request answers or gives up: an info notice (the view takes it away when it is over).
 */
export const ECB_RETRYING_NOTICE: Msg = msg('rates.notice.retrying');

/** Longest reason kept in a notice: the whole notice stays within ~300 characters. */
const MAX_WHY = 260;

/** The cached ECB rates were discarded, and why (the reason, technical, at most MAX_WHY characters). */
export function cacheNotice(why: string): Msg {
  return msg('rates.notice.cacheDiscarded', { why: why.length > MAX_WHY ? `${why.slice(0, MAX_WHY - 1)}…` : why });
}

/** Some figures or days of the live answer were left out (`first`: the first, shortened). */
export function droppedNotice(n: number, first: string): Msg {
  return msg('rates.notice.dropped', { n, first: first.length > 160 ? `${first.slice(0, 159)}…` : first });
}

/**
 * The series to show for a source choice.
 * - `snapshot`: the bundled H.10 snapshot.
 * - `ecb` and `auto`: live ECB rates (one request for the whole history, cached
 *   in the browser). While the request is being retried, and when it finally
 *   fails, the best fallback is shown: the browser's cached ECB rates, else the
 *   shipped ECB snapshot (a missing one is quiet), else the H.10 snapshot; the
 *   notice says what failed and what is shown instead. `auto` also shows the
 *   fallback when ECB is slow to answer (AUTO_FALLBACK_AFTER_MS), and switches
 *   to ECB when it comes.
 */
export function useSeriesBundle(choice: SourceChoice, options: SeriesBundleOptions = {}): SeriesBundleState {
  const wantEcb = choice !== 'snapshot';
  const { query: ecb, cacheDiscarded } = useEcbRates(wantEcb, options, options.persist ?? true);
  const ecbData = wantEcb ? ecb.data : undefined;
  // `auto` does not keep the page empty on a slow network: after a grace period it shows the fallback.
  const [graceOver, setGraceOver] = useState(false);
  const waiting = choice === 'auto' && !ecbData && !ecb.isError;
  const graceMs = options.fallbackAfterMs ?? AUTO_FALLBACK_AFTER_MS;
  useEffect(() => {
    if (!waiting) return undefined;
    const t = setTimeout(() => setGraceOver(true), graceMs);
    return () => clearTimeout(t);
  }, [waiting, graceMs]);
  const ecbTrouble = wantEcb && !ecbData && (ecb.isError || ecb.failureCount > 0 || (choice === 'auto' && graceOver));
  const ecbSnap = useEcbSnapshot(ecbTrouble);
  const noEcbSnap = ecbSnap.isError || ecbSnap.data === null;
  const h10 = useQuery({ ...snapshotQueryOptions(), enabled: !wantEcb || (ecbTrouble && noEcbSnap), networkMode: 'always' });

  let bundle: SeriesBundle | undefined;
  let origin: BundleOrigin | null = null;
  let cachedAt: string | null = null;
  let error: Error | null = null;
  if (!wantEcb) {
    bundle = h10.data;
    origin = bundle ? 'h10-snapshot' : null;
    error = h10.error;
  } else if (ecbData) {
    bundle = ecbData.bundle;
    origin = ecbData.fromCache ? 'cache' : 'live';
    cachedAt = ecbData.fromCache ? ecbData.fetchedAt : null;
  } else if (ecbTrouble && ecbSnap.data) {
    bundle = ecbSnap.data.bundle;
    origin = 'ecb-snapshot';
    cachedAt = ecbSnap.data.fetchedAt;
  } else if (ecbTrouble && noEcbSnap) {
    bundle = h10.data;
    origin = bundle ? 'h10-snapshot' : null;
    error = ecb.isError ? h10.error : null;
  }

  const failed = wantEcb && ecb.isError ? ecb.error : null;
  const retries = Math.max(0, ecb.failureCount - 1);
  const failure: EcbFailure | null = failed
    ? {
        kind: isEcbFetchError(failed) ? failed.kind : 'other',
        status: isEcbFetchError(failed) ? failed.status : null,
        message: failed.message,
        retries,
      }
    : null;

  const notices: Msg[] = [];
  if (wantEcb && !ecbData && !ecb.isError && ecb.failureCount > 0) notices.push(ECB_RETRYING_NOTICE);
  if (wantEcb && cacheDiscarded) notices.push(cacheNotice(cacheDiscarded));
  if (failed && bundle && origin) {
    notices.push(msg('rates.notice.ecbUnavailable', { what: ecbFailureMsg(failed, retries, RETRY_AFTER_CAP_MS), fallback: fallbackMsg(origin, bundle, cachedAt) }));
  }
  const dropped = origin === 'live' && ecbData ? ecbData.dropped : 0;
  if (dropped > 0 && ecbData) notices.push(droppedNotice(dropped, ecbData.issues[0] ?? ''));

  return {
    bundle,
    isLoading: !bundle && !error,
    error,
    retry: () => {
      if (wantEcb && ecb.isError) void ecb.refetch();
      if (h10.isError) void h10.refetch();
    },
    // The notices in the active language, one per line (kept for code that reads words).
    notice: notices.length ? notices.map((n) => translate(n)).join('\n') : null,
    notices,
    cached: origin === 'cache' || origin === 'ecb-snapshot',
    shownSource: bundle?.source,
    origin,
    cachedAt,
    failure,
    dropped,
  };
}
