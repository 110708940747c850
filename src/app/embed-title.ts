import { eventDateText } from '../features/events/model/event-date';
import { eventTitle } from '../features/events/model/localized';
import { lineLabelWords } from '../features/rates/model/line-label';
import { isoDateText } from '../i18n/date-text';
import type { Lang } from '../i18n/lang';
import { useT, type T } from '../i18n/use-t';
import type { Dashboard } from './use-dashboard';

/**
 * The embed's title: the selected event ("2016-01-06 · …"), else the pairs and the range shown,
 * its ends as the link writes them (`to` is the last day shown, not the instant after it).
 */
export function embedTitle(t: T, lang: Lang, d: Pick<Dashboard, 'selected' | 'series' | 'rangeIso'>): string {
  if (d.selected) return t('app.embed.titleEvent', { date: eventDateText(d.selected.date, lang, 'short'), title: eventTitle(d.selected, lang) });
  const main = d.series.filter((s) => !s.compare);
  const pairs = main.map((s) => lineLabelWords(t, s, main)).join(', ');
  if (!d.rangeIso) return pairs;
  return t('app.embed.titleRange', { pairs, from: isoDateText(d.rangeIso.from, lang, 'short'), to: isoDateText(d.rangeIso.to, lang, 'short') });
}

export function useEmbedTitle(d: Dashboard): string {
  const { t, lang } = useT();
  return embedTitle(t, lang, d);
}
