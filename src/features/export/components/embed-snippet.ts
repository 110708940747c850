/** The message an embed with `autoheight=1` posts to its parent page (embed-view.tsx). */
export const EMBED_HEIGHT_MESSAGE = 'krw-event-lens:height';

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** `url` with `autoheight=1` added (the embed then takes its height from its width and says it). */
export function withAutoHeight(url: string): string {
  const u = new URL(url, 'http://x');
  u.searchParams.set('autoheight', '1');
  return url.startsWith('http') ? u.toString() : `${u.pathname}${u.search}${u.hash}`;
}

/**
 * The host page's listener: sets the height of the iframe that sent the message (from the
 * app's origin only, a height in pixels between 1 and 5,000).
 */
export function heightListener(origin: string): string {
  return [
    '<script>',
    "addEventListener('message', function (e) {",
    `  if (e.origin !== ${JSON.stringify(origin)} || !e.data || e.data.type !== '${EMBED_HEIGHT_MESSAGE}') return;`,
    "  var h = Number(e.data.height);",
    '  if (!(h > 0 && h <= 5000)) return;',
    "  document.querySelectorAll('iframe[data-krw-event-lens]').forEach(function (f) {",
    "    if (f.contentWindow === e.source) f.style.height = Math.ceil(h) + 'px';",
    '  });',
    '});',
    '</script>',
  ].join('\n');
}

/**
 * The embed code: an iframe of the view; with `autoHeight`, the embed's URL asks for
 * `autoheight=1` and the host-side listener follows, which sizes the iframe to the height it posts.
 */
export function embedSnippet(embedUrl: string, title: string, autoHeight: boolean): string {
  const src = autoHeight ? withAutoHeight(embedUrl) : embedUrl;
  const style = autoHeight ? 'border:0;width:100%;max-width:720px' : 'border:0';
  const frame = `<iframe src="${attr(src)}" width="720" height="360" style="${style}" loading="lazy" allow="fullscreen" title="${attr(title)}"${autoHeight ? ' data-krw-event-lens' : ''}></iframe>`;
  if (!autoHeight) return frame;
  return `${frame}\n${heightListener(new URL(embedUrl, 'http://x').origin)}`;
}
