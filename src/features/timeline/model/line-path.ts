
export interface PlotBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * SVG path of a line through the drawn points: times map linearly onto
 * [box.x, box.x + width] for [from, to], values onto the box's height for the
 * y domain (higher value = higher on screen). Points join in order; nothing is
 * added between them. With `step`, each figure is held flat until the next observation (how a
 * daily fix is drawn under a zoom into hours: it stands until the next fix is published).
 */
export function linePath(
  times: ArrayLike<number>,
  values: ArrayLike<number>,
  from: number,
  to: number,
  domain: readonly [number, number],
  box: PlotBox,
  step = false,
): string {
  const n = Math.min(times.length, values.length);
  if (!n) return '';
  const sx = box.width / Math.max(1e-9, to - from);
  const sy = box.height / Math.max(1e-9, domain[1] - domain[0]);
  const bottom = box.y + box.height;
  // Coordinates rounded to 0.1 px. Joined once into one flat string: a string grown by `+=` is a
  // rope of thousands of pieces, and React keeps the last two renders' paths alive.
  const parts: string[] = new Array(n);
  let prevY = 0;
  for (let i = 0; i < n; i++) {
    const x = Math.round((box.x + (times[i] - from) * sx) * 10) / 10;
    const y = Math.round((bottom - (values[i] - domain[0]) * sy) * 10) / 10;
    // A step holds the previous figure until this observation's instant, then moves to it.
    parts[i] = i === 0 ? 'M' + x + ' ' + y : step ? 'L' + x + ' ' + prevY + 'L' + x + ' ' + y : 'L' + x + ' ' + y;
    prevY = y;
  }
  return parts.join('');
}

/** The time (in the domain's unit) under a pixel x of the plot (clamped to the domain). */
export function timeAtX(px: number, from: number, to: number, box: PlotBox): number {
  const f = Math.min(1, Math.max(0, (px - box.x) / Math.max(1, box.width)));
  return from + f * (to - from);
}
