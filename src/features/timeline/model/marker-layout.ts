import type { EpochDay } from '../../../lib/units';

export interface MarkerInput {
  id: string;
  day: number;
}

export interface MarkerGroup {
  /** Pixel x inside the plot area (0 = left edge of the plot). */
  x: number;
  ids: string[];
  /** First and last day the group covers (for zooming into a cluster). */
  fromDay: number;
  toDay: number;
}

/**
 * Places event markers on a plot of `width` px for the domain [from, to] and
 * merges markers closer than `minGapPx` into clusters (greedy, left to right,
 * a cluster sits at the mean x of its members). Events outside the domain are
 * left out. Input need not be sorted.
 */
export function layoutMarkers(
  events: readonly MarkerInput[],
  from: EpochDay,
  to: EpochDay,
  width: number,
  minGapPx = 12,
): MarkerGroup[] {
  const span = Math.max(1, to - from);
  const inView = events
    .filter((e) => e.day >= from && e.day <= to)
    .map((e) => ({ id: e.id, day: e.day, x: ((e.day - from) / span) * width }))
    .sort((a, b) => a.x - b.x || (a.id < b.id ? -1 : 1));
  const groups: MarkerGroup[] = [];
  let cur: { xs: number[]; ids: string[]; first: number; last: number; startX: number } | null = null;
  const flush = () => {
    if (!cur) return;
    const x = cur.xs.reduce((a, b) => a + b, 0) / cur.xs.length;
    groups.push({ x, ids: cur.ids, fromDay: cur.first, toDay: cur.last });
  };
  for (const e of inView) {
    if (cur && e.x - cur.startX < minGapPx) {
      cur.xs.push(e.x);
      cur.ids.push(e.id);
      cur.last = e.day;
    } else {
      flush();
      cur = { xs: [e.x], ids: [e.id], first: e.day, last: e.day, startX: e.x };
    }
  }
  flush();
  return groups;
}

/**
 * layoutMarkers, with the selected event kept out of any cluster and placed
 * last (drawn on top), so a selection is always visible on its own.
 */
export function layoutWithSelected(
  events: readonly MarkerInput[],
  selectedId: string | null,
  from: EpochDay,
  to: EpochDay,
  width: number,
  minGapPx = 12,
): MarkerGroup[] {
  const rest = events.filter((e) => e.id !== selectedId);
  const out = layoutMarkers(rest, from, to, width, minGapPx);
  if (rest.length !== events.length) out.push(...layoutMarkers(events.filter((e) => e.id === selectedId), from, to, width));
  return out;
}

/** The range a click on a cluster zooms to: its days with 60 % of its span (at least 3 days) either side. */
export function clusterZoomRange(g: MarkerGroup): [number, number] {
  const pad = Math.max(3, Math.ceil((g.toDay - g.fromDay) * 0.6));
  return [g.fromDay - pad, g.toDay + pad];
}

/** A cluster's badge text: its count, or thousands as "30k" (five digits do not fit the badge; its label has the count). */
export function clusterBadge(n: number): string {
  return n < 1000 ? String(n) : `${Math.floor(n / 1000)}k`;
}
