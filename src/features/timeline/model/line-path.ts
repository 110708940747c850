import type { ChartPoint } from './chart-rows';

export interface PlotBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * SVG path of a line through the drawn points: days map linearly onto
 * [box.x, box.x + width] for [from, to], values onto the box's height for the
 * y domain (higher value = higher on screen). Points join in order; nothing is
 * added between them.
 */
export function linePath(points: readonly ChartPoint[], from: number, to: number, domain: readonly [number, number], box: PlotBox): string {
  if (!points.length) return '';
  const sx = box.width / Math.max(1e-9, to - from);
  const sy = box.height / Math.max(1e-9, domain[1] - domain[0]);
  const parts: string[] = new Array(points.length);
  for (let i = 0; i < points.length; i++) {
    const p = points[i];
    const x = box.x + (p.t - from) * sx;
    const y = box.y + box.height - (p.v - domain[0]) * sy;
    parts[i] = `${i === 0 ? 'M' : 'L'}${x.toFixed(1)} ${y.toFixed(1)}`;
  }
  return parts.join('');
}

/** The day under a pixel x of the plot (clamped to the domain). */
export function dayAtX(px: number, from: number, to: number, box: PlotBox): number {
  const f = Math.min(1, Math.max(0, (px - box.x) / Math.max(1, box.width)));
  return from + f * (to - from);
}
