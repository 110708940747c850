import type { SeriesId, SourceId } from '../../../config/series';
import { lowerBoundMs, type Series } from '../../rates/model/series';
import { lineKeyOf } from '../../rates/model/registry';
import type { UnixMs } from '../../../lib/units';
import { niceTicks } from '../../../lib/chart/nice-ticks';
import { decimateMinMax } from './decimate';

/** One drawn line: its observations as parallel arrays (instant, value), no object per point. */
export interface ChartLine {
  /** Unique on the chart: the series id, with `@<source>` for a comparison line. */
  key: string;
  id: SeriesId;
  source: SourceId;
  /** CSS custom property of its colour. */
  colorVar: string;
  dashed: boolean;
  /** Drawn as steps: a daily series under a zoom of less than STEP_BELOW_MS (each fix held until the next). */
  step: boolean;
  axis: 'left' | 'right';
  t: ArrayLike<number>;
  values: ArrayLike<number>;
}

export interface ChartData {
  /** One array per line: each carries only its own observations (nothing to skip, nothing to join). */
  lines: ChartLine[];
  /** Per axis: round ticks and the domain they span; null when nothing is drawn on it. */
  left: AxisScale | null;
  right: AxisScale | null;
  /** Keys of the lines on the right axis. */
  rightKeys: string[];
  pointCount: number;
}

export interface AxisScale {
  domain: [number, number];
  ticks: number[];
}

function scale([lo, hi]: [number, number]): AxisScale {
  return niceTicks(lo, hi, 6);
}

/** Under this span a daily series is drawn as steps (a straight line between two fixes would show a move no one saw). */
export const STEP_BELOW_MS = 3 * 86_400_000;

/** A line's key: its series id, with `@<source>` for a comparison line (the same pair from the other source). */
export function lineKey(s: Pick<Series, 'id' | 'source' | 'compare'>): string {
  return lineKeyOf(s.id, s.source, s.compare === true);
}

/** A series' typical level: the median of up to 101 of its observations, evenly spaced. */
function levelOf(s: Series): number {
  const n = s.values.length;
  if (!n) return NaN;
  const step = Math.max(1, Math.floor(n / 100));
  const sample: number[] = [];
  for (let i = 0; i < n; i += step) sample.push(s.values[i]);
  sample.sort((a, b) => a - b);
  return sample[sample.length >> 1];
}

/**
 * The value axis of each shown series. With one series, or when every series asks for the right
 * axis, all are on the left. Otherwise a series the registry puts on the right (CNY/KRW, an order
 * of magnitude below the other pairs) goes right; a series marked `auto` (an imported one) goes
 * right when its level differs by more than 3× from the left axis' first series, else left.
 */
export function axesOf(series: readonly Series[]): ('left' | 'right')[] {
  if (series.length < 2 || series.every((s) => s.meta.axis === 'right')) return series.map(() => 'left');
  const fixed = series.map((s) => (s.meta.axis === 'right' ? 'right' : s.meta.axis === 'left' ? 'left' : null));
  const anchor = series.find((_, i) => fixed[i] === 'left') ?? series.find((_, i) => fixed[i] === null)!;
  const base = levelOf(anchor);
  return series.map((s, i) => {
    const f = fixed[i];
    if (f) return f;
    if (s === anchor) return 'left';
    const level = levelOf(s);
    const ratio = level / base;
    return Number.isFinite(ratio) && (ratio > 3 || ratio < 1 / 3) ? 'right' : 'left';
  });
}

/** Whether any shown series takes the right value axis (the chart and the panes under it then leave room for it). */
export function hasRightAxis(series: readonly Series[]): boolean {
  return axesOf(series).includes('right');
}

/**
 * The drawn points with the series' last observation before the range and its first after it
 * (when there are any), so that a line runs on to the plot's edges (clipped there) instead of
 * stopping at its last point inside: zoomed into a day of intraday data, a daily series is a
 * segment from one fix to the next, not nothing. Observations only, nothing interpolated.
 */
function withNeighbours(s: Series, from: number, to: number, t: ArrayLike<number>, values: ArrayLike<number>): { t: ArrayLike<number>; values: ArrayLike<number> } {
  const before = lowerBoundMs(s.t, from) - 1;
  const after = lowerBoundMs(s.t, to + 1e-3);
  const pre = before >= 0 ? 1 : 0;
  const post = after < s.t.length ? 1 : 0;
  if (!pre && !post) return { t, values };
  const n = t.length + pre + post;
  const tt = new Float64Array(n);
  const vv = new Float64Array(n);
  if (pre) {
    tt[0] = s.t[before];
    vv[0] = s.values[before];
  }
  for (let i = 0; i < t.length; i++) {
    tt[i + pre] = t[i];
    vv[i + pre] = values[i];
  }
  if (post) {
    tt[n - 1] = s.t[after];
    vv[n - 1] = s.values[after];
  }
  return { t: tt, values: vv };
}

/**
 * The chart state for a range: each series decimated to ~2 points per pixel column on a time
 * axis of instants (UTC ms), and round ticks per value axis (from the observations inside the
 * range; the neighbours outside it are drawn, clipped, but do not stretch the axis).
 */
export function buildChartData(series: readonly Series[], from: UnixMs, to: UnixMs, plotWidth: number): ChartData {
  const axes = axesOf(series);
  const ext: Record<'left' | 'right', [number, number] | null> = { left: null, right: null };
  // Used for an axis only when no line on it has an observation inside the range (a zoom between two fixes).
  const edgeExt: Record<'left' | 'right', [number, number] | null> = { left: null, right: null };
  const widen = (into: typeof ext, axis: 'left' | 'right', values: ArrayLike<number>) => {
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    if (!values.length) return;
    const e = into[axis];
    into[axis] = e ? [Math.min(e[0], lo), Math.max(e[1], hi)] : [lo, hi];
  };
  let pointCount = 0;
  const lines: ChartLine[] = series.map((s, k) => {
    const { t, values } = decimateMinMax(s, from, to, plotWidth);
    const axis = axes[k];
    widen(ext, axis, values);
    pointCount += values.length;
    const drawn = withNeighbours(s, from, to, t, values);
    widen(edgeExt, axis, drawn.values);
    const step = s.meta.resolution === 'daily' && to - from < STEP_BELOW_MS;
    return { key: lineKey(s), id: s.id, source: s.source, colorVar: s.meta.colorVar, dashed: !!s.compare, step, axis, ...drawn };
  });
  const left = ext.left ?? edgeExt.left;
  const right = ext.right ?? edgeExt.right;
  return {
    lines,
    left: left && scale(left),
    right: right && scale(right),
    rightKeys: lines.filter((l) => l.axis === 'right').map((l) => l.key),
    pointCount,
  };
}
