import { CATEGORY_INFO } from '../config/categories';
import { markerPath } from '../lib/chart/marker-shape';
import { formatTick } from '../lib/number-format';
import type { Theme } from '../lib/url-state';
import type { UnixMs } from '../lib/units';
import type { DatedEvent } from '../features/events/model/filter-events';
import type { Series } from '../features/rates/model/series';
import { plotBoxOf } from '../features/timeline/model/chart-layout';
import type { AxisScale } from '../features/timeline/model/chart-rows';
import { lineKey } from '../features/timeline/model/chart-rows';
import { chartState, MARKER_GAP_PX } from '../features/timeline/model/chart-state';
import { linePath } from '../features/timeline/model/line-path';
import { clusterBadge, clusterRadius, layoutWithSelected, MARKER_HALF_WIDTH, markerRadius } from '../features/timeline/model/marker-layout';
import type { Lang } from '../i18n/lang';

/**
 * The inside of the timeline chart's SVG for the early first frame (first-frame.ts), as one
 * string: the same grid, axes, lines and event markers, at the same places and in the same
 * colours, as the app's layers draw them (axes-layer.tsx, lines-layer.tsx, event-marker-layer.tsx),
 * from the same chart state (model/chart-state.ts). It is shown until React's chart replaces it,
 * takes no input and has no accessible names (the page is inert and hidden from assistive
 * technology meanwhile). The end-to-end test `first-frame` holds the two to the same layout.
 */
export interface FirstChartInput {
  series: readonly Series[];
  from: UnixMs;
  to: UnixMs;
  events: readonly DatedEvent[];
  theme: Theme;
  width: number;
  height: number;
  lang: Lang;
}

export interface FirstChart {
  svg: string;
  /** Observations drawn (the chart's `data-points`). */
  points: number;
  /** Keys of the lines on the right axis (the legend says so). */
  rightKeys: readonly string[];
}

const TICK = 6;
const GAP = 2;
const R = MARKER_HALF_WIDTH;

/** Text and attribute values in markup. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function rightColor(series: readonly Series[], rightKeys: readonly string[]): string {
  if (rightKeys.length !== 1) return 'var(--muted)';
  const s = series.find((x) => lineKey(x) === rightKeys[0]);
  return s ? `var(${s.meta.colorVar})` : 'var(--muted)';
}

export function firstChartSvg(p: FirstChartInput): FirstChart {
  const state = chartState(p.series, p.from, p.to, p.width, p.lang);
  const { data, xTicks, margin } = state;
  const plot = plotBoxOf(p.width, p.height, margin);
  const x0 = plot.x;
  const x1 = plot.x + plot.width;
  const top = plot.y;
  const bottom = plot.y + plot.height;
  const xAt = (d: number) => x0 + ((d - p.from) / Math.max(1e-9, p.to - p.from)) * plot.width;
  const yAt = (s: AxisScale, v: number) => bottom - ((v - s.domain[0]) / Math.max(1e-9, s.domain[1] - s.domain[0])) * plot.height;
  const out: string[] = ['<g class="chart-axes" font-size="12">'];
  const left = data.left;
  if (left) {
    out.push('<g class="chart-grid" stroke="var(--grid)">');
    for (const v of left.ticks) out.push(`<line x1="${x0}" x2="${x1}" y1="${yAt(left, v)}" y2="${yAt(left, v)}"/>`);
    out.push('</g>');
  }
  out.push(`<g class="time-axis"><line x1="${x0}" x2="${x1}" y1="${bottom}" y2="${bottom}" stroke="var(--muted)"/>`);
  for (const t of xTicks) {
    const x = xAt(t.at);
    out.push(`<g><line x1="${x}" x2="${x}" y1="${bottom}" y2="${bottom + TICK}" stroke="var(--muted)"/><text x="${x}" y="${bottom + TICK + GAP + 14}" text-anchor="middle" fill="var(--muted)">${esc(t.label)}</text></g>`);
  }
  out.push('</g>');
  const valueAxis = (s: AxisScale, x: number, side: 'left' | 'right', color: string) => {
    const dir = side === 'left' ? -1 : 1;
    out.push(`<g class="value-axis value-axis-${side}"><line x1="${x}" x2="${x}" y1="${top}" y2="${bottom}" stroke="${color}"/>`);
    for (const v of s.ticks) {
      const y = yAt(s, v);
      out.push(`<g><line x1="${x}" x2="${x + dir * TICK}" y1="${y}" y2="${y}" stroke="${color}"/><text x="${x + dir * (TICK + GAP + 4)}" y="${y + 4}" text-anchor="${side === 'left' ? 'end' : 'start'}" fill="var(--muted)">${esc(formatTick(v))}</text></g>`);
    }
    out.push('</g>');
  };
  if (left) valueAxis(left, x0, 'left', 'var(--muted)');
  if (data.right) valueAxis(data.right, x1, 'right', rightColor(p.series, data.rightKeys));
  out.push('</g>');
  // The lines, clipped to the plot box.
  out.push(`<g class="rate-lines" clip-path="url(#krw-first-frame-clip)"><defs><clipPath id="krw-first-frame-clip"><rect x="${plot.x}" y="${plot.y - 1}" width="${plot.width}" height="${plot.height + 2}"/></clipPath></defs>`);
  for (const l of data.lines) {
    const scale = l.axis === 'right' ? data.right : data.left;
    const d = scale ? linePath(l.t, l.values, p.from, p.to, scale.domain, plot, l.step) : '';
    const dash = l.dashed ? ' stroke-dasharray="6 4"' : '';
    out.push(`<path class="rate-line" data-line="${esc(l.key)}" fill="none" stroke="var(${l.colorVar})"${dash} stroke-width="1.5" stroke-linejoin="round" d="${d}"/>`);
  }
  out.push('</g>');
  // The event markers: single events by category and importance, clusters with their count.
  const byId = new Map(p.events.map((e) => [e.id, e]));
  out.push('<g class="event-markers">');
  for (const g of layoutWithSelected(p.events, null, p.from, p.to, plot.width, MARKER_GAP_PX)) {
    const x = plot.x + g.x;
    if (g.ids.length === 1) {
      const e = byId.get(g.ids[0])!;
      const info = CATEGORY_INFO[e.category];
      const color = info.color[p.theme];
      const r = markerRadius(e.importance);
      out.push(
        `<g class="event-marker" data-event-id="${esc(e.id)}" transform="translate(${x} 0)"><line x1="0" x2="0" y1="${top + R}" y2="${bottom}" stroke="${color}" stroke-opacity="0.28" stroke-width="1"/><path class="marker-shape" d="${markerPath(info.shape, 0, top + R, r)}" fill="${color}" stroke="var(--bg)" stroke-width="1" stroke-linejoin="round"/></g>`,
      );
    } else {
      const badge = clusterBadge(g.ids.length);
      const r = clusterRadius(g.ids.length);
      out.push(
        `<g class="event-cluster" data-event-ids="${esc(g.ids.join(' '))}" transform="translate(${x} 0)"><line x1="0" x2="0" y1="${top + R}" y2="${bottom}" stroke="var(--muted)" stroke-opacity="0.35" stroke-dasharray="2 3"/><circle cx="0" cy="${top + R}" r="${r}" fill="var(--cluster)" stroke="var(--bg)" stroke-width="1"/><text x="0" y="${top + R + 3.5}" text-anchor="middle" font-size="9" font-weight="700" fill="var(--cluster-fg)">${esc(badge)}</text></g>`,
      );
    }
  }
  out.push('</g>');
  return { svg: out.join(''), points: data.pointCount, rightKeys: data.rightKeys };
}
