import { memo, useDeferredValue, useEffect, useRef, useState } from 'react';
import { CategorySwatch } from '../../../components/ui/category-swatch';
import { useT } from '../../../i18n/use-t';
import { actorLabel } from '../../../i18n/labels';
import type { Theme } from '../../../lib/url-state';
import { formatCount } from '../../../lib/number-format';
import { eventDateText } from '../model/event-date';
import type { DatedEvent } from '../model/filter-events';
import { importanceMsg } from '../model/importance';
import { eventTitle } from '../model/localized';
import { LIST_MORE, LIST_STEP, shownEvents } from '../model/list-window';

interface Props {
  /** The events to list (see listedEvents: those in view, or all, and the selected one). */
  events: readonly DatedEvent[];
  /** All events, filtered or not. */
  total: number;
  /**
   * With the range known: how many events match the filters (`matching`) and how many of them are
   * in view (`inView`); the count line then reads "14 in view · 168 in all".
   */
  counts?: { inView: number; matching: number } | null;
  /** Lists every matching event (true) or those in view (false); with onListAll, a toggle sets it. */
  listAll?: boolean;
  onListAll?: (all: boolean) => void;
  /** The selected event's id when it is listed though out of view (it is marked so). */
  outsideId?: string | null;
  selectedId: string | null;
  theme: Theme;
  onSelect: (id: string) => void;
  /** Marks the user's own events with a "yours" badge. */
  isUser?: (id: string) => boolean;
  /** Last observation date (ISO) of the source shown: later events are marked "after this source's data". */
  dataEnd?: string | null;
}

const NONE: DatedEvent[] = [];

interface ItemProps {
  e: DatedEvent;
  selected: boolean;
  theme: Theme;
  yours: boolean;
  outside: boolean;
  dataEnd: string | null;
  onSelect: (id: string) => void;
}

function Item({ e, selected, theme, yours, outside, dataEnd, onSelect }: ItemProps) {
  const { t, lang } = useT();
  const itemClass = selected ? 'event-item selected' : 'event-item';
  const current = selected ? 'true' : undefined;
  return (
    <li>
      <button
        type="button"
        className={itemClass}
        data-list-event-id={e.id}
        aria-current={current}
        onClick={() => onSelect(e.id)}
      >
        <CategorySwatch category={e.category} theme={theme} />
        <span className="event-item-date">{eventDateText(e.date, lang)}</span>
        <span className="event-item-title">
          {eventTitle(e, lang)}
          {yours && (
            <>
              {' '}
              <span className="badge yours-badge">{t('events.yours')}</span>
            </>
          )}
          {outside && (
            <>
              {' '}
              <span className="badge outside-badge">{t('events.list.outside')}</span>
            </>
          )}
          {dataEnd && e.date > dataEnd && (
            <>
              {' '}
              <span className="badge after-data-badge" title={t('events.list.afterDataTitle', { date: eventDateText(dataEnd, lang) })}>
                {t('events.list.afterData')}
              </span>
            </>
          )}
        </span>
        <span className="event-item-actor muted small">
          {e.actor ? actorLabel(t, e.actor) : '—'} · <ImportanceBadge level={e.importance} />
        </span>
      </button>
    </li>
  );
}

/** The list-all toggle's class (not UI text). */
const toggleClass = (on: boolean) => (on ? 'seg on list-all' : 'seg list-all');



/** The count line: "14 in view · 168 in all" with the range known, else "168 events" / "40 of 180 events". */
function countText(t: ReturnType<typeof useT>['t'], listed: number, total: number, counts: Props['counts']): string {
  if (!counts) return listed === total ? t('events.list.count', { n: formatCount(total) }) : t('events.list.countOf', { shown: formatCount(listed), total: formatCount(total) });
  const inView = formatCount(counts.inView);
  return counts.matching === total
    ? t('events.list.inView', { inView, all: formatCount(total) })
    : t('events.list.inViewOf', { inView, all: formatCount(counts.matching), total: formatCount(total) });
}

export const EventList = memo(function EventList({ events: latest, total, counts, listAll = false, onListAll, outsideId, selectedId, theme, onSelect, isUser, dataEnd }: Props) {
  const { t } = useT();
  // The list renders in a deferred pass, so a long list never holds back the chart's first paint.
  const events = useDeferredValue(latest, NONE);
  // A long list renders its first LIST_STEP events (and the selected one); "Show more" adds more.
  const [limit, setLimit] = useState(LIST_STEP);
  const shown = shownEvents(events, limit, selectedId);
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
  const item = (e: DatedEvent) => (
    <Item key={e.id} e={e} selected={e.id === selectedId} theme={theme} yours={isUser?.(e.id) ?? false} outside={e.id === outsideId} dataEnd={dataEnd ?? null} onSelect={onSelect} />
  );
  return (
    <div className="event-list-wrap">
      <div className="event-count-line">
        <p className="event-count" aria-live="polite">
          {countText(t, latest.length, total, counts)}
        </p>
        {counts && onListAll && (
          <button type="button" className={toggleClass(listAll)} aria-pressed={listAll} onClick={() => onListAll(!listAll)}>
            {t('events.list.all')}
          </button>
        )}
      </div>
      {latest.length === 0 ? (
        <p className="muted">{counts && counts.matching > 0 ? t('events.list.noneInView') : t('events.list.none')}</p>
      ) : (
        <ol className="event-list" ref={listRef} aria-label={t('events.list.label')}>
          {shown.head.map(item)}
          {shown.selected && (
            <li className="event-list-gap muted small" aria-hidden="true">
              ⋯
            </li>
          )}
          {shown.selected && item(shown.selected)}
          {shown.hidden > 0 && (
            <li className="event-list-more small muted">
              {t('events.list.shownOf', { shown: formatCount(events.length - shown.hidden), total: formatCount(events.length) })}{' '}
              <button type="button" onClick={() => setLimit((n) => n + LIST_MORE)}>
                {t('events.list.more', { n: formatCount(Math.min(shown.hidden, LIST_MORE)) })}
              </button>
            </li>
          )}
        </ol>
      )}
    </div>
  );
});

/** Importance as three pips (filled to the level) and its word; "unrated" for an imported event without one. */
export function ImportanceBadge({ level }: { level: DatedEvent['importance'] }) {
  const { t, tm } = useT();
  const text = tm(importanceMsg({ importance: level }));
  const cls = `importance imp-${level ?? 'none'}`;
  return (
    <span className={cls} data-importance={level ?? ''} title={t('events.importance.title', { level: text })}>
      <span aria-hidden="true">{level ? '●'.repeat(level) + '○'.repeat(3 - level) : '○○○'}</span> {text}
    </span>
  );
}
