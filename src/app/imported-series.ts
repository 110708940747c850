import { useDeferredValue, useMemo } from 'react';
import { importedMeta } from '../features/rates/model/registry';
import { makeInstantSeries, type Series } from '../features/rates/model/series';
import { SERIES_COLOR_VALUES } from '../features/user-data/model/series-meta';
import { useUserSeriesStore, type ImportedSeries } from '../features/user-data/store/user-series-store';
import '../features/user-data/components/series-colors.css';

// One registry series per stored series object (a rename or recolour makes a new object).
const made = new WeakMap<ImportedSeries, Series>();

/** A stored imported series as a registry series: its metadata (label, unit, colour, fix) and its instants. */
export function toSeries(stored: ImportedSeries): Series {
  let s = made.get(stored);
  if (!s) {
    const { meta } = stored;
    const registry = importedMeta({
      id: meta.id as `csv:${string}`,
      name: meta.name,
      unit: meta.unit,
      resolution: meta.resolution,
      fix: meta.fix,
      color: SERIES_COLOR_VALUES[meta.color],
      colorVar: `--series-${meta.color}`,
    });
    s = makeInstantSeries(registry, stored.instants, stored.values);
    made.set(stored, s);
  }
  return s;
}

/**
 * The browser's imported series (IndexedDB, loaded by the series controls) as registry series.
 * Taken through useDeferredValue: a store update renders synchronously (useSyncExternalStore), and
 * what a series of 1,000,000 bars brings with it (its instants, the study's returns, the chart's
 * text summary, the event study) made one task of 0.2–0.3 s; a deferred render yields between
 * the components that do that work.
 */
export function useImportedSeries(): Series[] {
  const stored = useDeferredValue(useUserSeriesStore((s) => s.series));
  return useMemo(() => stored.map(toSeries), [stored]);
}
