import { useCallback, useRef, useState } from 'react';
import { useDismiss } from '../../../components/ui/use-dismiss';
import { useT } from '../../../i18n/use-t';
import { embedSnippet } from './embed-snippet';

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

interface Props {
  url: string;
  embedUrl: string;
  /** The embed link that opens in presenter mode (`present=1`); the dialog offers it when given. */
  presentUrl?: string;
  title: string;
}

/** Copy link (the current URL state) and Embed (an iframe snippet for the current view). */
export function ShareActions({ url, embedUrl, presentUrl, title }: Props) {
  const { t } = useT();
  const [copied, setCopied] = useState<string | null>(null);
  const [showEmbed, setShowEmbed] = useState(false);
  const [autoHeight, setAutoHeight] = useState(false);
  const [presenter, setPresenter] = useState(false);
  const snippet = embedSnippet(presenter && presentUrl ? presentUrl : embedUrl, title, autoHeight);
  // The embed box closes on Esc and on a click outside; focus returns to the Embed button.
  const opener = useRef<HTMLButtonElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const closeEmbed = useCallback(() => setShowEmbed(false), []);
  useDismiss(showEmbed, closeEmbed, box, opener);
  const copy = async (text: string, what: 'link' | 'embed') => {
    const ok = await copyText(text);
    setCopied(t(ok ? `export.share.copied.${what}` : 'export.share.copyFailed'));
    if (!ok && what === 'link') setShowEmbed(false);
    window.setTimeout(() => setCopied(null), 2500);
  };
  return (
    <>
      <button type="button" onClick={() => void copy(url, 'link')}>
        {t('export.share.copyLink')}
      </button>
      <button ref={opener} type="button" aria-expanded={showEmbed} onClick={() => setShowEmbed((v) => !v)}>
        {t('export.share.embed')}
      </button>
      {copied && (
        <span className="toast" role="status">
          {copied}
        </span>
      )}
      {showEmbed && (
        <div ref={box} className="embed-dialog" role="dialog" aria-label={t('export.share.embedDialog')}>
          <p className="small">{t('export.share.embedHelp')}</p>
          {presentUrl && (
            <label className="inline-field small">
              <input type="checkbox" checked={presenter} onChange={(e) => setPresenter(e.currentTarget.checked)} />
              <span>{t('export.share.presenter')}</span>
            </label>
          )}
          <textarea aria-label={t('export.share.embedCode')} readOnly rows={autoHeight ? 8 : 3} value={snippet} onFocus={(e) => e.currentTarget.select()} />
          <label className="small">
            <input type="checkbox" checked={autoHeight} onChange={(e) => setAutoHeight(e.currentTarget.checked)} /> {t('export.share.autoHeight')}
          </label>
          <div className="row">
            <button type="button" onClick={() => void copy(snippet, 'embed')}>
              {t('export.share.copyEmbed')}
            </button>
            <button
              type="button"
              onClick={() => {
                setShowEmbed(false);
                opener.current?.focus();
              }}
            >
              {t('export.share.close')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
