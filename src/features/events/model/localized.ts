import type { Lang } from '../../../i18n/lang';
import type { KrwEvent } from './event-schema';

type Texts = Pick<KrwEvent, 'title' | 'summary' | 'title_ko' | 'summary_ko'>;

/** An event's title in the UI language: the Korean one in Korean when the event has it, else the English. */
export function eventTitle(e: Texts, lang: Lang): string {
  return lang === 'ko' && e.title_ko ? e.title_ko : e.title;
}

/** An event's summary in the UI language (as eventTitle). */
export function eventSummary(e: Texts, lang: Lang): string {
  return lang === 'ko' && e.summary_ko ? e.summary_ko : e.summary;
}
