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
