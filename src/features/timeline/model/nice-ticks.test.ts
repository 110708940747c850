import { niceTicks } from './nice-ticks';

describe('niceTicks', () => {
  it('covers the range with round steps', () => {
    expect(niceTicks(869.9, 1603.4, 6)).toEqual({ domain: [800, 1800], ticks: [800, 1000, 1200, 1400, 1600, 1800] });
    expect(niceTicks(159.6, 191.5, 6).ticks).toEqual([150, 160, 170, 180, 190, 200]);
  });
  it('handles small and flat ranges', () => {
    expect(niceTicks(1.05, 1.09, 5).ticks).toEqual([1.05, 1.06, 1.07, 1.08, 1.09]);
    const flat = niceTicks(100, 100);
    expect(flat.domain[0]).toBeLessThan(100);
    expect(flat.domain[1]).toBeGreaterThan(100);
  });
});
