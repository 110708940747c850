import { memo, useMemo } from 'react';
import { usePlotArea } from 'recharts';
import { CATEGORY_INFO } from '../../../config/categories';
import type { Theme } from '../../../lib/url-state';
import type { EpochDay } from '../../../lib/units';
import type { DatedEvent } from '../../events/model/filter-events';
import { layoutWithSelected, type MarkerGroup } from '../model/marker-layout';

export interface MarkerHover {
  group: MarkerGroup;
  /** Pixel position of the marker inside the chart (for the HTML tooltip). */
  left: number;
  top: number;
}

export interface MarkerLayerProps {
  events: readonly DatedEvent[];
  from: EpochDay;
  to: EpochDay;
  selectedId: string | null;
  theme: Theme;
  onSelect: (id: string) => void;
  onZoom: (from: number, to: number) => void;
  onHover: (h: MarkerHover | null) => void;
}

const R = 6;

function label(e: DatedEvent): string {
  return `${e.date}${e.time ? ` ${e.time}` : ''}: ${e.title}`;
}

/** All event markers as one SVG layer inside the chart; memoised on its inputs. */
export const EventMarkerLayer = memo(function EventMarkerLayer(p: MarkerLayerProps) {
  const plot = usePlotArea();
  const byId = useMemo(() => new Map(p.events.map((e) => [e.id, e])), [p.events]);
  const groups = useMemo(
    () => (plot ? layoutWithSelected(p.events, p.selectedId, p.from, p.to, plot.width, 2 * R + 3) : []),
    [p.events, p.from, p.to, p.selectedId, plot],
  );
  if (!plot) return null;
  const top = plot.y;
  const bottom = plot.y + plot.height;
  return (
    <g className="event-markers" aria-label="Events">
      {groups.map((g) => {
        const x = plot.x + g.x;
        const hover = () => p.onHover({ group: g, left: x, top: top });
        if (g.ids.length === 1) {
          const e = byId.get(g.ids[0])!;
          const selected = e.id === p.selectedId;
          const color = CATEGORY_INFO[e.category].color[p.theme];
          return (
            <g
              key={e.id}
              className={selected ? 'event-marker selected' : 'event-marker'}
              data-event-id={e.id}
              role="button"
              tabIndex={0}
              aria-label={label(e)}
              aria-pressed={selected}
              onClick={() => p.onSelect(e.id)}
              onKeyDown={(ev) => {
                if (ev.key === 'Enter' || ev.key === ' ') {
                  ev.preventDefault();
                  p.onSelect(e.id);
                }
              }}
              onMouseEnter={hover}
              onFocus={hover}
              onMouseLeave={() => p.onHover(null)}
              onBlur={() => p.onHover(null)}
            >
              <line x1={x} x2={x} y1={top + R} y2={bottom} stroke={color} strokeOpacity={selected ? 0.9 : 0.28} strokeWidth={selected ? 2 : 1} />
              <circle cx={x} cy={top + R} r={selected ? R + 1.5 : R} fill={color} stroke={selected ? 'var(--fg)' : 'var(--bg)'} strokeWidth={selected ? 2 : 1} />
              <rect x={x - R - 2} y={top - 2} width={2 * R + 4} height={bottom - top + 2} fill="transparent" />
            </g>
          );
        }
        const first = byId.get(g.ids[0])!;
        const last = byId.get(g.ids[g.ids.length - 1])!;
        const containsSelected = p.selectedId !== null && g.ids.includes(p.selectedId);
        const zoom = () => {
          const pad = Math.max(3, Math.ceil((g.toDay - g.fromDay) * 0.6));
          p.onZoom(g.fromDay - pad, g.toDay + pad);
        };
        return (
          <g
            key={g.ids.join(' ')}
            className={containsSelected ? 'event-cluster selected' : 'event-cluster'}
            data-event-ids={g.ids.join(' ')}
            role="button"
            tabIndex={0}
            aria-label={`${g.ids.length} events from ${first.date} to ${last.date}; press to zoom in`}
            onClick={zoom}
            onKeyDown={(ev) => {
              if (ev.key === 'Enter' || ev.key === ' ') {
                ev.preventDefault();
                zoom();
              }
            }}
            onMouseEnter={hover}
            onFocus={hover}
            onMouseLeave={() => p.onHover(null)}
            onBlur={() => p.onHover(null)}
          >
            <line x1={x} x2={x} y1={top + R} y2={bottom} stroke="var(--muted)" strokeOpacity={0.35} strokeDasharray="2 3" />
            <circle cx={x} cy={top + R} r={R + 2} fill="var(--cluster)" stroke={containsSelected ? 'var(--fg)' : 'var(--bg)'} strokeWidth={containsSelected ? 2 : 1} />
            <text x={x} y={top + R + 3.5} textAnchor="middle" fontSize={9} fontWeight={700} fill="var(--cluster-fg)">
              {g.ids.length}
            </text>
          </g>
        );
      })}
    </g>
  );
});
