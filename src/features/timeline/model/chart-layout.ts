/** Plot geometry shared by the main chart and the panes aligned under it. */
export const CHART_MARGIN = { top: 22, right: 12, bottom: 4, left: 4 } as const;
export const Y_AXIS_WIDTH = 56;
