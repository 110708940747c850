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
  /** The value axis of each line, in `series`' order (the chart's own assignment). */
  axes: readonly ('left' | 'right')[];
  /** The span shown (UTC ms): the events inside it are labelled or numbered. */
  span: { from: number; to: number };
  /** The events shown on the chart (labels beside their markers, or numbers listed under the chart). */
  events: readonly Pick<DatedEvent, 'id' | 'date' | 'at' | 'category' | 'importance' | 'title' | 'summary' | 'title_ko' | 'summary_ko'>[];
  /** The day of the export (YYYY-MM-DD, UTC). */
  exportedOn: string;
}

/** A URL range end in the UI language: a date as dateText writes it; a UTC minute as it is. */
function rangeEndText(text: string, lang: Lang): string {
  return isoDateText(text, lang, 'short');
}

/**
 * The texts of the exported PNG/SVG (title, subtitle with the lines of each axis, legend, axis
 * titles, source line, the events' dates and titles) in the UI language, from the data and the
 * translator.
 */
export function chartImageMeta(input: ChartImageInput, t: T, lang: Lang): ChartImageMeta {
  const { series, range, source, events } = input;
  const labels = series.map((s) => lineLabelWords(t, s, series));
  const lines = labels.join(', ');
  const what = range ? t('export.image.range', { lines, from: rangeEndText(range.from, lang), to: rangeEndText(range.to, lang) }) : lines;
  const unitOf = series.map((s) => seriesUnit(t, s.meta));
  const lineUnits = (on: 'left' | 'right' | null) =>
    series
      .map((s, i) => (on === null || axisOf(i) === on ? t(s.compare ? 'export.image.lineUnitDashed' : 'export.image.lineUnit', { label: labels[i], unit: unitOf[i] }) : null))
      .filter((x): x is string => x !== null)
      .join('; ');
  const axisOf = (i: number) => input.axes[i] ?? 'left';
  const twoAxes = series.some((_, i) => axisOf(i) === 'right');
  // An axis' title: its lines grouped by unit ("USD/KRW · H.10, USD/KRW · ECB: KRW per 1 USD").
  const axisTitle = (on: 'left' | 'right') => {
    const byUnit = new Map<string, string[]>();
    series.forEach((_, i) => {
      if (axisOf(i) === on) byUnit.set(unitOf[i], [...(byUnit.get(unitOf[i]) ?? []), labels[i]]);
    });
    return [...byUnit].map(([unit, ls]) => t('export.image.axisTitle', { labels: ls.join(', '), unit })).join('; ');
  };
  const { from, to } = input.span;
  return {
    title: t('export.image.title', { what }),
    subtitle: twoAxes
      ? t('export.image.subtitleAxes', { left: lineUnits('left'), right: lineUnits('right') })
      : t('export.image.subtitle', { lines: lineUnits(null) }),
    legend: series.map((s, i) => ({ label: labels[i], colorVar: s.meta.colorVar, dashed: !!s.compare })),
    axisTitles: { left: series.length ? axisTitle('left') : '', right: twoAxes ? axisTitle('right') : null },
    source: source
      ? t('export.image.source', {
          sources: sourcesWords(t, lang, source.source, source.asOf, source.cached, source.compared),
          app: t('app.name'),
          date: rangeEndText(input.exportedOn, lang),
        })
      : '',
    span: { from, to },
    events: events
      .filter((e) => e.at >= from && e.at <= to)
      .map((e) => ({ id: e.id, at: e.at, date: rangeEndText(e.date, lang), title: eventTitle(e, lang), category: e.category, importance: e.importance ?? 2 })),
    notesHeading: t('export.image.notesHeading'),
    unlistedNote: (n) => t('export.image.unlisted', { n }),
  };
}
