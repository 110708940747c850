import { tracePath } from './aligned-traces-layer';

describe('tracePath', () => {
  // x = 10·k + 100, y = 50 − v (by hand below).
  const x = (k: number) => 10 * k + 100;
  const y = (v: number) => 50 - v;

  it('moves to the first value and draws a line through the rest', () => {
    expect(tracePath([-1, 0, 1], [0, 2, -1], x, y)).toBe('M90,50L100,48L110,51');
  });

  it('breaks the line where a day has no value, and starts again after it', () => {
    expect(tracePath([-2, -1, 0, 1, 2], [null, 1, null, 3, 4], x, y)).toBe('M90,49M110,47L120,46');
  });

  it('is empty without values', () => {
    expect(tracePath([0, 1], [null, null], x, y)).toBe('');
  });
});
