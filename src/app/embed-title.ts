import { eventDateText } from '../features/events/model/event-date';
import { eventTitle } from '../features/events/model/localized';
import { lineLabelWords } from '../features/rates/model/line-label';
import { dateText } from '../i18n/date-text';
import { useT } from '../i18n/use-t';
import type { Dashboard } from './use-dashboard';

/** The embed's title: the selected event ("2016-01-06 · …"), else the pairs and the range shown. */
export function useEmbedTitle(d: Dashboard): string {
  const { t, lang } = useT();
  if (d.selected) return t('app.embed.titleEvent', { date: eventDateText(d.selected.date, lang, 'short'), title: eventTitle(d.selected, lang) });
  const main = d.series.filter((s) => !s.compare);
  const pairs = main.map((s) => lineLabelWords(t, s, main)).join(', ');
  if (!d.range) return pairs;
  return t('app.embed.titleRange', { pairs, from: dateText(d.range.from, lang, 'short'), to: dateText(d.range.to, lang, 'short') });
}
