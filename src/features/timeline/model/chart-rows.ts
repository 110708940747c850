import type { PairId } from '../../../config/series';
import type { Series } from '../../rates/model/series';
import type { EpochDay } from '../../../lib/units';
import { decimateMinMax } from './decimate';
import { niceTicks } from './nice-ticks';

export type ChartRow = { t: number } & Partial<Record<PairId, number>>;

export interface ChartData {
  rows: ChartRow[];
  /** Per axis: round ticks and the domain they span; null when nothing is drawn on it. */
  left: AxisScale | null;
  right: AxisScale | null;
  /** Pairs drawn on the right axis (CNY/KRW sits an order of magnitude below the others). */
  rightPairs: PairId[];
  pointCount: number;
}

export interface AxisScale {
  domain: [number, number];
  ticks: number[];
}

function scale([lo, hi]: [number, number]): AxisScale {
  return niceTicks(lo, hi, 6);
}

/**
 * The chart state for a range: each series decimated to ~2 points per pixel
 * column, merged into rows on a numeric day axis, and the y extents per axis.
 */
export function buildChartData(series: readonly Series[], from: EpochDay, to: EpochDay, plotWidth: number): ChartData {
  const useRight = series.length > 1 && series.some((s) => s.pair === 'CNYKRW');
  const rightPairs: PairId[] = useRight ? ['CNYKRW'] : [];
  const byDay = new Map<number, ChartRow>();
  const ext: Record<'left' | 'right', [number, number] | null> = { left: null, right: null };
  let pointCount = 0;
  for (const s of series) {
    const p = decimateMinMax(s, from, to, plotWidth);
    const axis = rightPairs.includes(s.pair) ? 'right' : 'left';
    for (let i = 0; i < p.days.length; i++) {
      const d = p.days[i];
      const v = p.values[i];
      let row = byDay.get(d);
      if (!row) {
        row = { t: d };
        byDay.set(d, row);
      }
      row[s.pair] = v;
      const e = ext[axis];
      ext[axis] = e ? [Math.min(e[0], v), Math.max(e[1], v)] : [v, v];
    }
    pointCount += p.days.length;
  }
  const rows = [...byDay.values()].sort((a, b) => a.t - b.t);
  return {
    rows,
    left: ext.left && scale(ext.left),
    right: ext.right && scale(ext.right),
    rightPairs,
    pointCount,
  };
}
