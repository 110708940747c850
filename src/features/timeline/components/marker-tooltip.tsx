import { formatDecimal } from '../../../lib/number-format';
import type { DatedEvent } from '../../events/model/filter-events';
import type { MarkerHover } from './event-marker-layer';

const MAX_LISTED = 6;

export function MarkerTooltip({ hover, byId, width, isUser }: { hover: MarkerHover; byId: Map<string, DatedEvent>; width: number; isUser?: (id: string) => boolean }) {
  const events = hover.group.ids.map((id) => byId.get(id)).filter((e): e is DatedEvent => !!e);
  const left = Math.min(Math.max(8, hover.left - 130), Math.max(8, width - 268));
  return (
    <div className="marker-tooltip" role="tooltip" style={{ left, top: hover.top + 18 }}>
      {events.slice(0, MAX_LISTED).map((e) => (
        <div key={e.id} className="marker-tooltip-row">
          <div className="muted small">
            {e.date}
            {e.time ? ` ${e.time} (${e.timezone})` : ''} · {e.actor}
            {isUser?.(e.id) && <span className="badge yours-badge">yours</span>}
          </div>
          <div>{e.title}</div>
        </div>
      ))}
      {events.length > MAX_LISTED && <div className="muted small">and {formatDecimal(events.length - MAX_LISTED, 0, 0)} more: click to zoom in</div>}
      {events.length > 1 && events.length <= MAX_LISTED && <div className="muted small">Click to zoom in</div>}
    </div>
  );
}
