import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { SourceChoice, SourceId } from '../../../config/series';
import type { SeriesBundle } from '../model/series';
import { describeEcbFailure, isEcbFetchError, type EcbFailureKind } from './ecb-error';
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

/** What is shown instead of fresh ECB rates, for the notice. */
function fallbackLabel(origin: BundleOrigin, bundle: SeriesBundle, cachedAt: string | null): string {
  switch (origin) {
    case 'cache':
      return `showing ECB rates cached on ${cachedAt?.slice(0, 10)} (as of ${bundle.asOf})`;
    case 'ecb-snapshot':
      return `showing the bundled ECB snapshot (as of ${bundle.asOf})`;
    case 'live':
      return `still showing the ECB rates fetched earlier (as of ${bundle.asOf})`;
    default:
      return 'showing the bundled H.10 snapshot';
  }
}

/** At most ~300 characters, whatever the reason says. */
export function cacheNotice(why: string): string {
  const text = `The cached ECB rates were discarded: ${why}.`;
  return text.length > 300 ? `${text.slice(0, 298)}….` : text;
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

  const notices: string[] = [];
  if (wantEcb && cacheDiscarded) notices.push(cacheNotice(cacheDiscarded));
  if (failed && bundle && origin) {
    const what = describeEcbFailure(failed, retries, RETRY_AFTER_CAP_MS);
    notices.push(`Live ECB rates unavailable (${what}): ${fallbackLabel(origin, bundle, cachedAt)}.`);
  }
  const dropped = origin === 'live' && ecbData ? ecbData.dropped : 0;
  if (dropped > 0 && ecbData) {
    const s = dropped === 1 ? '' : 's';
    const were = dropped === 1 ? 'it was' : 'they were';
    const first = ecbData.issues[0] ?? '';
    notices.push(`The ECB answer had ${dropped} figure${s} or day${s} that could not be used; ${were} left out (first: ${first.length > 160 ? `${first.slice(0, 159)}…` : first}).`);
  }

  return {
    bundle,
    isLoading: !bundle && !error,
    error,
    retry: () => {
      if (wantEcb && ecb.isError) void ecb.refetch();
      if (h10.isError) void h10.refetch();
    },
    notice: notices.length ? notices.join('\n') : null,
    cached: origin === 'cache' || origin === 'ecb-snapshot',
    shownSource: bundle?.source,
    origin,
    cachedAt,
    failure,
    dropped,
  };
}
