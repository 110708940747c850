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

describe('linePath as steps', () => {
  it('holds each figure flat until the next observation, then moves to it', () => {
    const box = { x: 10, y: 20, width: 100, height: 50 };
    // x: 0 → 10, 5 → 60, 10 → 110; y: 0 → 70, 10 → 20, 5 → 45.
    expect(linePath([0, 5, 10], [0, 10, 5], 0, 10, [0, 10], box, true)).toBe('M10 70L60 70L60 20L110 20L110 45');
  });
});
