import { sourceName } from '../../rates/model/registry';
import type { Series } from '../../rates/model/series';
import { lineKey } from '../model/chart-rows';
import { lineLabel } from '../../rates/model/line-label';

/** Lines with their units (and axis), the sources and their fixes, and the direction of the axis ("↑ = weaker won"). */
export function ChartLegend({ series, rightKeys, compact }: { series: readonly Series[]; rightKeys: readonly string[]; compact?: boolean }) {
  // Each built-in source once, with its fix rule; each imported series by name: "Federal Reserve H.10, noon New York".
  const sources = [...new Map(series.map((s) => [s.meta.builtIn ? s.source : s.id, s])).values()].map((s) =>
    s.meta.builtIn ? `${sourceName(s.source)}, ${s.meta.fix?.label ?? ''}` : `${s.meta.label}: ${sourceName(s.source)}${s.meta.resolution === 'intraday' ? ', intraday' : ''}`,
  );
  return (
    <div className="chart-legend" aria-label="Legend">
      {series.map((s) => {
        const key = lineKey(s);
        return (
          <span key={key} className="legend-item" data-line={key}>
            <span className={s.compare ? 'swatch line dashed' : 'swatch line'} style={{ background: `var(${s.meta.colorVar})` }} />
            <strong>{lineLabel(s, series)}</strong>
            {!compact && <span className="muted">{s.meta.unit}{rightKeys.includes(key) ? ', right axis' : ''}</span>}
          </span>
        );
      })}
      <span className="legend-direction muted">
        {sources.length && !compact ? `${sources.join(' · ')} · ` : ''}↑ = weaker won
      </span>
    </div>
  );
}
