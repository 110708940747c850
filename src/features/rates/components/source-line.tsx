import type { SourceId } from '../../../config/series';
import { currentLang, translate } from '../../../i18n/i18n';
import { dateText } from '../../../i18n/date-text';
import { sourceFix, sourceName } from '../../../i18n/labels';
import type { Lang } from '../../../i18n/lang';
import { msg } from '../../../i18n/message';
import { useT, type T } from '../../../i18n/use-t';
import { DAY_MS, parseIsoDay } from '../../../lib/units';

/** An "as of" date (YYYY-MM-DD) as the UI writes it: 2024-11-29 · 2024.11.29. */
export function asOfText(asOf: string, lang: Lang): string {
  const day = parseIsoDay(asOf);
  return day === null ? asOf : dateText(day * DAY_MS, lang, 'short');
}

/** "Federal Reserve H.10, noon New York, as of 2024-11-29" (plus "cached" when it is), in the UI language. */
export function sourceLineWords(t: T, lang: Lang, source: SourceId, asOf: string, cached = false): string {
  const values = { name: sourceName(t, source), fix: sourceFix(t, source), date: asOfText(asOf, lang) };
  return t(cached ? 'rates.source.lineCached' : 'rates.source.line', values);
}

/** The other built-in source drawn beside the primary one (`compare=1`), when its figures are in. */
export interface ComparedSource {
  source: SourceId;
  asOf: string;
}

/** The source line, naming the compared source too ("; dashed: ECB reference rates, 14:15 Frankfurt, as of …"). */
export function sourcesWords(t: T, lang: Lang, source: SourceId, asOf: string, cached = false, compared?: ComparedSource | null): string {
  const main = sourceLineWords(t, lang, source, asOf, cached);
  return compared ? t('rates.source.compared', { main, other: sourceLineWords(t, lang, compared.source, compared.asOf) }) : main;
}

/** The translator of the active language, for code outside a component. */
const activeT: T = (id, values) => translate(msg(id, values));

/**
 * sourcesWords in the active language (for code that has no translator at hand).
 * @deprecated Pass `t` and `lang` from useT() to sourcesWords.
 */
export function sourcesText(source: SourceId, asOf: string, cached = false, compared?: ComparedSource | null): string {
  return sourcesWords(activeT, currentLang(), source, asOf, cached, compared);
}

export function SourceLine({ source, asOf, cached, compared }: { source: SourceId; asOf: string; cached?: boolean; compared?: ComparedSource | null }) {
  const { t, lang } = useT();
  return (
    <p className="source-line" data-testid="source-line">
      {t('rates.source.label', { text: sourcesWords(t, lang, source, asOf, cached, compared) })}
    </p>
  );
}
