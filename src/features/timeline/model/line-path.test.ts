import { dayAtX, linePath } from './line-path';

describe('linePath', () => {
  const box = { x: 10, y: 20, width: 100, height: 50 };
  it('maps days and values into the plot box, higher values higher up', () => {
    const d = linePath([{ t: 0, v: 0 }, { t: 5, v: 10 }, { t: 10, v: 5 }], 0, 10, [0, 10], box);
    expect(d).toBe('M10.0 70.0L60.0 20.0L110.0 45.0');
  });
  it('draws nothing without points', () => {
    expect(linePath([], 0, 1, [0, 1], box)).toBe('');
  });
  it('inverts x to a day, clamped to the domain', () => {
    expect(dayAtX(60, 100, 200, box)).toBe(150);
    expect(dayAtX(0, 100, 200, box)).toBe(100);
    expect(dayAtX(500, 100, 200, box)).toBe(200);
  });
});
