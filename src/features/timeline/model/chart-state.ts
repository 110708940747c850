import type { Series } from '../../rates/model/series';
import type { UnixMs } from '../../../lib/units';
import { timeTicks, type Tick } from '../../../lib/chart/time-ticks';
import type { Lang } from '../../../i18n/lang';
import { plotMargin, plotWidthOf, type Margin } from './chart-layout';
import { buildChartData, hasRightAxis, type ChartData } from './chart-rows';

/** The main chart (markers on top, time axis below) or a pane under it (no time axis, less room on top). */
export type ChartRole = 'main' | 'pane';

/** Minimum pixels between two markers before they merge into a cluster, in the chart and the panes alike. */
export const MARKER_GAP_PX = 15;
const PANE_TOP = 8;

/** The geometry every chart of the page shares for the same series and width: so their x positions match. */
export interface ChartFrame {
  rightAxis: boolean;
  margin: Margin;
  /** Width of the plot area (the lines' pixel-column budget). */
  plotWidth: number;
}

/** The margin of a chart of a role: the same horizontal margins for the chart and the panes. */
export function frameMargin(rightAxis: boolean, role: ChartRole): Margin {
  return role === 'main' ? plotMargin(rightAxis, true) : plotMargin(rightAxis, false, PANE_TOP);
}

export function chartFrame(series: readonly Series[], width: number, role: ChartRole): ChartFrame {
  const rightAxis = hasRightAxis(series);
  return { rightAxis, margin: frameMargin(rightAxis, role), plotWidth: plotWidthOf(width, rightAxis) };
}

/** The main chart's state for a range: its frame, decimated lines with value scales, and time ticks (labelled in `lang`). */
export interface ChartState extends ChartFrame {
  data: ChartData;
  xTicks: Tick[];
}

export function chartState(series: readonly Series[], from: UnixMs, to: UnixMs, width: number, lang: Lang = 'en'): ChartState {
  const frame = chartFrame(series, width, 'main');
  return { ...frame, data: buildChartData(series, from, to, frame.plotWidth), xTicks: timeTicks(from, to, frame.plotWidth, undefined, lang) };
}
