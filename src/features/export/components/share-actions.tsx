import { useState } from 'react';

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
  const [copied, setCopied] = useState<string | null>(null);
  const [showEmbed, setShowEmbed] = useState(false);
  const snippet = `<iframe src="${embedUrl.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" width="720" height="360" style="border:0" loading="lazy" title="${title.replace(/"/g, '&quot;')}"></iframe>`;
  const copy = async (text: string, what: string) => {
    const ok = await copyText(text);
    setCopied(ok ? `${what} copied` : `Could not copy: select the text and copy it by hand`);
    if (!ok && what === 'Link') setShowEmbed(false);
    window.setTimeout(() => setCopied(null), 2500);
  };
  return (
    <>
      <button type="button" onClick={() => void copy(url, 'Link')}>
        Copy link
      </button>
      <button type="button" aria-expanded={showEmbed} onClick={() => setShowEmbed((v) => !v)}>
        Embed
      </button>
      {copied && (
        <span className="toast" role="status">
          {copied}
        </span>
      )}
      {showEmbed && (
        <div className="embed-dialog" role="dialog" aria-label="Embed this view">
          <p className="small">Paste this into a page or slide tool that accepts HTML. It shows this view, live, from 320×200 up.</p>
          <textarea aria-label="Embed code" readOnly rows={3} value={snippet} onFocus={(e) => e.currentTarget.select()} />
          <div className="row">
            <button type="button" onClick={() => void copy(snippet, 'Embed code')}>
              Copy embed code
            </button>
            <button type="button" onClick={() => setShowEmbed(false)}>
              Close
            </button>
          </div>
        </div>
      )}
    </>
  );
}
