import type { Series } from '../features/rates/model/series';

const NONE: Series[] = [];

/** The browser's imported series as registry series (wired to the series store when it lands). */
export function useImportedSeries(): Series[] {
  return NONE;
}
