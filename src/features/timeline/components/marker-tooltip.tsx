import { formatDecimal } from '../../../lib/number-format';
import { useT } from '../../../i18n/use-t';
import { actorLabel, zoneLabel } from '../../../i18n/labels';
import type { DatedEvent } from '../../events/model/filter-events';
import { eventTitle } from '../../events/model/localized';
import type { MarkerHover } from './event-marker-layer';
import { isoDayText } from './chart-text';

const MAX_LISTED = 6;

export function MarkerTooltip({ hover, byId, width, isUser }: { hover: MarkerHover; byId: Map<string, DatedEvent>; width: number; isUser?: (id: string) => boolean }) {
  const { t, lang } = useT();
  const events = hover.group.ids.map((id) => byId.get(id)).filter((e): e is DatedEvent => !!e);
  const left = Math.min(Math.max(8, hover.left - 130), Math.max(8, width - 268));
  return (
    <div className="marker-tooltip" role="tooltip" style={{ left, top: hover.top + 18 }}>
      {events.slice(0, MAX_LISTED).map((e) => (
        <div key={e.id} className="marker-tooltip-row">
          <div className="muted small">
            {isoDayText(e.date, lang)}
            {e.time ? ` ${t('timeline.tooltip.time', { time: e.time, zone: zoneLabel(t, e.timezone) })}` : ''} · {actorLabel(t, e.actor)}
            {isUser?.(e.id) && <span className="badge yours-badge">{t('timeline.tooltip.yours')}</span>}
          </div>
          <div>{eventTitle(e, lang)}</div>
        </div>
      ))}
      {events.length > MAX_LISTED && <div className="muted small">{t('timeline.tooltip.more', { n: formatDecimal(events.length - MAX_LISTED, 0, 0) })}</div>}
      {events.length > 1 && events.length <= MAX_LISTED && <div className="muted small">{t('timeline.tooltip.zoom')}</div>}
    </div>
  );
}
