import { dateText, type DateStyle } from '../../../i18n/date-text';
import type { Lang } from '../../../i18n/lang';

/** A YYYY-MM-DD date (or the date of an ISO instant) in `lang`; text that is no date stays as it is. */
export function isoDateText(iso: string, lang: Lang, style: DateStyle = 'short'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return dateText(ms, lang, style) || iso;
}
