import { PAIRS, SOURCES } from '../../../config/series';
import type { Series } from '../../rates/model/series';

/** Pairs with their units, the source and fix, and the direction of the axis ("↑ = weaker won"). */
export function ChartLegend({ series, rightPairs, compact }: { series: readonly Series[]; rightPairs: readonly string[]; compact?: boolean }) {
  return (
    <div className="chart-legend" aria-label="Legend">
      {series.map((s) => (
        <span key={s.pair} className="legend-item">
          <span className="swatch line" style={{ background: `var(--pair-${s.pair})` }} />
          <strong>{PAIRS[s.pair].label}</strong>
          {!compact && <span className="muted">{PAIRS[s.pair].unit}{rightPairs.includes(s.pair) ? ', right axis' : ''}</span>}
        </span>
      ))}
      <span className="legend-direction muted">
        {series[0] && !compact ? `${SOURCES[series[0].source].name}, ${SOURCES[series[0].source].fixLabel} · ` : ''}↑ = weaker won
      </span>
    </div>
  );
}
