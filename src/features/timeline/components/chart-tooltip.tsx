import { nearestIndexAt, type Series } from '../../rates/model/series';
import { formatDecimal } from '../../../lib/number-format';
import { DAY_MS } from '../../../lib/units';
import { lineKey } from '../model/chart-rows';
import { lineLabel } from '../../rates/model/line-label';

const iso = (ms: number) => new Date(ms).toISOString();
/** A date, or a UTC date and time when the series shown have times of day that matter. */
function when(ms: number, withTime: boolean): string {
  return withTime ? `${iso(ms).slice(0, 16).replace('T', ' ')} UTC` : iso(ms).slice(0, 10);
}

/**
 * Crosshair tooltip: for the hovered instant, each line's own observation nearest to it, taken
 * from the full series (not the decimated line) and dated (with its time when the series is
 * intraday or the view spans under three days).
 */
export function ChartTooltipContent({ at, series, spanMs = Infinity }: { at: number | null; series: readonly Series[]; spanMs?: number }) {
  if (at === null || !series.length) return null;
  const withTime = spanMs < 3 * DAY_MS || series.some((s) => s.meta.resolution === 'intraday');
  const head = when(at, withTime);
  return (
    <div className="chart-tooltip">
      <div className="muted small">{head}</div>
      {series.map((s) => {
        const i = nearestIndexAt(s, at);
        // A daily observation is named by its own date; an intraday one by its time.
        const obs = i === null ? null : s.meta.resolution === 'daily' ? iso(s.days[i] * DAY_MS).slice(0, 10) : when(s.t[i], true);
        return (
          <div key={lineKey(s)} className="chart-tooltip-row">
            <span className="swatch" style={{ background: `var(${s.meta.colorVar})` }} />
            <span>{lineLabel(s, series)}</span>
            <strong>{i === null ? '—' : formatDecimal(s.values[i], 2, 4)}</strong>
            {obs !== null && obs !== head && <span className="muted small">({obs})</span>}
          </div>
        );
      })}
    </div>
  );
}
