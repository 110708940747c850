import type { MouseEvent } from 'react';
import { useT } from '../i18n/use-t';

/** The page's regions, by the ids full-view gives them, in the page's order. */
const REGIONS = [
  { id: 'chart', label: 'app.skip.chart' },
  { id: 'events', label: 'app.skip.events' },
  { id: 'reactions', label: 'app.skip.reactions' },
  { id: 'study', label: 'app.skip.study' },
] as const;

/**
 * Links to each region at the top of the page, hidden until one has the keyboard focus. A link
 * moves the focus into its region (the next Tab goes on from there) and leaves the URL as it is:
 * a `#fragment` would ride along in every copied link.
 */
export function SkipLinks() {
  const { t } = useT();
  const go = (e: MouseEvent<HTMLAnchorElement>, id: string) => {
    const target = document.getElementById(id);
    if (!target) return;
    e.preventDefault();
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'start' });
  };
  return (
    <nav className="skip-links" aria-label={t('app.skip.label')}>
      {REGIONS.map((r) => (
        <a key={r.id} href={`#${r.id}`} className="skip-link" onClick={(e) => go(e, r.id)}>
          {t(r.label)}
        </a>
      ))}
    </nav>
  );
}
