import { useMemo } from 'react';
import type { SeriesId } from '../config/series';
import type { SeriesBundle } from '../features/rates/model/series';
import { useImportedSeries } from './imported-series';
import { shownSeries, type ShownSeries } from './shown-series-model';

export { shownSeries, type ShownSeries } from './shown-series-model';

export function useShownSeries(bundle: SeriesBundle | undefined, compare: SeriesBundle | undefined, ids: readonly SeriesId[]): ShownSeries {
  const imported = useImportedSeries();
  return useMemo(() => shownSeries(bundle, compare, ids, imported), [bundle, compare, ids, imported]);
}
