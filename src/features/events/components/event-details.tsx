import type { ReactNode } from 'react';
import { CATEGORY_INFO } from '../../../config/categories';
import { SafeLink } from '../../../components/ui/safe-link';
import type { Theme } from '../../../lib/url-state';
import type { DatedEvent } from '../model/filter-events';
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
  const cat = CATEGORY_INFO[event.category];
  return (
    <section className="event-details" aria-label="Selected event">
      <div className="event-details-head">
        <span className="badge" style={{ borderColor: cat.color[theme], color: cat.color[theme] }}>
          {cat.label}
        </span>
        {isUser?.(event.id) && (
          <span className="badge yours-badge" title="One of your own events (imported or added)">
            yours
          </span>
        )}
        <span className="muted">
          {event.date}
          {event.time ? ` ${event.time}` : ' (time not recorded)'} · {event.timezone}
        </span>
        <span className="muted">· {event.actor || '—'}</span>
        <span className="muted">
          · <ImportanceBadge level={event.importance} />
        </span>
        <span className="spacer" />
        {actions}
        <button type="button" onClick={onPrev} aria-label="Previous event" title="Previous event (←)">
          ←
        </button>
        <button type="button" onClick={onNext} aria-label="Next event" title="Next event (→)">
          →
        </button>
      </div>
      <h2>{event.title}</h2>
      {event.summary && <p>{event.summary}</p>}
      <p className="small">
        Source: {event.source_url ? <SafeLink href={event.source_url} /> : <span className="muted">none given</span>}
      </p>
      {event.tags && event.tags.length > 0 && <p className="muted small">Tags: {event.tags.join(', ')}</p>}
    </section>
  );
}
