/**
 * Builds a self-contained SVG of the chart as shown (lines, axes, markers)
 * with its title, legend, event labels, source and "as of" drawn inside, and
 * rasterises it to PNG at 2× pixel density.
 */
export interface ChartImageMeta {
  title: string;
  subtitle: string;
  legend: { label: string; color: string }[];
  source: string;
  /** Labels for single event markers, by id. */
  eventLabels: Map<string, string>;
}

import { xmlSafe } from '../../lib/xml-text';

/** The image's fonts: Hangul first (an exported Korean chart must not fall back to boxes), then the system's. */
export const IMAGE_FONT_STACK = '"Noto Sans KR", "Apple SD Gothic Neo", "Malgun Gothic", system-ui, sans-serif';

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

/** About how wide a legend label is at 11 px: Hangul and other wide characters take a full em. */
export function labelWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7a3\uff00-\uffef]/.test(ch) ? 11 : 7.2;
  return w;
}

const NS = 'http://www.w3.org/2000/svg';
const HEADER = 58;
const FOOTER = 30;
const PAD = 12;

function resolveVars(value: string, style: CSSStyleDeclaration): string {
  return value.replace(/var\((--[\w-]+)\)/g, (_, name: string) => style.getPropertyValue(name).trim() || '#888');
}

function el(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/**
 * Removes the characters XML does not allow (a control character in an event
 * title, say) from every text and attribute of the tree: whatever its origin,
 * no text may make the SVG ill-formed (the browser would then refuse to draw
 * it, and the PNG would fail).
 */
function makeXmlSafe(root: Element): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT | NodeFilter.SHOW_CDATA_SECTION | NodeFilter.SHOW_COMMENT);
  for (let node: Node | null = root; node; node = walker.nextNode()) {
    if (node instanceof Element) {
      for (const attr of [...node.attributes]) {
        const safe = xmlSafe(attr.value);
        if (safe !== attr.value) node.setAttribute(attr.name, safe);
      }
    } else if (node instanceof CharacterData) {
      const safe = xmlSafe(node.data);
      if (safe !== node.data) node.data = safe;
    }
  }
}

export function buildChartSvg(chart: SVGSVGElement, meta: ChartImageMeta): { svg: string; width: number; height: number } {
  const rootStyle = getComputedStyle(document.documentElement);
  const color = (v: string) => resolveVars(v, rootStyle);
  const w = Math.round(chart.getBoundingClientRect().width || Number(chart.getAttribute('width')) || 800);
  const h = Math.round(chart.getBoundingClientRect().height || Number(chart.getAttribute('height')) || 400);
  const clone = chart.cloneNode(true) as SVGSVGElement;
  for (const node of [clone, ...clone.querySelectorAll('*')]) {
    for (const attr of [...node.attributes]) {
      if (attr.value.includes('var(')) node.setAttribute(attr.name, color(attr.value));
      if (['tabindex', 'role', 'aria-pressed', 'class'].includes(attr.name) && node !== clone) node.removeAttribute(attr.name);
    }
  }
  clone.setAttribute('x', '0');
  clone.setAttribute('y', String(HEADER));
  clone.setAttribute('width', String(w));
  clone.setAttribute('height', String(h));
  clone.removeAttribute('style');

  const width = w;
  const height = HEADER + h + FOOTER;
  const fg = color('var(--fg)');
  const muted = color('var(--muted)');
  // No xmlns attribute: the serializer declares the namespace itself (with one set by hand too, jsdom writes it twice).
  const out = el('svg', { width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': IMAGE_FONT_STACK });
  out.appendChild(el('rect', { x: 0, y: 0, width, height, fill: color('var(--bg)') }));
  out.appendChild(el('text', { x: PAD, y: 22, 'font-size': 16, 'font-weight': 700, fill: fg }, meta.title));
  out.appendChild(el('text', { x: PAD, y: 40, 'font-size': 12, fill: muted }, meta.subtitle));
  let lx = PAD;
  for (const item of meta.legend) {
    out.appendChild(el('rect', { x: lx, y: 48, width: 14, height: 3, fill: item.color }));
    out.appendChild(el('text', { x: lx + 18, y: 53, 'font-size': 11, fill: fg }, item.label));
    lx += 34 + labelWidth(item.label);
  }
  out.appendChild(clone);
  // Event labels: short titles along single markers (clusters keep their counts).
  const labels = el('g', { 'font-size': 9, fill: muted });
  for (const g of chart.querySelectorAll<SVGGElement>('[data-event-id]')) {
    const id = g.getAttribute('data-event-id')!;
    const text = meta.eventLabels.get(id);
    const circle = g.querySelector('circle');
    if (!text || !circle) continue;
    // A marker is placed by its group's translate(x 0); its circle sits at cx 0 inside it.
    const shift = /translate\(\s*([-\d.e]+)/.exec(g.getAttribute('transform') ?? '');
    const x = Number(circle.getAttribute('cx')) + (shift ? Number(shift[1]) : 0) + 3;
    const y = HEADER + Number(circle.getAttribute('cy')) + 12;
    labels.appendChild(el('text', { x, y, transform: `rotate(90 ${x} ${y})` }, text.length > 48 ? `${text.slice(0, 47)}…` : text));
  }
  out.appendChild(labels);
  out.appendChild(el('text', { x: PAD, y: height - 10, 'font-size': 11, fill: muted }, meta.source));
  makeXmlSafe(out);
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
