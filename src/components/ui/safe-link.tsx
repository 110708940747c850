import type { ReactNode } from 'react';

function isHttp(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/** A link only for http(s) URLs; anything else (javascript:, data:, junk) is shown as plain text. */
export function SafeLink({ href, children }: { href: string; children?: ReactNode }) {
  if (!isHttp(href)) {
    return (
      <span className="unsafe-link" title="Not an http(s) link: not made clickable">
        {children ?? href} (link not shown: not http/https)
      </span>
    );
  }
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children ?? href}
    </a>
  );
}
