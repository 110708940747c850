import type { PairId } from '../../../config/series';
import type { Series } from '../../rates/model/series';
import type { EpochDay } from '../../../lib/units';
import { decimateMinMax } from './decimate';
import { niceTicks } from '../../../lib/chart/nice-ticks';

/** One drawn line: its observations as parallel arrays (day, value), no object per point. */
export interface ChartLine {
  pair: PairId;
  axis: 'left' | 'right';
  days: ArrayLike<number>;
  values: ArrayLike<number>;
}

export interface ChartData {
  /** One array per pair: each line carries only its own observations (nothing to skip, nothing to join). */
  lines: ChartLine[];
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
 * column on a numeric day axis, and round ticks per axis.
 */
export function buildChartData(series: readonly Series[], from: EpochDay, to: EpochDay, plotWidth: number): ChartData {
  const useRight = series.length > 1 && series.some((s) => s.pair === 'CNYKRW');
  const rightPairs: PairId[] = useRight ? ['CNYKRW'] : [];
  const ext: Record<'left' | 'right', [number, number] | null> = { left: null, right: null };
  let pointCount = 0;
  const lines: ChartLine[] = series.map((s) => {
    const { days, values } = decimateMinMax(s, from, to, plotWidth);
    const axis = rightPairs.includes(s.pair) ? 'right' : 'left';
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    if (values.length) {
      const e = ext[axis];
      ext[axis] = e ? [Math.min(e[0], lo), Math.max(e[1], hi)] : [lo, hi];
    }
    pointCount += values.length;
    return { pair: s.pair, axis, days, values };
  });
  return {
    lines,
    left: ext.left && scale(ext.left),
    right: ext.right && scale(ext.right),
    rightPairs,
    pointCount,
  };
}
