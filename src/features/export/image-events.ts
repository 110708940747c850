/**
 * The events in the chart image: a dot and a line at each event's instant, a text label beside
 * the events that fit clear of the lines (model/label-placement), a number above the others, and
 * the list of numbered events (number, date, title) under the chart.
 */
import { CATEGORY_INFO, type Category } from '../../config/categories';
import { markerPath } from '../../lib/chart/marker-shape';
import { el, textMeasure, type ImageTheme } from './image-dom';
import { lineBand, type LineBand } from './model/line-band';
import { placeLabels, tagRows, type Box, type Placement } from './model/label-placement';
import { fitText, wrapText } from './model/text-fit';

export interface ImageEvent {
  id: string;
  /** Its instant on the time axis (UTC ms). */
  at: number;
  /** Its date and title in the UI language. */
  date: string;
  title: string;
  category: Category;
  importance: 1 | 2 | 3;
}

export interface PlotRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const LABEL_FONT = 10;
const LABEL_ROW = 14;
const TAG_FONT = 9;
export const TAG_ROW = 12;
const NOTE_FONT = 10.5;
const NOTE_ROW = 15;

export interface EventLayout {
  /** Each event's x in the chart's own coordinates. */
  xs: Map<string, number>;
  placement: Placement;
  labels: Map<string, string>;
  tags: { id: string; n: number; row: number; x: number; width: number }[];
  tagRowCount: number;
  /** More events without a label than a list under the chart can hold (MAX_LISTED): none is numbered then; their count. */
  unlisted: number;
}

/** The most numbered events listed under the chart; beyond it the image says how many are only marked. */
export const MAX_LISTED = 80;

/** Where each event's label or number goes, in the chart's coordinates (lines as their SVG paths' vertices). */
export function layoutEvents(
  events: readonly ImageEvent[],
  span: { from: number; to: number },
  plot: PlotRect,
  lines: readonly (readonly [number, number][])[],
  obstacles: readonly Box[],
): EventLayout {
  const measure = textMeasure(LABEL_FONT);
  const xOf = (at: number) => plot.x + ((at - span.from) / Math.max(1e-9, span.to - span.from)) * plot.width;
  const xs = new Map(events.map((e) => [e.id, xOf(e.at)]));
  const band: LineBand | null = lines.length ? lineBand(lines, plot.x, plot.width) : null;
  // A label holds the date and as much of the title as fits in 40% of the plot (at most 300 px).
  const maxWidth = Math.min(300, plot.width * 0.4);
  const labels = new Map(events.map((e) => [e.id, fitText(`${e.date} ${e.title}`, maxWidth, measure)]));
  const placement = placeLabels(
    events.map((e) => ({ id: e.id, x: xs.get(e.id)!, width: measure(labels.get(e.id)!), priority: e.importance })),
    band,
    { plot, rowHeight: LABEL_ROW, rows: 4, gap: 4, markerGap: 6, obstacles },
  );
  const tagMeasure = textMeasure(TAG_FONT, true);
  const unlisted = placement.numbered.length > MAX_LISTED ? placement.numbered.length : 0;
  const rows = tagRows(
    (unlisted ? [] : placement.numbered).map((p) => ({ id: p.id, x: xs.get(p.id)!, width: tagMeasure(String(p.n)) + 4 })),
    2,
  );
  const nOf = new Map(placement.numbered.map((p) => [p.id, p.n]));
  const tags = rows.map((r) => ({ id: r.id, n: nOf.get(r.id)!, row: r.row, x: xs.get(r.id)!, width: r.x1 - r.x0 }));
  return { xs, placement, labels, tags, tagRowCount: rows.reduce((m, r) => Math.max(m, r.row + 1), 0), unlisted };
}

interface Colors {
  fg: string;
  muted: string;
  bg: string;
}

/**
 * Draws the events' lines, dots, labels and number tags. `ox`, `oy`: where the chart's origin is
 * in the image; `stripBottom`: the bottom of the number tags' strip above the chart.
 */
