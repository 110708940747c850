import { DAY_MS, type UnixMs } from '../../../lib/units';

export interface MarkerInput {
  id: string;
  /** The event's place on the time axis (UTC ms). */
  at: number;
}

export interface MarkerGroup {
  /** Pixel x inside the plot area (0 = left edge of the plot). */
  x: number;
  ids: string[];
  /** First and last instant the group covers (for zooming into a cluster). */
  fromAt: number;
  toAt: number;
  /**
   * 1: the selected event's marker goes a row below the others (`MARKER_ROW_PX` lower), because a
   * marker or badge beside it would be covered (it is drawn on top); absent: the markers' row.
   */
  row?: 1;
}

/** A single marker's half width on the chart (px): its shape's largest radius. */
export const MARKER_HALF_WIDTH = 6;

/**
 * A single marker's radius (px) by importance: major events stand out, routine ones recede;
 * unrated as notable. The selected marker is drawn 1.5 px larger.
 */
export function markerRadius(importance: 1 | 2 | 3 | undefined, selected = false): number {
  return MARKER_HALF_WIDTH - (3 - (importance ?? 2)) + (selected ? 1.5 : 0);
}

/** The selected marker's half width: the largest it is drawn. */
const SELECTED_HALF_WIDTH = markerRadius(3, true);
/** How much lower the selected marker's row is, when it has one of its own (a three-character badge's 10.5 px and its 7.5, and 2). */
export const MARKER_ROW_PX = 20;

/** A cluster badge's radius (px) for `n` events: wider for a three-character count ("999", "30k"). */
export function clusterRadius(n: number): number {
  return MARKER_HALF_WIDTH + 2 + Math.max(0, clusterBadge(n).length - 2) * 2.5;
}

/** Half the width a group's marker or badge takes on the chart (px). */
const halfWidth = (n: number) => (n === 1 ? MARKER_HALF_WIDTH : clusterRadius(n));

/**
 * Places event markers on a plot of `width` px for the domain [from, to] and
 * merges markers closer than `minGapPx` into clusters (greedy, left to right,
 * a cluster sits at the mean x of its members). Events outside the domain are
 * left out. Input need not be sorted.
 *
 * No two placed groups overlap: neighbours whose centres are closer than `minGapPx`, or than
 * their half widths and a pixel (a badge of two digits is 16 px wide), are merged, again until
 * none is (a cluster's mean x moves when it grows). Badges that touched made their counts
 * unreadable ("11" and "16" side by side read "1116").
 */
export function layoutMarkers(
  events: readonly MarkerInput[],
  from: UnixMs,
  to: UnixMs,
  width: number,
  minGapPx = 12,
): MarkerGroup[] {
  const span = Math.max(1, to - from);
  const xOf = (at: number) => ((at - from) / span) * width;
  // x grows with the instant, so time order (ties by id) is x order. The events usually come sorted
  // (the app's are); a check costs one pass, and a sort is only made when they do not.
  let inView = events.filter((e) => e.at >= from && e.at <= to);
  const before = (a: MarkerInput, b: MarkerInput) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  for (let i = 1; i < inView.length; i++) {
    if (before(inView[i - 1], inView[i]) > 0) {
      inView = inView.sort(before);
      break;
    }
  }
  // Groups placed so far, left to right; a new one merges into the last while they overlap.
  const placed: { sumX: number; ids: string[]; first: number; last: number }[] = [];
  let cur: { sumX: number; ids: string[]; first: number; last: number; startX: number } | null = null;
  const flush = () => {
    if (!cur) return;
    let g = { sumX: cur.sumX, ids: cur.ids, first: cur.first, last: cur.last };
    for (let prev = placed.at(-1); prev; prev = placed.at(-1)) {
      const gap = g.sumX / g.ids.length - prev.sumX / prev.ids.length;
      if (gap >= Math.max(minGapPx, halfWidth(prev.ids.length) + halfWidth(g.ids.length) + 1)) break;
      placed.pop();
      g = { sumX: prev.sumX + g.sumX, ids: prev.ids.concat(g.ids), first: prev.first, last: g.last };
    }
    placed.push(g);
  };
  for (const e of inView) {
    const x = xOf(e.at);
    if (cur && x - cur.startX < minGapPx) {
      cur.sumX += x;
      cur.ids.push(e.id);
      cur.last = e.at;
    } else {
      flush();
      cur = { sumX: x, ids: [e.id], first: e.at, last: e.at, startX: x };
    }
  }
  flush();
  return placed.map((g) => ({ x: g.sumX / g.ids.length, ids: g.ids, fromAt: g.first, toAt: g.last }));
}

/**
 * layoutMarkers, with the selected event kept out of any cluster and placed
 * last (drawn on top), so a selection is always visible on its own. When it would
 * cover a marker or a badge beside it ("▲11" read "▲1"), it takes a row of its own
 * below them (`row: 1`), at its own x.
 */
export function layoutWithSelected(
  events: readonly MarkerInput[],
  selectedId: string | null,
  from: UnixMs,
  to: UnixMs,
  width: number,
  minGapPx = 12,
): MarkerGroup[] {
  const rest = events.filter((e) => e.id !== selectedId);
  const out = layoutMarkers(rest, from, to, width, minGapPx);
  if (rest.length === events.length) return out;
  const [sel] = layoutMarkers(events.filter((e) => e.id === selectedId), from, to, width);
  if (!sel) return out;
  const covers = out.some((g) => Math.abs(g.x - sel.x) < halfWidth(g.ids.length) + SELECTED_HALF_WIDTH + 1);
  out.push(covers ? { ...sel, row: 1 } : sel);
  return out;
}

/**
 * The range a click on a cluster zooms to: its span with 60 % of it either side, at least
 * `minPad` either side (3 days by default; the chart passes less when it already shows less).
 */
export function clusterZoomRange(g: MarkerGroup, minPad: number = 3 * DAY_MS): [number, number] {
  const pad = Math.max(minPad, (g.toAt - g.fromAt) * 0.6);
  return [g.fromAt - pad, g.toAt + pad];
}

/** A cluster's badge text: its count, or thousands as "30k" (five digits do not fit the badge; its label has the count). */
export function clusterBadge(n: number): string {
  return n < 1000 ? String(n) : `${Math.floor(n / 1000)}k`;
}
