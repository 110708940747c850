import { useState } from 'react';
import { useT } from '../../../i18n/use-t';

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Copy link (the current URL state) and Embed (an iframe snippet for the current view). */
export function ShareActions({ url, embedUrl, title }: { url: string; embedUrl: string; title: string }) {
  const { t } = useT();
  const [copied, setCopied] = useState<string | null>(null);
  const [showEmbed, setShowEmbed] = useState(false);
  const snippet = `<iframe src="${embedUrl.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" width="720" height="360" style="border:0" loading="lazy" title="${title.replace(/"/g, '&quot;')}"></iframe>`;
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
      <button type="button" aria-expanded={showEmbed} onClick={() => setShowEmbed((v) => !v)}>
        {t('export.share.embed')}
      </button>
      {copied && (
        <span className="toast" role="status">
          {copied}
        </span>
      )}
      {showEmbed && (
        <div className="embed-dialog" role="dialog" aria-label={t('export.share.embedDialog')}>
          <p className="small">{t('export.share.embedHelp')}</p>
          <textarea aria-label={t('export.share.embedCode')} readOnly rows={3} value={snippet} onFocus={(e) => e.currentTarget.select()} />
          <div className="row">
            <button type="button" onClick={() => void copy(snippet, 'embed')}>
              {t('export.share.copyEmbed')}
            </button>
            <button type="button" onClick={() => setShowEmbed(false)}>
              {t('export.share.close')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
