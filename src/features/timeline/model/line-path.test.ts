import { timeAtX, linePath } from './line-path';

describe('linePath', () => {
  const box = { x: 10, y: 20, width: 100, height: 50 };
  it('maps days and values into the plot box, higher values higher up', () => {
    const d = linePath([0, 5, 10], [0, 10, 5], 0, 10, [0, 10], box);
    expect(d).toBe('M10 70L60 20L110 45');
    // Rounded to a tenth of a pixel.
    expect(linePath([0, 1], [0, 10], 0, 3, [0, 30], box)).toBe('M10 70L43.3 53.3');
  });
  it('draws nothing without points', () => {
    expect(linePath([], [], 0, 1, [0, 1], box)).toBe('');
  });
  it('inverts x to a time, clamped to the domain', () => {
    expect(timeAtX(60, 100, 200, box)).toBe(150);
    expect(timeAtX(0, 100, 200, box)).toBe(100);
    expect(timeAtX(500, 100, 200, box)).toBe(200);
  });
});
