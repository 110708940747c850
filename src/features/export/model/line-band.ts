/**
 * Where the chart's lines are, column by column: the vertical band between the highest and the
 * lowest point any line reaches in each pixel column of the plot. An event label placed in the
 * image must stay out of it (above or below), so that no label hides a line.
 */

/** The vertices of an SVG path written with absolute M and L commands (what the chart's line path writes). */
export function pathPoints(d: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /[ML]\s*(-?[\d.]+(?:e-?\d+)?)[\s,]+(-?[\d.]+(?:e-?\d+)?)/gi;
  for (let m = re.exec(d); m; m = re.exec(d)) out.push([Number(m[1]), Number(m[2])]);
  return out;
}

/** Per integer column `x0 + i` (i < width): the least and greatest y any line reaches there; NaN where none passes. */
export interface LineBand {
  x0: number;
  lo: Float64Array;
  hi: Float64Array;
}

/**
 * The band of `lines` (each a polyline) over the columns [x0, x0 + width). A segment counts in
 * every column it crosses, with the y range it spans inside that column (interpolated at the
 * column's edges), so a steep move fills its own column and a long flat step fills only its row.
 */
export function lineBand(lines: readonly (readonly (readonly [number, number])[])[], x0: number, width: number): LineBand {
  const n = Math.max(0, Math.ceil(width));
  const lo = new Float64Array(n).fill(NaN);
  const hi = new Float64Array(n).fill(NaN);
  const mark = (c: number, ya: number, yb: number) => {
    if (c < 0 || c >= n) return;
    const a = Math.min(ya, yb);
    const b = Math.max(ya, yb);
    if (!(lo[c] <= a)) lo[c] = a;
    if (!(hi[c] >= b)) hi[c] = b;
  };
  for (const pts of lines) {
    if (pts.length === 1) mark(Math.floor(pts[0][0] - x0), pts[0][1], pts[0][1]);
    for (let i = 1; i < pts.length; i++) {
      let [ax, ay] = pts[i - 1];
      let [bx, by] = pts[i];
      if (bx < ax) [ax, ay, bx, by] = [bx, by, ax, ay];
      const yAt = (x: number) => (bx === ax ? ay : ay + ((by - ay) * (x - ax)) / (bx - ax));
      const first = Math.max(0, Math.floor(ax - x0));
      const last = Math.min(n - 1, Math.floor(bx - x0));
      if (bx === ax) {
        mark(first, ay, by);
        continue;
      }
      for (let c = first; c <= last; c++) {
        const left = Math.max(ax, x0 + c);
        const right = Math.min(bx, x0 + c + 1);
        mark(c, yAt(left), yAt(right));
      }
    }
  }
  return { x0, lo, hi };
}

/** Whether the box [x0, x1] × [y0, y1] comes within `pad` pixels (vertically) of the lines in any of its columns. */
export function hitsBand(band: LineBand, box: { x0: number; x1: number; y0: number; y1: number }, pad = 2): boolean {
  const from = Math.max(0, Math.floor(box.x0 - band.x0));
  const to = Math.min(band.lo.length - 1, Math.floor(box.x1 - band.x0));
  for (let c = from; c <= to; c++) {
    if (Number.isNaN(band.lo[c])) continue;
    if (box.y1 + pad > band.lo[c] && box.y0 - pad < band.hi[c]) return true;
  }
  return false;
}
