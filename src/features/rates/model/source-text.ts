import type { SourceId } from '../../../config/series';
import { dateText } from '../../../i18n/date-text';
import type { Lang } from '../../../i18n/lang';
import type { MsgValue } from '../../../i18n/message';
import { DAY_MS, parseIsoDay } from '../../../lib/units';

/** A translator (useT's `t`; model code may not import the view's hook). */
export type Translate = (id: string, values?: Record<string, MsgValue>) => string;

/** An "as of" date (YYYY-MM-DD) as the UI writes it: 2024-11-29 · 2024.11.29. */
export function asOfText(asOf: string, lang: Lang): string {
  const day = parseIsoDay(asOf);
  return day === null ? asOf : dateText(day * DAY_MS, lang, 'short');
}

/** "Federal Reserve H.10, noon New York, as of 2024-11-29" (plus "cached" when it is), in the UI language. */
export function sourceLineWords(t: Translate, lang: Lang, source: SourceId, asOf: string, cached = false): string {
  const values = { name: t(`source.${source}`), fix: t(`fix.${source}`), date: asOfText(asOf, lang) };
  return t(cached ? 'rates.source.lineCached' : 'rates.source.line', values);
}

/** The other built-in source drawn beside the primary one (`compare=1`), when its figures are in. */
export interface ComparedSource {
  source: SourceId;
  asOf: string;
}

/** The source line, naming the compared source too ("; dashed: ECB reference rates, 14:15 Frankfurt, as of …"). */
export function sourcesWords(t: Translate, lang: Lang, source: SourceId, asOf: string, cached = false, compared?: ComparedSource | null): string {
  const main = sourceLineWords(t, lang, source, asOf, cached);
  return compared ? t('rates.source.compared', { main, other: sourceLineWords(t, lang, compared.source, compared.asOf) }) : main;
}
