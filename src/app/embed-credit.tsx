import type { ReactNode } from 'react';
import type { SourceId } from '../config/series';
import { sourceShort } from '../features/rates/model/registry';
import { asOfText, sourcesWords, type ComparedSource } from '../features/rates/components/source-line';
import { sourceFix, sourceName } from '../i18n/labels';
import { useT } from '../i18n/use-t';

interface Props {
  source: SourceId;
  asOf: string;
  cached: boolean;
  compared: ComparedSource | null;
  fullHref: string;
  /** After the link (the embed's ⋯ menu). */
  extra?: ReactNode;
}

/**
 * The embed's foot: the source and the as-of date, always whole, and a link to the full view.
 * A narrow frame gets the source's short name (H.10, ECB) rather than losing the date: both
 * names are in the markup and the embed's container width picks one (styles in embed.css).
 * The whole source line is the tooltip.
 */
export function EmbedCredit({ source, asOf, cached, compared, fullHref, extra }: Props) {
  const { t, lang } = useT();
  const full = sourcesWords(t, lang, source, asOf, cached, compared);
  const longName = compared
    ? t('app.embed.sourceCompared', { main: `${sourceName(t, source)}, ${sourceFix(t, source)}`, other: sourceName(t, compared.source) })
    : `${sourceName(t, source)}, ${sourceFix(t, source)}`;
  const shortName = compared ? t('app.embed.sourceCompared', { main: sourceShort(source), other: sourceShort(compared.source) }) : sourceShort(source);
  return (
    <div className="embed-foot" data-testid="source-line" title={t('rates.source.label', { text: full })}>
      <span className="embed-source">
        <span className="embed-source-long">{t('app.embed.source', { name: longName })}</span>
        <span className="embed-source-short">{t('app.embed.source', { name: shortName })}</span>
      </span>
      <span className="embed-asof">{t(cached ? 'app.embed.asOfCached' : 'app.embed.asOf', { date: asOfText(asOf, lang) })}</span>
      <a className="open-full" href={fullHref} target="_top">
        {t('app.openFull')}
      </a>
      {extra}
    </div>
  );
}
