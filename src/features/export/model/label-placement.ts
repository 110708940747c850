import { hitsBand, type LineBand } from './line-band';

/**
 * Which events of the exported chart get a text label beside their marker, and where; the rest
 * get a number (listed under the chart). Greedy: the most important events first (then the
 * earliest), each in the first free slot of a few rows above the lines and below them, never
 * over the lines, another label or an obstacle. Pure: positions and widths in, boxes out.
 */
export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export interface LabelCandidate {
  id: string;
  /** The marker's x in the image. */
  x: number;
  /** The label's width in pixels (measured or estimated by the caller). */
  width: number;
  /** Higher is placed first (importance 3 = major). */
  priority: number;
}

export interface PlacementFrame {
  /** The plot area the labels must stay inside. */
  plot: { x: number; y: number; width: number; height: number };
  /** The height of one row of label text, with its gap. */
  rowHeight: number;
  /** Rows tried above the lines, and as many below them. */
  rows: number;
  /** Gap between a marker's line and its label. */
  gap: number;
  /** Markers closer than this share one column: only one of them gets a label (the others a number). */
  markerGap: number;
  /** Other texts already in the plot that a label must not cover. */
  obstacles?: readonly Box[];
}

export interface PlacedLabel {
  id: string;
  box: Box;
  /** `start`: the text begins right of the marker; `end`: it ends left of it. */
  anchor: 'start' | 'end';
}

export interface Placement {
  labelled: PlacedLabel[];
  /** The others, numbered 1… in the candidates' order (date order). */
  numbered: { id: string; n: number }[];
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** The row boxes tried for a label, nearest the plot's edges first: top row 0, bottom row 0, top row 1, … */
function rowSpans(frame: PlacementFrame): [number, number][] {
  const { plot, rowHeight, rows } = frame;
  const out: [number, number][] = [];
  const top = plot.y + 2;
  const bottom = plot.y + plot.height - 2;
  for (let r = 0; r < rows; r++) {
    const t0 = top + r * rowHeight;
    const b1 = bottom - r * rowHeight;
    if (t0 + rowHeight <= bottom) out.push([t0, t0 + rowHeight]);
    if (b1 - rowHeight >= top && b1 - rowHeight >= t0 + rowHeight) out.push([b1 - rowHeight, b1]);
  }
  return out;
}

/** Places labels for `candidates` (in date order) clear of the lines' `band`; see the module comment. */
export function placeLabels(candidates: readonly LabelCandidate[], band: LineBand | null, frame: PlacementFrame): Placement {
  const { plot, gap } = frame;
  const placed: PlacedLabel[] = [];
  const taken: Box[] = [...(frame.obstacles ?? [])];
  const labelledX: number[] = [];
  const spans = rowSpans(frame);
  const order = candidates.map((c, i) => ({ c, i })).sort((a, b) => b.c.priority - a.c.priority || a.i - b.i);
  for (const { c } of order) {
    if (labelledX.some((x) => Math.abs(x - c.x) < frame.markerGap)) continue;
    const sides: PlacedLabel['anchor'][] = ['start', 'end'];
    let found: PlacedLabel | null = null;
    for (const [y0, y1] of spans) {
      for (const anchor of sides) {
        const x0 = anchor === 'start' ? c.x + gap : c.x - gap - c.width;
        const box = { x0, x1: x0 + c.width, y0, y1 };
        if (box.x0 < plot.x || box.x1 > plot.x + plot.width) continue;
        if (taken.some((t) => overlaps(t, box))) continue;
        if (band && hitsBand(band, box)) continue;
        found = { id: c.id, box, anchor };
        break;
      }
      if (found) break;
    }
    if (!found) continue;
    placed.push(found);
    taken.push(found.box);
    labelledX.push(c.x);
  }
  const done = new Set(placed.map((p) => p.id));
  const numbered = candidates.filter((c) => !done.has(c.id)).map((c, i) => ({ id: c.id, n: i + 1 }));
  return { labelled: placed, numbered };
}

/**
 * Rows for the numbers' tags above the plot: each tag (centred on its marker's x, `width` wide) goes
 * in the first row where it clears the previous tag by `gap`; as many rows as needed (greedy
 * interval partitioning in x order, which uses the fewest rows).
 */
export function tagRows(tags: readonly { id: string; x: number; width: number }[], gap: number): { id: string; row: number; x0: number; x1: number }[] {
  const ends: number[] = [];
  const out: { id: string; row: number; x0: number; x1: number }[] = [];
  for (const t of [...tags].sort((a, b) => a.x - b.x)) {
    const x0 = t.x - t.width / 2;
    let row = ends.findIndex((end) => end + gap <= x0);
    if (row < 0) {
      row = ends.length;
      ends.push(0);
    }
    ends[row] = x0 + t.width;
    out.push({ id: t.id, row, x0, x1: x0 + t.width });
  }
  return out;
}
