import { MAX_TICKS, niceTicks } from './nice-ticks';

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

describe('niceTicks on hostile ranges', () => {
  /** What every axis needs: a few finite ticks, strictly increasing, whose domain covers the figures. */
  function expectUsable({ domain, ticks }: { domain: [number, number]; ticks: number[] }, min: number, max: number) {
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    expect(ticks.length).toBeLessThanOrEqual(MAX_TICKS);
    expect(ticks.every(Number.isFinite)).toBe(true);
    expect(ticks.every((t, i) => i === 0 || t > ticks[i - 1])).toBe(true);
    expect(domain).toEqual([ticks[0], ticks[ticks.length - 1]]);
    // Covered up to a billionth of a step (a tick that close to a figure is taken as its bound).
    const slack = (ticks[1] - ticks[0]) * 1e-9;
    expect(domain[0] - slack).toBeLessThanOrEqual(min);
    expect(domain[1] + slack).toBeGreaterThanOrEqual(max);
  }

  it('pads two figures one ulp apart like a single figure (1 % each side), in round steps', () => {
    const a = 1300;
    const b = 1300.0000000000002; // the next double after 1300
    expect(b).toBeGreaterThan(a);
    const r = niceTicks(a, b, 6);
    expectUsable(r, a, b);
    // 1300 ± 1 % is 1287 … 1313: five intervals of at least 5.2, so steps of 10, from 1280 to 1320.
    expect(r.ticks).toEqual([1280, 1290, 1300, 1310, 1320]);
  });

  it('divides [1e-300, 2e-300] in steps of 2e-301 (no toFixed with 300 digits)', () => {
    const r = niceTicks(1e-300, 2e-300, 6);
    expect(r.ticks).toEqual([1e-300, 1.2e-300, 1.4e-300, 1.6e-300, 1.8e-300, 2e-300]);
  });

  it('keeps [1e308, 1.7e308] below the largest double: steps of 2.5e307, not 2e307 (1.8e308 is Infinity)', () => {
    const r = niceTicks(1e308, 1.7e308, 6);
    expect(r.ticks).toEqual([1e308, 1.25e308, 1.5e308, 1.75e308]);
  });

  it('gives evenly spaced ticks where round steps cannot work (a span beyond the largest double)', () => {
    const r = niceTicks(-1e308, 1.7e308, 6);
    expectUsable(r, -1e308, 1.7e308);
    expect(r.ticks).toHaveLength(6);
  });

  it.each([
    [Number.MAX_VALUE, Number.MAX_VALUE],
    [-Number.MAX_VALUE, -Number.MAX_VALUE],
    [-Number.MAX_VALUE, Number.MAX_VALUE],
    [0, Number.MIN_VALUE],
    [Number.MIN_VALUE, Number.MIN_VALUE],
    [0, 0],
    [-0, 0],
    [1e-320, 3e-320],
    [9007199254740992, 9007199254740994],
    [-1300.0000000000002, -1300],
  ])('gives a usable axis for [%d, %d]', (min, max) => {
    expectUsable(niceTicks(min, max, 6), min, max);
  });

  it('terminates with a usable axis for any finite range (random doubles of every size)', () => {
    let seed = 5;
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const anyDouble = () => (rand() < 0.5 ? -1 : 1) * (1 + rand()) * 2 ** Math.floor(rand() * 2098 - 1074);
    for (let i = 0; i < 3000; i++) {
      const a = anyDouble();
      const b = rand() < 0.3 ? a : rand() < 0.5 ? a + Math.abs(a) * 2 ** -52 : anyDouble();
      if (!Number.isFinite(a) || !Number.isFinite(b)) continue;
      const [min, max] = a < b ? [a, b] : [b, a];
      expectUsable(niceTicks(min, max, [4, 6, 7][i % 3]), min, max);
    }
  });

  it('never makes more than MAX_TICKS ticks, however many are asked', () => {
    expect(niceTicks(0, 1e6, 1e9).ticks.length).toBeLessThanOrEqual(MAX_TICKS);
  });
});
