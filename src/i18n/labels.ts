import type { T } from './use-t';

/**
 * The words for names every area shows (categories, importance, the built-in pairs, their units,
 * sources and fixes), from the common catalog. A series the user imported keeps the name they gave.
 */
export function categoryLabel(t: T, category: string): string {
  return t(`category.${category}`);
}

export function importanceLabel(t: T, level: 1 | 2 | 3): string {
  return t(`importance.${level}`);
}

/** What a label needs of a series: its id, the stored label (an imported series' own name) and whether it is built in. */
export interface Labelled {
  id: string;
  label: string;
  unit: string;
  builtIn: boolean;
}

/** A series' name: 원/달러 · USD/KRW for a built-in pair; an imported series' own name. */
export function seriesLabel(t: T, s: Labelled): string {
  return s.builtIn ? t(`series.${s.id}`) : s.label;
}

/** A series' unit: "KRW per 1 USD" · "1달러당 원" for a built-in pair; an imported series' own unit. */
export function seriesUnit(t: T, s: Labelled): string {
  return s.builtIn ? t(`unit.${s.id}`) : s.unit;
}

/** A source's name (snapshot: Federal Reserve H.10, ecb: ECB reference rates, csv: Imported CSV). */
export function sourceName(t: T, source: string): string {
  return t(`source.${source}`);
}

/** A source's fix in words (noon New York · 뉴욕 정오). */
export function sourceFix(t: T, source: string): string {
  return t(`fix.${source}`);
}
