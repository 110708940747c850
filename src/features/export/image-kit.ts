// What the image buttons draw with, in a chunk of its own: loaded when a button is pointed at,
// focused or pressed, not with the page (it is not needed for the first paint).
export { buildChartSvg, ChartImageError, svgToPng } from './chart-image';
export { screenTheme } from './image-dom';
