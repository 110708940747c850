import type { Series } from './series';
import { sourceShort } from './registry';

/**
 * What a line is called on the chart: the series' label, with its source's short name when the
 * same series is shown from more than one source (`USD/KRW · H.10` beside `USD/KRW · ECB`).
 */
export function lineLabel(s: Series, shown: readonly Series[]): string {
  const twice = shown.some((o) => o !== s && o.id === s.id);
  return twice ? `${s.meta.label} · ${sourceShort(s.source)}` : s.meta.label;
}
