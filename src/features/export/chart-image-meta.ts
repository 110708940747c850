import { isoDateText } from '../../i18n/date-text';
import { seriesUnit } from '../../i18n/labels';
import type { Lang } from '../../i18n/lang';
import type { T } from '../../i18n/use-t';
import type { DatedEvent } from '../events/model/filter-events';
import { eventTitle } from '../events/model/localized';
import { sourcesWords, type ComparedSource } from '../rates/model/source-text';
import type { SourceId } from '../../config/series';
import { lineLabelWords } from '../rates/model/line-label';
import type { Series } from '../rates/model/series';
import type { ChartImageMeta } from './chart-image';

/** What the exported image says, before it is put in words. */
export interface ChartImageInput {
  /** The lines shown, in their order. */
  series: readonly Series[];
  /** The range shown as the URL writes it (YYYY-MM-DD, or a UTC minute YYYY-MM-DDTHH:MMZ); null when there is none. */
  range: { from: string; to: string } | null;
  /** Where the figures come from; null before they are in (no source line then). */
  source: { source: SourceId; asOf: string; cached: boolean; compared?: ComparedSource | null } | null;
  /** The events in view (labels beside their markers). */
  events: readonly Pick<DatedEvent, 'id' | 'date' | 'title' | 'summary' | 'title_ko' | 'summary_ko'>[];
  /** A line's colour from its CSS custom property (the toolbar reads the page's computed style). */
  color: (colorVar: string) => string;
  /** The day of the export (YYYY-MM-DD, UTC). */
  exportedOn: string;
}

/** A URL range end in the UI language: a date as dateText writes it; a UTC minute as it is. */
function rangeEndText(text: string, lang: Lang): string {
  return isoDateText(text, lang, 'short');
}

/**
 * The texts of the exported PNG/SVG (title, subtitle, legend, source line, event labels) in the
 * UI language, from the data and the translator. English is what the image always said.
 */
export function chartImageMeta(input: ChartImageInput, t: T, lang: Lang): ChartImageMeta {
  const { series, range, source, events } = input;
  const labels = series.map((s) => lineLabelWords(t, s, series));
  const lines = labels.join(', ');
  const what = range ? t('export.image.range', { lines, from: rangeEndText(range.from, lang), to: rangeEndText(range.to, lang) }) : lines;
  const units = series
    .map((s, i) => t(s.compare ? 'export.image.lineUnitDashed' : 'export.image.lineUnit', { label: labels[i], unit: seriesUnit(t, s.meta) }))
    .join('; ');
  return {
    title: t('export.image.title', { what }),
    subtitle: t('export.image.subtitle', { lines: units }),
    legend: series.map((s, i) => ({ label: labels[i], color: input.color(s.meta.colorVar) })),
    source: source
      ? t('export.image.source', {
          sources: sourcesWords(t, lang, source.source, source.asOf, source.cached, source.compared),
          app: t('app.name'),
          date: rangeEndText(input.exportedOn, lang),
        })
      : '',
    eventLabels: new Map(events.map((e) => [e.id, `${rangeEndText(e.date, lang)} ${eventTitle(e, lang)}`])),
  };
}
