import { asMs, DAY_MS } from '../../../lib/units';
import { rangeIndicesMs, type Series } from '../../rates/model/series';

/** The period a row of the chart's data table covers. */
export type TablePeriod = 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year';

const HOUR_MS = 3_600_000;

/**
 * The period that gives a readable table for a range of `spanMs` (at most ~65 rows): hours
 * for an intraday range of up to 3 days, then days (≤ 62), ISO weeks (≤ 440 days), months
 * (≤ 5.2 years), quarters (≤ 16 years), years.
 */
export function tablePeriod(spanMs: number, intraday: boolean): TablePeriod {
  const days = spanMs / DAY_MS;
  if (intraday && days <= 3) return 'hour';
  if (days <= 62) return 'day';
  if (days <= 440) return 'week';
  if (days <= 1900) return 'month';
  if (days <= 5840) return 'quarter';
  return 'year';
}

/** The start (UTC ms) of the period holding `ms`: weeks start on Monday (ISO), all in UTC. */
export function periodStart(ms: number, period: TablePeriod): number {
  if (period === 'hour') return Math.floor(ms / HOUR_MS) * HOUR_MS;
  const day = Math.floor(ms / DAY_MS);
  if (period === 'day') return day * DAY_MS;
  // Epoch day 0 (1970-01-01) was a Thursday: Monday is 3 days before it.
  if (period === 'week') return (day - ((((day + 3) % 7) + 7) % 7)) * DAY_MS;
  const d = new Date(day * DAY_MS);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  if (period === 'month') return Date.UTC(y, m, 1);
  if (period === 'quarter') return Date.UTC(y, m - (m % 3), 1);
  return Date.UTC(y, 0, 1);
}

export interface TableRow {
  /** Start of the period (UTC ms). */
  start: number;
  /** Per series (in the order given): its last observation in the period, or null when it has none there. */
  cells: (number | null)[];
}

/** Where a series stands for the table: the observation's key (its date for a daily series, its instant otherwise). */
function keyMs(s: Series, i: number): number {
  return s.meta.resolution === 'intraday' ? s.t[i] : s.days[i] * DAY_MS;
}

/**
 * The chart's data table: one row per period in which any series has an observation in
 * [from, to], each cell the series' last observation of that period (never a filled value),
 * rows in time order. O(observations in range).
 */
export function chartTable(series: readonly Series[], from: number, to: number): { period: TablePeriod; rows: TableRow[] } {
  const period = tablePeriod(to - from, series.some((s) => s.meta.resolution === 'intraday'));
  const rows = new Map<number, (number | null)[]>();
  series.forEach((s, k) => {
    const [i0, end] = rangeIndicesMs(s, asMs(from), asMs(to));
    for (let i = i0; i < end; i++) {
      const start = periodStart(keyMs(s, i), period);
      let cells = rows.get(start);
      if (!cells) rows.set(start, (cells = series.map(() => null)));
      cells[k] = s.values[i]; // observations come in time order: the last one stays
    }
  });
  return { period, rows: [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([start, cells]) => ({ start, cells })) };
}

export interface Point {
  /** The observation's key: its date (UTC ms of the day) for a daily series, its instant otherwise. */
  at: number;
  value: number;
}

export interface SeriesSummary {
  first: Point;
  last: Point;
  low: Point;
  high: Point;
  /** Observations in range. */
  count: number;
  /** last / first − 1, in per cent. */
  changePct: number;
}

/** First, last, lowest and highest observation of a series in [from, to] (the earliest of equal extremes), or null without any. */
export function seriesSummary(s: Series, from: number, to: number): SeriesSummary | null {
  const [i0, end] = rangeIndicesMs(s, asMs(from), asMs(to));
  if (i0 >= end) return null;
  let lo = i0;
  let hi = i0;
  for (let i = i0 + 1; i < end; i++) {
    if (s.values[i] < s.values[lo]) lo = i;
    if (s.values[i] > s.values[hi]) hi = i;
  }
  const at = (i: number): Point => ({ at: keyMs(s, i), value: s.values[i] });
  return { first: at(i0), last: at(end - 1), low: at(lo), high: at(hi), count: end - i0, changePct: (s.values[end - 1] / s.values[i0] - 1) * 100 };
}
