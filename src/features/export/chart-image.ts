/**
 * Builds a self-contained SVG of the chart as shown (lines, axes) with its title, the lines of
 * each axis, legend, the events (labelled where they fit, else numbered and listed under the
 * chart), source and "as of" drawn inside, in the light or dark theme whatever the screen shows;
 * and rasterises it to PNG at 2× pixel density.
 */
import { xmlSafe } from '../../lib/xml-text';
import { el, IMAGE_FONT_STACK, inTheme, makeXmlSafe, resolveVars, screenTheme, textMeasure, type ImageTheme } from './image-dom';
import { drawEvents, drawNotes, layoutEvents, notesHeight, TAG_ROW, type ImageEvent, type PlotRect } from './image-events';
import { pathPoints } from './model/line-band';
import type { Box } from './model/label-placement';
import { fitText, wrapText } from './model/text-fit';

export { IMAGE_FONT_STACK, labelWidth, type ImageTheme } from './image-dom';
export type { ImageEvent } from './image-events';

export interface ChartImageMeta {
  title: string;
  /** The lines and their units (by axis when there are two). */
  subtitle: string;
  legend: { label: string; colorVar: string; dashed: boolean }[];
  /** Titles written along the value axes: their lines and units. */
  axisTitles: { left: string; right: string | null };
  source: string;
  /** The span shown (UTC ms). */
  span: { from: number; to: number };
  /** The events inside the span, in date order, with their dates and titles in the UI language. */
  events: ImageEvent[];
  /** Heading of the list of numbered events under the chart. */
  notesHeading: string;
  /** The line under the chart when too many events are unlabelled to list: how many are only marked. */
  unlistedNote: (n: number) => string;
}

/** Why the image could not be made (the view words it): no drawing of the SVG, no 2D canvas, no PNG. */
export type ChartImageErrorCode = 'draw' | 'canvas' | 'encode';

export class ChartImageError extends Error {
  readonly code: ChartImageErrorCode;
  constructor(code: ChartImageErrorCode, message: string) {
    super(message);
    this.name = 'ChartImageError';
    this.code = code;
  }
}

const PAD = 12;
const AXIS_FONT = 11;

/** The plot box of the chart (its lines' clip rectangle), in the chart's coordinates. */
function plotOf(chart: SVGSVGElement, w: number, h: number): PlotRect {
  const r = chart.querySelector('clipPath rect');
  if (!r) return { x: 60, y: 22, width: Math.max(0, w - 72), height: Math.max(0, h - 56) };
  const n = (a: string) => Number(r.getAttribute(a)) || 0;
  return { x: n('x'), y: n('y') + 1, width: n('width'), height: n('height') - 2 };
}

/** The widest tick label of a value axis (0 when there is none). */
function widestTick(chart: SVGSVGElement, side: 'left' | 'right', measure: (s: string) => number): number {
  return Math.max(0, ...[...chart.querySelectorAll(`.value-axis-${side} text`)].map((t) => measure(t.textContent ?? '')));
}

/** Texts drawn inside the plot that event labels must leave clear (the no-data span's label). */
function obstaclesOf(chart: SVGSVGElement): Box[] {
  const out: Box[] = [];
  for (const t of chart.querySelectorAll<SVGGraphicsElement>('.no-data-label')) {
    try {
      const b = t.getBBox();
      out.push({ x0: b.x - 2, x1: b.x + b.width + 2, y0: b.y - 2, y1: b.y + b.height + 2 });
    } catch {
      // No layout (tests): nothing known to avoid.
    }
  }
  return out;
}

/** A copy of the chart without its interactive layers, its CSS colours resolved, its class-styled parts styled inline. */
function cloneChart(chart: SVGSVGElement, style: CSSStyleDeclaration): SVGSVGElement {
  const clone = chart.cloneNode(true) as SVGSVGElement;
  for (const sel of ['.event-markers', '.interaction-layer']) clone.querySelectorAll(sel).forEach((n) => n.remove());
  // The no-data span is styled by class: its computed colours, in the image's theme.
  const originals = chart.querySelectorAll('.no-data-span, .no-data-label');
  clone.querySelectorAll('.no-data-span, .no-data-label').forEach((node, i) => {
    const cs = getComputedStyle(originals[i]);
    node.setAttribute('fill', cs.fill || resolveVars('var(--muted)', style));
    if (cs.fillOpacity) node.setAttribute('fill-opacity', cs.fillOpacity);
    if (node.classList.contains('no-data-label')) node.setAttribute('font-size', '11');
  });
  for (const node of [clone, ...clone.querySelectorAll('*')]) {
    for (const attr of [...node.attributes]) {
      if (attr.value.includes('var(')) node.setAttribute(attr.name, resolveVars(attr.value, style));
      if (['tabindex', 'role', 'aria-pressed', 'class'].includes(attr.name) && node !== clone) node.removeAttribute(attr.name);
    }
  }
  clone.removeAttribute('style');
  clone.removeAttribute('class');
  // The last time label may stand past the chart's right edge: the image has room for it.
  clone.setAttribute('overflow', 'visible');
  return clone;
}

/** The chart image's SVG, in `theme` (default: the screen's). */
export function buildChartSvg(chart: SVGSVGElement, meta: ChartImageMeta, theme: ImageTheme = screenTheme()): { svg: string; width: number; height: number } {
  return inTheme(theme, () => draw(chart, meta, theme));
}

