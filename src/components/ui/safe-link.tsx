import type { ReactNode } from 'react';
import { useT } from '../../i18n/use-t';

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
  const { t } = useT();
  if (!isHttp(href)) {
    return (
      <span className="unsafe-link" title={t('link.unsafeTitle')}>
        {children ?? href} {t('link.unsafeNote')}
      </span>
    );
  }
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children ?? href}
    </a>
  );
}
