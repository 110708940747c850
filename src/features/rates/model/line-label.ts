import type { Series } from './series';
import { sourceShort } from './registry';
import type { Translate } from './source-text';

/**
 * What a line is called on the chart: the series' label, with its source's short name when the
 * same series is shown from more than one source (`USD/KRW · H.10` beside `USD/KRW · ECB`).
 */
export function lineLabel(s: Series, shown: readonly Series[]): string {
  const twice = shown.some((o) => o !== s && o.id === s.id);
  return twice ? `${s.meta.label} · ${sourceShort(s.source)}` : s.meta.label;
}

/** lineLabel in the UI language: a built-in pair's name from the catalog (원/달러 · USD/KRW), an imported series' own name. */
export function lineLabelWords(t: Translate, s: Series, shown: readonly Series[]): string {
  const twice = shown.some((o) => o !== s && o.id === s.id);
  const label = s.meta.builtIn ? t(`series.${s.meta.id}`) : s.meta.label;
  return twice ? t('rates.line.withSource', { label, source: sourceShort(s.source) }) : label;
}
