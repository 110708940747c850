import type { SourceId } from '../../../config/series';
import { currentLang, translate } from '../../../i18n/i18n';
import { msg } from '../../../i18n/message';
import { useT, type T } from '../../../i18n/use-t';
import { sourcesWords, type ComparedSource } from '../model/source-text';

export { asOfText, sourceLineWords, sourcesWords, type ComparedSource } from '../model/source-text';

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
