import { DAY_MS } from '../lib/units';

/** A step of presenter mode through the filtered list. */
export type PresenterMove = 'next' | 'prev' | 'first' | 'last';

/** The keys of presenter mode: ← → and PageUp / PageDown step, Home / End jump, Esc leaves. */
export function presenterKey(key: string): PresenterMove | 'exit' | null {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'prev';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'exit';
    default:
      return null;
  }
}

/**
 * The index after `move` in a list of `length` items from `index`; it stays at the ends (no wrap:
 * a presenter who presses → on the last slide stays there). −1 for an empty list; an index
 * outside the list counts as before the first item.
 */
export function moveIndex(length: number, index: number, move: PresenterMove): number {
  if (length <= 0) return -1;
  const i = index >= 0 && index < length ? index : -1;
  switch (move) {
    case 'first':
      return 0;
    case 'last':
      return length - 1;
    case 'next':
      return i < 0 ? 0 : Math.min(length - 1, i + 1);
    case 'prev':
      return i < 0 ? 0 : Math.max(0, i - 1);
  }
}

/**
 * Where presenter mode starts: the selected event when the filtered list holds it, else the first
 * event of the list inside the visible range, else the first of the list; −1 for an empty list.
 */
export function startIndex(list: readonly { id: string; at: number }[], selectedId: string | null, range: { from: number; to: number } | null): number {
  if (!list.length) return -1;
  const sel = selectedId === null ? -1 : list.findIndex((e) => e.id === selectedId);
  if (sel >= 0) return sel;
  const inRange = range ? list.findIndex((e) => e.at >= range.from && e.at <= range.to) : -1;
  return inRange >= 0 ? inRange : 0;
}

/** Calendar days per trading day, to reach past the data's last observation (5 trading days a week). */
const CALENDAR_PER_TRADING = 7 / 5;

/**
 * The chart's range around an event at instant `at`: from the observation `win[0]` trading days
 * before its T0 (the first observation at or after `at`) to the one `win[1]` after, in the
 * instants `t` (sorted) of the shown series, with half a day of margin each side. Where the data
 * does not reach that far (or there is none), that side reaches `win` trading days as calendar days (× 7/5).
 */
export function eventWindow(t: ArrayLike<number>, at: number, win: readonly [number, number]): { from: number; to: number } {
  const n = t.length;
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (t[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  const t0 = lo; // n when every observation is before the event
  const a = t0 + win[0];
  const b = t0 + win[1];
  const margin = DAY_MS / 2;
  const from = n > 0 && a >= 0 && a < n ? t[a] : at + win[0] * CALENDAR_PER_TRADING * DAY_MS;
  const to = n > 0 && b < n && b >= 0 ? t[b] : at + win[1] * CALENDAR_PER_TRADING * DAY_MS;
  return { from: Math.min(from, at) - margin, to: Math.max(to, at) + margin };
}
