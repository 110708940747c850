/** Events the list renders at first. */
export const LIST_STEP = 200;
/** Events each "Show more" adds. */
export const LIST_MORE = 1000;

export interface ShownEvents<E> {
  /** The first `limit` events, in list order. */
  head: E[];
  /** The selected event when it comes after them (rendered after a gap), else null. */
  selected: E | null;
  /** Events not rendered. */
  hidden: number;
}

/**
 * What the event list renders: its first `limit` events, and the selected one wherever it is,
 * so that a list of 30,000 events costs a few hundred elements, not 30,000. O(events).
 */
export function shownEvents<E extends { id: string }>(events: readonly E[], limit: number, selectedId: string | null): ShownEvents<E> {
  if (events.length <= limit) return { head: [...events], selected: null, hidden: 0 };
  const head = events.slice(0, limit);
  let selected: E | null = null;
  if (selectedId) {
    for (let i = limit; i < events.length; i++) {
      if (events[i].id === selectedId) {
        selected = events[i];
        break;
      }
    }
  }
  return { head, selected, hidden: events.length - limit - (selected ? 1 : 0) };
}

export interface ListedEvents<E> {
  /** What the list lists, in list order. */
  items: E[];
  /** How many of the events are in view (on the range, its ends included). */
  inView: number;
  /** The selected event's id when it is listed though out of view, else null. */
  outside: string | null;
}

/**
 * The events the list lists: those in view (`at` on [from, to]) — or every one with `all` or
 * before the range is known — and the selected event wherever it is, in its place. O(events).
 */
export function listedEvents<E extends { id: string; at: number }>(
  events: readonly E[],
  range: { from: number; to: number } | null,
  all: boolean,
  selectedId: string | null,
): ListedEvents<E> {
  if (!range) return { items: [...events], inView: events.length, outside: null };
  const items: E[] = [];
  let inView = 0;
  let outside: string | null = null;
  for (const e of events) {
    const shown = e.at >= range.from && e.at <= range.to;
    if (shown) inView++;
    const selected = e.id === selectedId;
    if (!shown && selected) outside = e.id;
    if (shown || all || selected) items.push(e);
  }
  return { items, inView, outside };
}
