import type { PlotBox } from './line-path';

/** Plot geometry shared by the main chart and the panes aligned under it. */
export const CHART_MARGIN = { top: 22, right: 12, bottom: 4, left: 4 } as const;
export const Y_AXIS_WIDTH = 56;
/** Room under the plot for the time axis: tick marks and one line of labels. */
export const X_AXIS_HEIGHT = 30;

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * The chart's margin around the plot, axes included: the axes are drawn by our
 * own layer inside the plot's margin, so the plot box is the same whether or not
 * a right axis or a time axis is shown, given the same flags.
 */
export function plotMargin(rightAxis: boolean, timeAxis: boolean, top: number = CHART_MARGIN.top): Margin {
  return {
    top,
    right: CHART_MARGIN.right + (rightAxis ? Y_AXIS_WIDTH : 0),
    bottom: CHART_MARGIN.bottom + (timeAxis ? X_AXIS_HEIGHT : 0),
    left: CHART_MARGIN.left + Y_AXIS_WIDTH,
  };
}

/** The plot area of a `width` × `height` chart with `margin` (never negative). */
export function plotBoxOf(width: number, height: number, margin: Margin): PlotBox {
  return {
    x: margin.left,
    y: margin.top,
    width: Math.max(0, width - margin.left - margin.right),
    height: Math.max(0, height - margin.top - margin.bottom),
  };
}

/** Width of the plot inside a chart of `width` pixels (at least 50: the lines' column budget). */
export function plotWidthOf(width: number, rightAxis: boolean): number {
  const m = plotMargin(rightAxis, false);
  return Math.max(50, width - m.left - m.right);
}
