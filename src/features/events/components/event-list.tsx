import { memo, useDeferredValue, useEffect, useRef } from 'react';
import { CATEGORY_INFO } from '../../../config/categories';
import type { Theme } from '../../../lib/url-state';
import type { DatedEvent } from '../model/filter-events';

interface Props {
  events: readonly DatedEvent[];
  total: number;
  selectedId: string | null;
  theme: Theme;
  onSelect: (id: string) => void;
  /** Marks the user's own events with a "yours" badge. */
  isUser?: (id: string) => boolean;
}

const NONE: DatedEvent[] = [];

export const EventList = memo(function EventList({ events: latest, total, selectedId, theme, onSelect, isUser }: Props) {
  // The list renders in a deferred pass, so a long list never holds back the chart's first paint.
  const events = useDeferredValue(latest, NONE);
  const listRef = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (!selectedId) return;
    const el = listRef.current?.querySelector<HTMLElement>(`[data-list-event-id="${CSS.escape(selectedId)}"]`);
    const list = listRef.current;
    if (!el || !list) return;
    // Scroll the list only (scrollIntoView would also scroll the page).
    const lr = list.getBoundingClientRect();
    const er = el.getBoundingClientRect();
    if (er.top < lr.top || er.bottom > lr.bottom) list.scrollTop += er.top - lr.top - lr.height / 2 + er.height / 2;
  }, [selectedId, events.length]);
  return (
    <div className="event-list-wrap">
      <p className="event-count" aria-live="polite">
        {latest.length === total ? `${total} events` : `${latest.length} of ${total} events`}
      </p>
      {latest.length === 0 ? (
        <p className="muted">No event matches these filters.</p>
      ) : (
        <ol className="event-list" ref={listRef} aria-label="Events">
          {events.map((e) => (
            <li key={e.id}>
              <button
                type="button"
                className={e.id === selectedId ? 'event-item selected' : 'event-item'}
                data-list-event-id={e.id}
                aria-current={e.id === selectedId ? 'true' : undefined}
                onClick={() => onSelect(e.id)}
              >
                <span className="swatch" style={{ background: CATEGORY_INFO[e.category].color[theme] }} />
                <span className="event-item-date">{e.date}</span>
                <span className="event-item-title">
                  {e.title}
                  {isUser?.(e.id) && <> <span className="badge yours-badge">yours</span></>}
                </span>
                <span className="event-item-actor muted small">{e.actor || '—'}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
});