function draw(chart: SVGSVGElement, meta: ChartImageMeta, theme: ImageTheme): { svg: string; width: number; height: number } {
  const style = getComputedStyle(document.documentElement);
  const color = (v: string) => resolveVars(v, style);
  const fg = color('var(--fg)');
  const muted = color('var(--muted)');
  const bg = color('var(--bg)');
  const w = Math.round(chart.getBoundingClientRect().width || Number(chart.getAttribute('width')) || 800);
  const h = Math.round(chart.getBoundingClientRect().height || Number(chart.getAttribute('height')) || 400);
  const plot = plotOf(chart, w, h);

  // Room left of the chart for the left axis' title, beside its widest tick label (12 px font, 12 px from the axis).
  const tick = textMeasure(12);
  const asc = AXIS_FONT * 1.2;
  const desc = AXIS_FONT * 0.3;
  const leftTitleX = 2 + asc;
  const ox = Math.max(4, Math.ceil(leftTitleX + desc + 4 + 12 + widestTick(chart, 'left', tick) - plot.x));
  const rightTitleX = meta.axisTitles.right ? ox + plot.x + plot.width + 12 + widestTick(chart, 'right', tick) + 4 + desc : 0;
  const width = Math.ceil(Math.max(ox + w + PAD, rightTitleX + asc + 2));

  // The header: title and subtitle wrapped to the width, then the legend in rows.
  const textWidth = width - 2 * PAD;
  const titleLines = wrapText(meta.title, textWidth, textMeasure(16, true));
  const subLines = wrapText(meta.subtitle, textWidth, textMeasure(12));
  const out = el('svg', { width });
  const header = el('g', {});
  let y = 4;
  for (const line of titleLines) header.appendChild(el('text', { x: PAD, y: (y += 20) - 2, 'font-size': 16, 'font-weight': 700, fill: fg }, line));
  y += 2;
  for (const line of subLines) header.appendChild(el('text', { x: PAD, y: (y += 16) - 3, 'font-size': 12, fill: muted }, line));
  const legendMeasure = textMeasure(11);
  let lx = PAD;
  y += 16;
  for (const item of meta.legend) {
    const itemWidth = 18 + legendMeasure(item.label) + 16;
    if (lx > PAD && lx + itemWidth > width - PAD) {
      lx = PAD;
      y += 16;
    }
    header.appendChild(el('line', { x1: lx, x2: lx + 14, y1: y - 6, y2: y - 6, stroke: color(`var(${item.colorVar})`), 'stroke-width': 3, 'stroke-dasharray': item.dashed ? '4 2' : undefined }));
    header.appendChild(el('text', { x: lx + 18, y: y - 2, 'font-size': 11, fill: fg }, item.label));
    lx += itemWidth;
  }

  // The events: labels where they fit, numbers in a strip above the chart for the others.
  const lines = [...chart.querySelectorAll('path[data-line]')].map((p) => pathPoints(p.getAttribute('d') ?? ''));
  const layout = layoutEvents(meta.events, meta.span, plot, lines, obstaclesOf(chart));
  const stripTop = y + 4;
  const stripBottom = stripTop + layout.tagRowCount * TAG_ROW;
  const oy = stripBottom;

  const clone = cloneChart(chart, style);
  clone.setAttribute('x', String(ox));
  clone.setAttribute('y', String(oy));
  clone.setAttribute('width', String(w));
  clone.setAttribute('height', String(h));

  const notesTop = oy + h + 6;
  const notes = notesHeight(layout, textWidth, meta.unlistedNote);
  const sourceLines = meta.source ? wrapText(meta.source, textWidth, textMeasure(11)) : [];
  const height = Math.ceil(notesTop + notes + sourceLines.length * 15 + 10);
  out.setAttribute('height', String(height));
  out.setAttribute('viewBox', `0 0 ${width} ${height}`);
  out.setAttribute('font-family', IMAGE_FONT_STACK);
  out.appendChild(el('rect', { x: 0, y: 0, width, height, fill: bg }));
  out.appendChild(header);
  out.appendChild(clone);
  // The axes' titles, along them: what each axis carries.
  const mid = oy + plot.y + plot.height / 2;
  const titleMeasure = textMeasure(AXIS_FONT);
  const axisTitle = (text: string, x: number, angle: number, fill: string) =>
    el('text', { x, y: mid, transform: `rotate(${angle} ${x} ${mid})`, 'text-anchor': 'middle', 'font-size': AXIS_FONT, fill }, fitText(text, plot.height, titleMeasure));
  if (meta.axisTitles.left) out.appendChild(axisTitle(meta.axisTitles.left, leftTitleX, -90, muted));
  if (meta.axisTitles.right) out.appendChild(axisTitle(meta.axisTitles.right, rightTitleX, 90, muted));
  drawEvents(out, meta.events, layout, plot, { ox, oy, stripBottom }, { fg, muted, bg }, theme);
  drawNotes(out, meta.events, layout, { heading: meta.notesHeading, unlisted: meta.unlistedNote }, { x: PAD, top: notesTop, width: textWidth }, { fg, muted, bg });
  sourceLines.forEach((line, i) => out.appendChild(el('text', { x: PAD, y: notesTop + notes + 11 + i * 15, 'font-size': 11, fill: muted }, line)));
  makeXmlSafe(out);
  // No xmlns attribute: the serializer declares the namespace itself (with one set by hand too, jsdom writes it twice).
  return { svg: xmlSafe(new XMLSerializer().serializeToString(out)), width, height };
}

export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image();
    img.decoding = 'sync';
    await new Promise<void>((ok, fail) => {
      img.onload = () => ok();
      img.onerror = () => fail(new ChartImageError('draw', 'the chart image could not be drawn'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new ChartImageError('canvas', 'no 2D canvas available');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((ok, fail) => canvas.toBlob((b) => (b ? ok(b) : fail(new ChartImageError('encode', 'PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
