import { CHART_MARGIN, X_AXIS_HEIGHT, Y_AXIS_WIDTH, plotMargin, plotWidthOf } from './chart-layout';

describe('plotMargin', () => {
  it('leaves room for the left axis always, the right axis and the time axis when shown', () => {
    expect(plotMargin(false, false)).toEqual({ top: CHART_MARGIN.top, right: CHART_MARGIN.right, bottom: CHART_MARGIN.bottom, left: CHART_MARGIN.left + Y_AXIS_WIDTH });
    expect(plotMargin(true, true, 8)).toEqual({
      top: 8,
      right: CHART_MARGIN.right + Y_AXIS_WIDTH,
      bottom: CHART_MARGIN.bottom + X_AXIS_HEIGHT,
      left: CHART_MARGIN.left + Y_AXIS_WIDTH,
    });
  });
  it('gives the chart and a pane under it the same plot width', () => {
    expect(plotWidthOf(1000, true)).toBe(1000 - 2 * Y_AXIS_WIDTH - CHART_MARGIN.left - CHART_MARGIN.right);
    expect(plotWidthOf(1000, false)).toBe(1000 - Y_AXIS_WIDTH - CHART_MARGIN.left - CHART_MARGIN.right);
    expect(plotWidthOf(10, false)).toBe(50);
  });
});