export function drawEvents(out: SVGElement, events: readonly ImageEvent[], layout: EventLayout, plot: PlotRect, at: { ox: number; oy: number; stripBottom: number }, colors: Colors, theme: ImageTheme): void {
  const { ox, oy } = at;
  const marks = el('g', {});
  const dotY = oy + plot.y - 7;
  for (const e of events) {
    const x = ox + layout.xs.get(e.id)!;
    const color = CATEGORY_INFO[e.category].color[theme];
    marks.appendChild(el('line', { x1: x, x2: x, y1: dotY, y2: oy + plot.y + plot.height, stroke: color, 'stroke-opacity': e.importance === 3 ? 0.55 : 0.35, 'stroke-width': 1 }));
  }
  // Connectors from the number tags down to the dots, under the tags.
  for (const t of layout.tags) {
    const x = ox + t.x;
    marks.appendChild(el('line', { x1: x, x2: x, y1: at.stripBottom - t.row * TAG_ROW - 2, y2: dotY, stroke: colors.muted, 'stroke-opacity': 0.5, 'stroke-dasharray': '1 2' }));
  }
  for (const e of events) {
    const x = ox + layout.xs.get(e.id)!;
    // The category's shape, as on the chart: the image tells categories apart without colour too.
    const shape = CATEGORY_INFO[e.category].shape;
    marks.appendChild(el('path', { 'data-shape': shape, d: markerPath(shape, x, dotY, 1.5 + e.importance), fill: CATEGORY_INFO[e.category].color[theme], stroke: colors.bg, 'stroke-width': 1 }));
  }
  out.appendChild(marks);
  const labels = el('g', { 'font-size': LABEL_FONT, fill: colors.fg, stroke: colors.bg, 'stroke-width': 3, 'paint-order': 'stroke', 'stroke-linejoin': 'round' });
  const byId = new Map(events.map((e) => [e.id, e]));
  for (const p of layout.placement.labelled) {
    // A short tick from the event's line to its label ties them together where lines are close.
    const lx = ox + layout.xs.get(p.id)!;
    const ty = oy + p.box.y0 + LABEL_FONT * 0.65;
    marks.appendChild(el('line', { x1: lx, x2: p.anchor === 'start' ? lx + 4 : lx - 4, y1: ty, y2: ty, stroke: CATEGORY_INFO[byId.get(p.id)!.category].color[theme], 'stroke-width': 2 }));
    const x = ox + (p.anchor === 'start' ? p.box.x0 : p.box.x1);
    labels.appendChild(el('text', { x, y: oy + p.box.y0 + LABEL_FONT, 'text-anchor': p.anchor, 'data-event-label': p.id }, layout.labels.get(p.id)));
  }
  out.appendChild(labels);
  const tags = el('g', { 'font-size': TAG_FONT, 'font-weight': 700, 'text-anchor': 'middle' });
  for (const t of layout.tags) {
    const base = at.stripBottom - t.row * TAG_ROW - 3;
    const w = t.width;
    tags.appendChild(el('rect', { x: ox + t.x - w / 2, y: base - 9, width: w, height: 11, rx: 2, fill: colors.bg, stroke: colors.muted, 'stroke-width': 0.6 }));
    tags.appendChild(el('text', { x: ox + t.x, y: base, fill: colors.fg, 'data-event-number': t.n }, String(t.n)));
  }
  out.appendChild(tags);
}

/** The line saying how many events are only marked, wrapped to `width`. */
function unlistedLines(layout: EventLayout, unlisted: (n: number) => string, width: number): string[] {
  return wrapText(unlisted(layout.unlisted), width, textMeasure(NOTE_FONT));
}

/** The height the list of numbered events takes in an image `width` wide (0 when none). */
export function notesHeight(layout: EventLayout, width: number, unlisted: (n: number) => string): number {
  const n = layout.placement.numbered.length;
  if (layout.unlisted) return unlistedLines(layout, unlisted, width).length * NOTE_ROW + 6;
  return n ? NOTE_ROW + Math.ceil(n / noteColumns(width)) * NOTE_ROW + 6 : 0;
}

function noteColumns(width: number): number {
  return width >= 900 ? 2 : 1;
}

/**
 * The list of numbered events, from `top`, in columns read down then across; or, when there are
 * too many, one line saying how many events are only marked.
 */
export function drawNotes(
  out: SVGElement,
  events: readonly ImageEvent[],
  layout: EventLayout,
  words: { heading: string; unlisted: (n: number) => string },
  box: { x: number; top: number; width: number },
  colors: Colors,
): void {
  const numbered = layout.placement.numbered;
  if (layout.unlisted) {
    unlistedLines(layout, words.unlisted, box.width).forEach((line, i) =>
      out.appendChild(el('text', { x: box.x, y: box.top + i * NOTE_ROW + NOTE_FONT + 1, 'font-size': NOTE_FONT, fill: colors.muted }, line)),
    );
    return;
  }
  if (!numbered.length) return;
  const heading = words.heading;
  const byId = new Map(events.map((e) => [e.id, e]));
  const cols = noteColumns(box.width);
  const perCol = Math.ceil(numbered.length / cols);
  const colWidth = (box.width - (cols - 1) * 16) / cols;
  const measure = textMeasure(NOTE_FONT);
  const numWidth = textMeasure(NOTE_FONT, true)(String(numbered.length)) + 6;
  const g = el('g', { 'font-size': NOTE_FONT, fill: colors.fg });
  g.appendChild(el('text', { x: box.x, y: box.top + NOTE_FONT + 1, fill: colors.muted }, heading));
  numbered.forEach((p, i) => {
    const e = byId.get(p.id)!;
    const x = box.x + Math.floor(i / perCol) * (colWidth + 16);
    const y = box.top + NOTE_ROW + (i % perCol) * NOTE_ROW + NOTE_FONT + 1;
    g.appendChild(el('text', { x: x + numWidth - 6, y, 'font-weight': 700, 'text-anchor': 'end' }, String(p.n)));
    g.appendChild(el('text', { x: x + numWidth, y }, fitText(`${e.date} ${e.title}`, colWidth - numWidth, measure)));
  });
  out.appendChild(g);
}
