import { PAIRS, type PairId } from '../../../config/series';
import { nearestIndex, type Series } from '../../rates/model/series';
import { formatDecimal } from '../../../lib/number-format';
import { isoFromDay, type EpochDay } from '../../../lib/units';


/**
 * Crosshair tooltip: for the hovered day, each pair's own observation nearest
 * to it, taken from the full series (not the decimated line) and dated.
 */
export function ChartTooltipContent({ day, series }: { day: number | null; series: readonly Series[] }) {
  if (day === null || !series.length) return null;
  const rows = series.map((s) => {
    const i = nearestIndex(s, day);
    return { pair: s.pair as PairId, i, s };
  });
  const date = isoFromDay(Math.round(day) as EpochDay);
  return (
    <div className="chart-tooltip">
      <div className="muted small">{date}</div>
      {rows.map(({ pair, i, s }) => {
        const obsDay = i === null ? null : s.days[i];
        return (
          <div key={pair} className="chart-tooltip-row">
            <span className="swatch" style={{ background: `var(--pair-${pair})` }} />
            <span>{PAIRS[pair].label}</span>
            <strong>{i === null ? '—' : formatDecimal(s.values[i], 2, 4)}</strong>
            {obsDay !== null && isoFromDay(obsDay as EpochDay) !== date && (
              <span className="muted small">({isoFromDay(obsDay as EpochDay)})</span>
            )}
          </div>
        );
      })}
    </div>
  );
}
