import { isoDateText } from '../../../i18n/date-text';
import type { Lang } from '../../../i18n/lang';

/**
 * An event's date (YYYY-MM-DD) as the UI writes it: `short` 2016-01-06 · 2016.01.06 (lists),
 * `long` 2016-01-06 · 2016년 1월 6일 (the selected event; English keeps the ISO date it always showed).
 */
export function eventDateText(date: string, lang: Lang, style: 'short' | 'long' = 'short'): string {
  return isoDateText(date, lang, lang === 'en' ? 'short' : style);
}
