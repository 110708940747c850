import { memo, useMemo, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { usePlotBox } from './plot-frame';
import { CATEGORY_INFO } from '../../../config/categories';
import { markerPath } from '../../../lib/chart/marker-shape';
import type { Theme } from '../../../lib/url-state';
import { DAY_MS, type UnixMs } from '../../../lib/units';
import type { DatedEvent } from '../../events/model/filter-events';
import { eventTitle } from '../../events/model/localized';
import { importanceLabel } from '../../../i18n/labels';
import { useT, type T } from '../../../i18n/use-t';
import type { Lang } from '../../../i18n/lang';
import { isoDayText } from './chart-text';
import type { PlotBox } from '../model/line-path';
import { MARKER_GAP_PX } from '../model/chart-state';
import { clusterBadge, clusterRadius, clusterZoomRange, layoutWithSelected, MARKER_HALF_WIDTH, MARKER_ROW_PX, markerRadius, type MarkerGroup } from '../model/marker-layout';

export interface MarkerHover {
  group: MarkerGroup;
  /** Pixel position of the marker inside the chart (for the HTML tooltip). */
  left: number;
  top: number;
}

export interface MarkerLayerProps {
  events: readonly DatedEvent[];
  from: UnixMs;
  to: UnixMs;
  selectedId: string | null;
  theme: Theme;
  onSelect: (id: string) => void;
  onZoom: (from: number, to: number) => void;
  onHover: (h: MarkerHover | null) => void;
  /** The user's own (imported) events: their markers have a hollow centre and say so. */
  isUser?: (id: string) => boolean;
}

const R = MARKER_HALF_WIDTH;
// SVG attribute values and class names (not UI text).
const translateX = (x: number) => `translate(${x} 0)`;
const ring = (on: boolean) => (on ? 'var(--fg)' : 'var(--bg)');

/** An event's date (and time of day) in the UI language: `2024-12-03 14:00` · `2024년 12월 3일 14:00`. */
export function eventWhen(t: T, e: Pick<DatedEvent, 'date' | 'time'>, lang: Lang): string {
  const date = isoDayText(e.date, lang);
  return e.time ? t('timeline.marker.when', { date, time: e.time }) : date;
}

/** A marker's accessible name: its date, title (in the UI language) and importance, and whether it is the user's own. */
export function markerLabel(t: T, e: DatedEvent, yours: boolean, lang: Lang): string {
  const importance = e.importance ? importanceLabel(t, e.importance) : t('timeline.marker.unrated');
  return t(yours ? 'timeline.marker.labelYours' : 'timeline.marker.label', { when: eventWhen(t, e, lang), title: eventTitle(e, lang), importance });
}

/** The marker group element an event happened in (its `data-gi`), and its index in the layout. */
function groupAt(target: EventTarget | null): { el: Element; index: number } | null {
  const el = target instanceof Element ? target.closest('[data-gi]') : null;
  return el ? { el, index: Number(el.getAttribute('data-gi')) } : null;
}

/**
 * The handlers of a marker layer, set on the layer, not on each marker (a zoom re-renders every
 * marker: six closures each, before). Each marker's element carries its index in `groups` as
 * `data-gi`. A click (or Enter / Space) selects a single event or zooms into a cluster; hovering
 * or focusing a marker reports its group, leaving it reports null. The main chart's layer uses
 * them all; the volatility pane's (mouse only) uses the mouse ones.
 */
export function markerHandlers(groups: readonly MarkerGroup[], p: Pick<MarkerLayerProps, 'onSelect' | 'onZoom' | 'onHover' | 'from' | 'to'>, plot: PlotBox) {
  const at = (target: EventTarget | null) => {
    const hit = groupAt(target);
    return hit ? groups[hit.index] : undefined;
  };
  const activate = (g: MarkerGroup) => {
    if (g.ids.length === 1) return p.onSelect(g.ids[0]);
    // A cluster opens to at least a twentieth of the shown span either side (at most 3 days).
    p.onZoom(...clusterZoomRange(g, Math.min(3 * DAY_MS, (p.to - p.from) / 20)));
  };
  const hover = (target: EventTarget | null) => {
    const g = at(target);
    if (g) p.onHover({ group: g, left: plot.x + g.x, top: plot.y });
  };
  const leave = (from: EventTarget | null, to: EventTarget | null) => {
    const a = groupAt(from);
    if (a && !(to instanceof Node && a.el.contains(to))) p.onHover(null);
  };
  return {
    onClick: (ev: MouseEvent<SVGGElement>) => {
      const g = at(ev.target);
      if (g) activate(g);
    },
    onKeyDown: (ev: KeyboardEvent<SVGGElement>) => {
      if (ev.key !== 'Enter' && ev.key !== ' ') return;
      const g = at(ev.target);
      if (!g) return;
      ev.preventDefault();
      activate(g);
    },
    onMouseOver: (ev: MouseEvent<SVGGElement>) => hover(ev.target),
    onMouseOut: (ev: MouseEvent<SVGGElement>) => leave(ev.target, ev.relatedTarget),
    onFocus: (ev: FocusEvent<SVGGElement>) => hover(ev.target),
    onBlur: (ev: FocusEvent<SVGGElement>) => leave(ev.target, ev.relatedTarget),
  };
}

/**
 * All event markers as one SVG layer inside the chart; memoised on its inputs. Each marker is
 * placed by one `transform` on its group (its parts are drawn at x = 0): a zoom moves 2,000
 * markers with one attribute each, not four.
 */
export const EventMarkerLayer = memo(function EventMarkerLayer(p: MarkerLayerProps) {
  const plot = usePlotBox();
  const { t, lang } = useT();
  const byId = useMemo(() => new Map(p.events.map((e) => [e.id, e])), [p.events]);
  const groups = useMemo(
    () => (plot ? layoutWithSelected(p.events, p.selectedId, p.from, p.to, plot.width, MARKER_GAP_PX) : []),
    [p.events, p.from, p.to, p.selectedId, plot],
  );
  if (!plot) return null;
  const top = plot.y;
  const bottom = plot.y + plot.height;
  return (
    <g className="event-markers" aria-label={t('timeline.markers.label')} {...markerHandlers(groups, p, plot)}>
      {groups.map((g, i) => {
        const x = plot.x + g.x;
        if (g.ids.length === 1) {
          const e = byId.get(g.ids[0])!;
          const selected = e.id === p.selectedId;
          const yours = p.isUser?.(e.id) ?? false;
          const color = CATEGORY_INFO[e.category].color[p.theme];
          const r = markerRadius(e.importance);
          const className = `event-marker${selected ? ' selected' : ''}${yours ? ' yours' : ''}`;
          // The shape's centre: the markers' row, or the selected marker's own row below it.
          const cy = top + R + (g.row ? MARKER_ROW_PX : 0);
          return (
            <g
              key={e.id}
              data-gi={i}
              className={className}
              data-event-id={e.id}
              data-importance={e.importance ?? ''}
              role="button"
              tabIndex={0}
              aria-label={markerLabel(t, e, yours, lang)}
              aria-pressed={selected}
              transform={translateX(x)}
            >
              <line x1={0} x2={0} y1={cy} y2={bottom} stroke={color} strokeOpacity={selected ? 0.9 : 0.28} strokeWidth={selected ? 2 : 1} />
              <path className="marker-shape" d={markerPath(CATEGORY_INFO[e.category].shape, 0, cy, markerRadius(e.importance, selected))} fill={color} stroke={ring(selected)} strokeWidth={selected ? 2 : 1} strokeLinejoin="round" />
              {yours && <circle cx={0} cy={cy} r={Math.min(2.25, r - 1.5)} fill="var(--bg)" />}
              <rect x={-R - 2} y={top - 2} width={2 * R + 4} height={bottom - top + 2} fill="transparent" />
            </g>
          );
        }
        const first = byId.get(g.ids[0])!;
        const last = byId.get(g.ids[g.ids.length - 1])!;
        const containsSelected = p.selectedId !== null && g.ids.includes(p.selectedId);
        const ids = g.ids.join(' ');
        const badge = clusterBadge(g.ids.length);
        // Three characters ("999", "30k") need a wider badge than two.
        const r = clusterRadius(g.ids.length);
        const className = containsSelected ? 'event-cluster selected' : 'event-cluster';
        return (
          <g
            key={ids}
            data-gi={i}
            className={className}
            data-event-ids={ids}
            role="button"
            tabIndex={0}
            aria-label={t('timeline.cluster.label', { n: g.ids.length, from: isoDayText(first.date, lang), to: isoDayText(last.date, lang) })}
            transform={translateX(x)}
          >
            <line x1={0} x2={0} y1={top + R} y2={bottom} stroke="var(--muted)" strokeOpacity={0.35} strokeDasharray="2 3" />
            <circle cx={0} cy={top + R} r={r} fill="var(--cluster)" stroke={ring(containsSelected)} strokeWidth={containsSelected ? 2 : 1} />
            <text x={0} y={top + R + 3.5} textAnchor="middle" fontSize={9} fontWeight={700} fill="var(--cluster-fg)">
              {badge}
            </text>
          </g>
        );
      })}
    </g>
  );
});
