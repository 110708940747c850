import { nearestIndexAt, type Series } from '../../rates/model/series';
import { formatDecimal } from '../../../lib/number-format';
import { DAY_MS } from '../../../lib/units';
import { lineKey } from '../model/chart-rows';
import { lineLabelWords } from '../../rates/model/line-label';
import { useT } from '../../../i18n/use-t';
import { instantText } from './chart-text';

/**
 * Crosshair tooltip: for the hovered instant, each line's own observation nearest to it, taken
 * from the full series (not the decimated line) and dated (with its time when the series is
 * intraday or the view spans under three days).
 */
export function ChartTooltipContent({ at, series, spanMs = Infinity }: { at: number | null; series: readonly Series[]; spanMs?: number }) {
  const { t, lang } = useT();
  if (at === null || !series.length) return null;
  const withTime = spanMs < 3 * DAY_MS || series.some((s) => s.meta.resolution === 'intraday');
  // A date, or a UTC date and time when the series shown have times of day that matter.
  const head = instantText(at, withTime, lang);
  return (
    <div className="chart-tooltip">
      <div className="muted small">{head}</div>
      {series.map((s) => {
        const i = nearestIndexAt(s, at);
        // A daily observation is named by its own date; an intraday one by its time.
        const obs = i === null ? null : s.meta.resolution === 'daily' ? instantText(s.days[i] * DAY_MS, false, lang) : instantText(s.t[i], true, lang);
        return (
          <div key={lineKey(s)} className="chart-tooltip-row">
            <span className="swatch" style={{ background: `var(${s.meta.colorVar})` }} />
            <span>{lineLabelWords(t, s, series)}</span>
            <strong>{i === null ? '—' : formatDecimal(s.values[i], 2, 4)}</strong>
            {obs !== null && obs !== head && <span className="muted small">({obs})</span>}
          </div>
        );
      })}
    </div>
  );
}
