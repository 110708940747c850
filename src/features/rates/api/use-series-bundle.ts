import type { SourceChoice } from '../../../config/series';
import type { SeriesBundle } from '../model/series';
import { useSnapshot } from './get-snapshot';

export interface SeriesBundleState {
  bundle: SeriesBundle | undefined;
  isLoading: boolean;
  error: Error | null;
  retry: () => void;
  /** Why the shown source differs from the one asked for, if it does. */
  notice: string | null;
  cached: boolean;
}

/**
 * The series to show for a source choice. For now only the bundled snapshot
 * exists; `ecb` and `auto` fall back to it (the ECB client lands separately).
 */
export function useSeriesBundle(choice: SourceChoice): SeriesBundleState {
  const snap = useSnapshot();
  return {
    bundle: snap.data,
    isLoading: snap.isPending,
    error: snap.error,
    retry: () => void snap.refetch(),
    notice: choice === 'ecb' ? 'Live ECB rates are not available yet; showing the bundled H.10 snapshot.' : null,
    cached: false,
  };
}
