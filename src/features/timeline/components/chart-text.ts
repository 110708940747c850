import { dateText, isoDateText } from '../../../i18n/date-text';
import type { Lang } from '../../../i18n/lang';
import { seriesUnit, type Labelled } from '../../../i18n/labels';
import type { T } from '../../../i18n/use-t';
import type { Series } from '../../rates/model/series';

/** What the common labels need of a series. */
export function labelledOf(s: Series): Labelled {
  return { id: s.id, label: s.meta.label, unit: s.meta.unit, builtIn: s.meta.builtIn };
}

/** A series' unit in the UI language (KRW per 1 USD · 1달러당 원). */
export function lineUnit(t: T, s: Series): string {
  return seriesUnit(t, labelledOf(s));
}

/**
 * A calendar date (an instant's UTC date) as the chart writes it: ISO `2024-12-03` in English
 * (as it always was), `2024년 12월 3일` in Korean.
 */
export function dayText(ms: number, lang: Lang): string {
  return dateText(ms, lang, lang === 'ko' ? 'long' : 'short');
}

/** An ISO date (YYYY-MM-DD) as dayText writes it; a date that does not parse is shown as it is. */
export function isoDayText(iso: string, lang: Lang): string {
  return lang === 'ko' ? isoDateText(iso, lang, 'long') : iso;
}

/** A date, or a UTC date and time (`2024-12-03 14:30 UTC` · `2024년 12월 3일 14:30 UTC`). */
export function instantText(ms: number, withTime: boolean, lang: Lang): string {
  const date = dayText(ms, lang);
  if (!withTime || !date) return date;
  return `${date} ${new Date(ms).toISOString().slice(11, 16)} UTC`;
}
