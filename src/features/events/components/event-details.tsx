import type { ReactNode } from 'react';
import { CATEGORY_INFO } from '../../../config/categories';
import { CategorySwatch } from '../../../components/ui/category-swatch';
import { SafeLink } from '../../../components/ui/safe-link';
import { actorLabel, categoryLabel, zoneLabel } from '../../../i18n/labels';
import { useT } from '../../../i18n/use-t';
import type { Theme } from '../../../lib/url-state';
import { eventDateText } from '../model/event-date';
import type { DatedEvent } from '../model/filter-events';
import { eventSummary, eventTitle } from '../model/localized';
import { ImportanceBadge } from './event-list';

interface Props {
  event: DatedEvent;
  theme: Theme;
  onPrev: () => void;
  onNext: () => void;
  /** Marks the user's own events with a "yours" badge. */
  isUser?: (id: string) => boolean;
  /** Controls for this event from elsewhere (Edit, Copy to your events), before the arrows. */
  actions?: ReactNode;
}

export function EventDetails({ event, theme, onPrev, onNext, isUser, actions }: Props) {
  const { t, lang } = useT();
  const cat = CATEGORY_INFO[event.category];
  const summary = eventSummary(event, lang);
  return (
    <section className="event-details" aria-label={t('events.details.label')}>
      <div className="event-details-head">
        <span className="badge category-badge" style={{ borderColor: cat.color[theme] }}>
          <CategorySwatch category={event.category} theme={theme} /> {categoryLabel(t, event.category)}
        </span>
        {isUser?.(event.id) && (
          <span className="badge yours-badge" title={t('events.yours.title')}>
            {t('events.yours')}
          </span>
        )}
        <span className="muted">
          {eventDateText(event.date, lang, 'long')} {event.time ? event.time : t('events.details.noTime')} · {zoneLabel(t, event.timezone)}
        </span>
        <span className="muted">· {event.actor ? actorLabel(t, event.actor) : '—'}</span>
        <span className="muted">
          · <ImportanceBadge level={event.importance} />
        </span>
        <span className="spacer" />
        {actions}
        <button type="button" onClick={onPrev} aria-label={t('events.details.prev')} title={t('events.details.prevTitle')}>
          ←
        </button>
        <button type="button" onClick={onNext} aria-label={t('events.details.next')} title={t('events.details.nextTitle')}>
          →
        </button>
      </div>
      <h2>{eventTitle(event, lang)}</h2>
      {summary && <p>{summary}</p>}
      <p className="small">
        {t('events.details.source')} {event.source_url ? <SafeLink href={event.source_url} /> : <span className="muted">{t('events.details.noSource')}</span>}
      </p>
      {event.tags && event.tags.length > 0 && <p className="muted small" translate="no">{t('events.details.tags', { tags: event.tags.join(', ') })}</p>}
    </section>
  );
}
