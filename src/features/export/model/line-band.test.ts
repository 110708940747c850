import { hitsBand, lineBand, pathPoints } from './line-band';

describe('pathPoints', () => {
  it('reads the vertices of an absolute M/L path as the chart writes it', () => {
    expect(pathPoints('M10 20L11.5 22.3L13 -4')).toEqual([
      [10, 20],
      [11.5, 22.3],
      [13, -4],
    ]);
  });
  it('has no points for an empty path', () => {
    expect(pathPoints('')).toEqual([]);
  });
});

describe('lineBand', () => {
  it('gives each column the y range a segment spans inside it', () => {
    // From (0, 0) to (4, 40): 10 px of y per column, so column 2 spans y 20..30.
    const band = lineBand([[[0, 0], [4, 40]]], 0, 4);
    expect([...band.lo]).toEqual([0, 10, 20, 30]);
    expect([...band.hi]).toEqual([10, 20, 30, 40]);
  });
  it('joins the lines: the band of a column runs from the highest line to the lowest', () => {
    const band = lineBand(
      [
        [[0, 10], [3, 10]],
        [[0, 50], [3, 50]],
      ],
      0,
      3,
    );
    expect([...band.lo]).toEqual([10, 10, 10]);
    expect([...band.hi]).toEqual([50, 50, 50]);
  });
  it('leaves columns without a line empty (NaN), and offsets columns by x0', () => {
    const band = lineBand([[[102, 5], [103, 5]]], 100, 5);
    expect(Number.isNaN(band.lo[0])).toBe(true);
    expect(band.lo[2]).toBe(5);
    expect(Number.isNaN(band.lo[4])).toBe(true);
  });
});

describe('hitsBand', () => {
  const band = lineBand([[[0, 40], [10, 40]]], 0, 20);
  it('is hit by a box across the line, missed by one above it or beside it', () => {
    expect(hitsBand(band, { x0: 2, x1: 6, y0: 35, y1: 45 }, 0)).toBe(true);
    expect(hitsBand(band, { x0: 2, x1: 6, y0: 10, y1: 20 }, 0)).toBe(false);
    // Columns 12..18 have no line.
    expect(hitsBand(band, { x0: 12, x1: 18, y0: 35, y1: 45 }, 0)).toBe(false);
  });
  it('keeps the padding clear: a box ending 1 px above the line hits with a 2 px pad', () => {
    expect(hitsBand(band, { x0: 2, x1: 6, y0: 29, y1: 39 }, 2)).toBe(true);
    expect(hitsBand(band, { x0: 2, x1: 6, y0: 29, y1: 39 }, 0)).toBe(false);
  });
});
