import { windowKey, type CarWindow, type StudyRow } from '../model';
import { useT } from '../../../i18n';
import { classes } from './classes';
import { groupLabel, markOf, pctText, pIs, plusMeans, windowLabel } from './study-text';

interface Props {
  rows: readonly StudyRow[];
  windows: readonly CarWindow[];
  groups: readonly string[];
  /** A KRW price: a rise is a weaker won. */
  krw: boolean;
}

const ROW = 22;
const TOP = 18;
const LABEL = 104;
const WIDTH = 300;
const RIGHT = 10;

/** A tidy axis end: the domain [lo, hi] with 0 in it, padded 8 %. */
function domainOf(rows: readonly StudyRow[]): [number, number] {
  let lo = 0;
  let hi = 0;
  for (const r of rows) {
    for (const x of [r.ciLow, r.ciHigh, r.meanCar]) {
      if (x === null) continue;
      lo = Math.min(lo, x);
      hi = Math.max(hi, x);
    }
  }
  if (lo === hi) return [-1, 1];
  const pad = (hi - lo) * 0.08;
  return [lo - pad, hi + pad];
}

/** One window: a row per group, the mean CAR as a dot and its 95 % interval as a line. */
function WindowPlot({ w, rows, groups }: { w: CarWindow; rows: readonly StudyRow[]; groups: readonly string[] }) {
  const { t } = useT();
  const byGroup = new Map(rows.map((r) => [r.group, r]));
  const [lo, hi] = domainOf(rows);
  const x = (v: number) => LABEL + ((v - lo) / (hi - lo)) * (WIDTH - LABEL - RIGHT);
  const height = TOP + groups.length * ROW + 16;
  return (
    <figure className="st-plot">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-label={t('study.chart.aria', { window: windowLabel(w) })}>
        <text x={LABEL} y={12} className="st-plot-title">
          {windowLabel(w)}
        </text>
        <line x1={x(0)} x2={x(0)} y1={TOP - 2} y2={TOP + groups.length * ROW} className="st-zero" />
        {groups.map((g, i) => {
          const r = byGroup.get(g);
          const y = TOP + i * ROW + ROW / 2;
          const mark = r ? markOf(r.pT, r.q) : null;
          return (
            <g key={g}>
              <text x={LABEL - 6} y={y + 4} textAnchor="end" className="st-plot-label">
                {groupLabel(t, g)}
              </text>
              {r && r.ciLow !== null && r.ciHigh !== null && <line x1={x(r.ciLow)} x2={x(r.ciHigh)} y1={y} y2={y} className="st-ci" />}
              {r && r.meanCar !== null && (
                <circle cx={x(r.meanCar)} cy={y} r={4.5} className={classes('st-dot', `st-dot-${mark ?? 'none'}`)}>
                  <title>{t('study.chart.dot', { group: groupLabel(t, g), window: windowLabel(w), mean: pctText(r.meanCar), low: pctText(r.ciLow), high: pctText(r.ciHigh), n: r.n, p: pIs('p', r.pT), q: pIs('q', r.q) })}</title>
                </circle>
              )}
            </g>
          );
        })}
        <text x={x(lo)} y={height - 3} className="st-plot-tick">
          {pctText(lo, 2)}
        </text>
        <text x={x(hi)} y={height - 3} textAnchor="end" className="st-plot-tick">
          {pctText(hi, 2)}
        </text>
      </svg>
    </figure>
  );
}

/** Mean CAR with its 95 % interval, per group and window; marks by the cross-sectional t's p and BH q. */
export function StudyChart({ rows, windows, groups, krw }: Props) {
  const { t } = useT();
  return (
    <div className="st-chart">
      <div className="st-plots">
        {windows.map((w) => (
          <WindowPlot key={windowKey(w)} w={w} rows={rows.filter((r) => windowKey(r.window) === windowKey(w))} groups={groups} />
        ))}
      </div>
      <p className="muted small st-legend">
        <span className="st-key st-dot-q" aria-hidden="true" /> {t('study.chart.legend.q')}{' '}
        <span className="st-key st-dot-p" aria-hidden="true" /> {t('study.chart.legend.p')}{' '}
        <span className="st-key st-dot-none" aria-hidden="true" /> {t('study.chart.legend.none', { plus: plusMeans(krw) })}
      </p>
    </div>
  );
}
