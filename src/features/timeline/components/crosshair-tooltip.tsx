import type { Series } from '../../rates/model/series';
import { ChartTooltipContent } from './chart-tooltip';
import { useCrosshair, type CrosshairBus } from './crosshair-bus';

/** The crosshair's values box; re-renders alone on mouse moves. */
export function CrosshairTooltip({ bus, series, width, spanMs }: { bus: CrosshairBus; series: readonly Series[]; width: number; spanMs?: number }) {
  const cross = useCrosshair(bus);
  if (!cross) return null;
  return (
    <div className="crosshair-tooltip" style={{ left: Math.min(cross.x + 14, width - 200), top: Math.max(24, cross.y - 70) }}>
      <ChartTooltipContent at={cross.at} series={series} spanMs={spanMs} />
    </div>
  );
}
