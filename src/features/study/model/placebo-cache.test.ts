import { describe, expect, it } from 'vitest';
import { cachedPlaceboPool } from './placebo-cache';
import { placeboBase, placeboPool } from './placebo-candidates';
import { percentLogReturns } from './returns';

// A plain series of 800 business-day-like observations (synthetic prices, not market figures).
const days = Int32Array.from({ length: 800 }, (_, i) => 10_957 + i);
const values = Float64Array.from({ length: 800 }, (_, i) => 1000 + 20 * Math.sin(i / 7) + (i % 13));
const data = { model: 'mean' as const, r: percentLogReturns(values), m: null };
const windows = [{ a: 0, b: 0 }, { a: 0, b: 5 }];

describe('the placebo pool cache', () => {
  it('gives the pool placeboBase + placeboPool give, and the same object for the same inputs', () => {
    const pool = cachedPlaceboPool(values, data, days, [300, 500], 5, windows);
    const fresh = placeboPool(placeboBase(data, days, [300, 500], 5), windows);
    expect(Array.from(pool.t0s)).toEqual(Array.from(fresh.t0s));
    expect(Array.from(pool.chunks[0])).toEqual(Array.from(fresh.chunks[0]));
    expect(cachedPlaceboPool(values, data, days, [300, 500], 5, windows)).toBe(pool);
  });

  it('computes anew when the events kept away, the windows, the radius or the series change', () => {
    const pool = cachedPlaceboPool(values, data, days, [300, 500], 5, windows);
    expect(cachedPlaceboPool(values, data, days, [300, 501], 5, windows)).not.toBe(pool);
    expect(cachedPlaceboPool(values, data, days, [300, 500], 4, windows)).not.toBe(pool);
    expect(cachedPlaceboPool(values, data, days, [300, 500], 5, [{ a: 0, b: 1 }])).not.toBe(pool);
    const other = Float64Array.from(values);
    const otherData = { ...data, r: percentLogReturns(other) };
    expect(cachedPlaceboPool(other, otherData, days, [300, 500], 5, windows)).not.toBe(pool);
    // The excluded T0 moved by one: the candidate next to it changes.
    const moved = cachedPlaceboPool(values, data, days, [300, 501], 5, windows);
    expect(Array.from(moved.t0s)).not.toEqual(Array.from(pool.t0s));
  });
});
