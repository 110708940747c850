import { useQuery } from '@tanstack/react-query';
import type { SourceId } from '../../../config/series';
import type { SeriesBundle } from '../model/series';
import { useEcbRates } from './get-ecb-rates';
import { snapshotQueryOptions } from './get-snapshot';

export interface CompareBundle {
  /** The other built-in source's series, or undefined while loading, when off, or when it failed. */
  bundle: SeriesBundle | undefined;
  /** Why the other source cannot be shown (a short reason), or null. */
  failed: string | null;
}

/**
 * The built-in pairs from the other built-in source, for `compare=1`: H.10 beside ECB figures, or
 * ECB beside H.10. Nothing is fetched while `enabled` is false or the primary source is not known.
 * The ECB request is the same query (and browser cache) the primary source uses.
 */
export function useCompareBundle(primary: SourceId | undefined, enabled: boolean, persist: boolean): CompareBundle {
  const wantEcb = enabled && primary === 'snapshot';
  const wantH10 = enabled && primary === 'ecb';
  const { query: ecb } = useEcbRates(wantEcb, {}, persist);
  const h10 = useQuery({ ...snapshotQueryOptions(), enabled: wantH10, networkMode: 'always' });
  if (wantEcb) return { bundle: ecb.data?.bundle, failed: ecb.isError ? ecb.error.message : null };
  if (wantH10) return { bundle: h10.data, failed: h10.isError ? h10.error.message : null };
  return { bundle: undefined, failed: null };
}
