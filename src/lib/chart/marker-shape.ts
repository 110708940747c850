/**
 * The marker shapes that tell the event categories apart without colour (each category has a
 * colour and a shape: config/categories.ts). Every shape is drawn centred on (cx, cy) with about
 * the area of a circle of radius r, so no category looks more important than another.
 */
export type MarkerShape = 'circle' | 'square' | 'diamond' | 'triangle-up' | 'triangle-down' | 'plus' | 'star';

export const MARKER_SHAPES: readonly MarkerShape[] = ['circle', 'square', 'diamond', 'triangle-up', 'triangle-down', 'plus', 'star'];

const f = (v: number) => String(Math.round(v * 100) / 100);

function polygon(points: readonly (readonly [number, number])[]): string {
  return `M${points.map(([x, y]) => `${f(x)},${f(y)}`).join('L')}Z`;
}

/** The outline of `shape` as SVG path data. */
export function markerPath(shape: MarkerShape, cx: number, cy: number, r: number): string {
  switch (shape) {
    case 'circle':
      return `M${f(cx - r)},${f(cy)}a${f(r)},${f(r)} 0 1,0 ${f(2 * r)},0a${f(r)},${f(r)} 0 1,0 ${f(-2 * r)},0Z`;
    case 'square': {
      const h = (r * Math.sqrt(Math.PI)) / 2; // side √π·r: area πr²
      return polygon([
        [cx - h, cy - h],
        [cx + h, cy - h],
        [cx + h, cy + h],
        [cx - h, cy + h],
      ]);
    }
    case 'diamond': {
      const a = r * Math.sqrt(Math.PI / 2); // half-diagonal: area 2a² = πr²
      return polygon([
        [cx, cy - a],
        [cx + a, cy],
        [cx, cy + a],
        [cx - a, cy],
      ]);
    }
    case 'triangle-up':
    case 'triangle-down': {
      // Equilateral, area πr², centred on its centroid.
      const side = Math.sqrt((4 * Math.PI * r * r) / Math.sqrt(3));
      const h = (side * Math.sqrt(3)) / 2;
      const s = shape === 'triangle-up' ? 1 : -1;
      return polygon([
        [cx, cy - (s * 2 * h) / 3],
        [cx + side / 2, cy + (s * h) / 3],
        [cx - side / 2, cy + (s * h) / 3],
      ]);
    }
    case 'plus': {
      const a = 1.2 * r; // arm half-length
      const w = 0.425 * r; // half the arm's width: area 8aw − 4w² ≈ 3.36 r²
      return polygon([
        [cx - w, cy - a],
        [cx + w, cy - a],
        [cx + w, cy - w],
        [cx + a, cy - w],
        [cx + a, cy + w],
        [cx + w, cy + w],
        [cx + w, cy + a],
        [cx - w, cy + a],
        [cx - w, cy + w],
        [cx - a, cy + w],
        [cx - a, cy - w],
        [cx - w, cy - w],
      ]);
    }
    case 'star': {
      // Five points, outer 1.35r, inner 0.78r: area 5·R·ri·sin 36° ≈ 3.09 r².
      const pts: [number, number][] = [];
      for (let k = 0; k < 10; k++) {
        const rad = k % 2 === 0 ? 1.35 * r : 0.78 * r;
        const ang = -Math.PI / 2 + (k * Math.PI) / 5;
        pts.push([cx + rad * Math.cos(ang), cy + rad * Math.sin(ang)]);
      }
      return polygon(pts);
    }
  }
}
