import { MARKER_SHAPES, markerPath } from './marker-shape';

/** The polygon's vertices from path data made of M/L/Z (the circle is handled apart). */
function vertices(d: string): [number, number][] {
  return d
    .replace(/^M/, '')
    .replace(/Z$/, '')
    .split('L')
    .map((p) => p.split(',').map(Number) as [number, number]);
}

/** Shoelace formula. */
function area(pts: readonly [number, number][]): number {
  let s = 0;
  for (let i = 0; i < pts.length; i++) {
    const [x1, y1] = pts[i];
    const [x2, y2] = pts[(i + 1) % pts.length];
    s += x1 * y2 - x2 * y1;
  }
  return Math.abs(s) / 2;
}

describe('markerPath', () => {
  const r = 10;
  const circle = Math.PI * r * r;

  it('gives every polygon about the area of the circle of radius r (within 10 %)', () => {
    for (const shape of MARKER_SHAPES.filter((s) => s !== 'circle')) {
      const a = area(vertices(markerPath(shape, 0, 0, r)));
      expect(Math.abs(a / circle - 1), shape).toBeLessThan(0.1);
    }
  });

  it('centres each shape on (cx, cy): the vertices balance around it', () => {
    for (const shape of ['square', 'diamond', 'plus', 'star'] as const) {
      const pts = vertices(markerPath(shape, 50, 20, r));
      const mx = pts.reduce((s, p) => s + p[0], 0) / pts.length;
      const my = pts.reduce((s, p) => s + p[1], 0) / pts.length;
      expect(mx, shape).toBeCloseTo(50, 1);
      expect(my, shape).toBeCloseTo(20, 1);
    }
  });

  it('points the triangles up and down: the apex above or below the centre', () => {
    const up = vertices(markerPath('triangle-up', 0, 0, r));
    const down = vertices(markerPath('triangle-down', 0, 0, r));
    expect(up[0][1]).toBeLessThan(0);
    expect(down[0][1]).toBeGreaterThan(0);
    // Centroid of a triangle: mean of its vertices.
    expect((up[0][1] + up[1][1] + up[2][1]) / 3).toBeCloseTo(0, 1);
  });

  it('draws the circle as two arcs of radius r from (cx − r, cy)', () => {
    expect(markerPath('circle', 5, 7, 3)).toBe('M2,7a3,3 0 1,0 6,0a3,3 0 1,0 -6,0Z');
  });
});
