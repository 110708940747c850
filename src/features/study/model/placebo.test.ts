import { cumulativeAbnormalReturn, fitEvent, type ModelData } from './models';
import { candidateCar, placeboBase, placeboPool, yearOfDay } from './placebo-candidates';
import { placeboPs } from './placebo';
import { consecutiveDays, marketWorld } from './test-fixtures';
import type { CarWindow } from './study-settings';

describe('yearOfDay', () => {
  it('is the UTC calendar year of an epoch day', () => {
    for (let d = -800_000; d <= 800_000; d += 97) expect(yearOfDay(d)).toBe(new Date(d * 86_400_000).getUTCFullYear());
    // 1999-12-31 = day 10956, 2000-01-01 = 10957, 2000-12-31 = 11322, 2001-01-01 = 11323.
    expect([10956, 10957, 11322, 11323].map(yearOfDay)).toEqual([1999, 2000, 2000, 2001]);
  });
});

describe('placebo candidates', () => {
  const n = 1200;
  const days = consecutiveDays('2003-03-01', n);
  const world = marketWorld(n, 99);
  const events = [400, 700, 1000];
  const windows: CarWindow[] = [{ a: 0, b: 0 }, { a: 0, b: 5 }, { a: -5, b: -1 }, { a: 0, b: 20 }];

  it('have the CARs an event would have on that day, each with its own model (prefix sums = direct sums)', () => {
    for (const model of ['market', 'mean', 'raw'] as const) {
      const data: ModelData = { model, r: world.r, m: model === 'market' ? world.m : null };
      const pool = placeboPool(placeboBase(data, days, events, 5), windows);
      let checked = 0;
      for (let t0 = 0; t0 < n; t0++) {
        const near = events.some((e) => Math.abs(e - t0) <= 5);
        const fit = fitEvent(data, t0);
        const cars = windows.map((w) => (fit.ok ? cumulativeAbnormalReturn(data, fit, t0, w) : null));
        if (near || !cars.every((c) => c?.ok)) {
          expect(candidateCar(pool, t0, 0)).toBeNaN();
          continue;
        }
        cars.forEach((c, wi) => expect(candidateCar(pool, t0, wi)).toBeCloseTo((c as { car: number }).car, 10));
        checked++;
      }
      // Every observation with a full estimation window (from 131 on) and room for (0,20), but the 33 near events.
      expect(checked).toBe(n - 131 - 20 - 33);
      expect(pool.t0s.length).toBe(checked);
    }
  });

  it('are grouped by calendar year', () => {
    const pool = placeboPool(placeboBase({ model: 'raw', r: world.r, m: null }, days, events, 5), [{ a: 0, b: 0 }]);
    let total = 0;
    for (const [year, [start, end]] of pool.years) {
      for (let c = start; c < end; c++) expect(yearOfDay(days[pool.t0s[c]])).toBe(year);
      total += end - start;
    }
    expect(total).toBe(n - 131 - 33);
  });
});

describe('the placebo p', () => {
  const n = 1200;
  const days = consecutiveDays('2003-03-01', n);
  const world = marketWorld(n, 5);
  const data: ModelData = { model: 'mean', r: world.r, m: null };
  const pool = placeboPool(placeboBase(data, days, [], 5), [{ a: 0, b: 0 }, { a: 0, b: 5 }]);
  const ev = (t0: number, ...cars: number[]) => ({ t0, cars });

  it('is 1 for a mean CAR of 0 and 0 for one no set can reach', () => {
    expect(placeboPs(pool, [ev(300, 0.1, 1e6), ev(500, -0.1, 1e6), ev(800, 0, 1e6)], 500, 1)).toEqual([
      { ok: true, p: 1, sets: 500 },
      { ok: true, p: 0, sets: 500 },
    ]);
  });

  it('for one event, is the share of its year’s candidates at least as far from 0 (within sampling error)', () => {
    const t0 = 500; // 2004
    const [start, end] = pool.years.get(yearOfDay(days[t0]))!;
    const target = 0.6;
    let far = 0;
    for (let c = start; c < end; c++) if (Math.abs(pool.chunks[0][c * 8]) >= target) far++;
    const exact = far / (end - start);
    const [r] = placeboPs(pool, [ev(t0, target, NaN)], 20000, 8);
    expect(r.ok && Math.abs(r.p - exact)).toBeLessThan(0.015); // 4 standard errors (≈ 0.0035)
  });

  it('draws distinct days within a set: a year with exactly two candidates always gives the same pair', () => {
    // 2000-09-01 + 122 days = 2001-01-01: the 133 observations have candidates 131 and 132 only, both in 2001.
    const short = marketWorld(133, 3);
    const p = placeboPool(placeboBase({ model: 'raw', r: short.r, m: null }, consecutiveDays('2000-09-01', 133), [], 5), [{ a: 0, b: 0 }]);
    expect(Array.from(p.t0s)).toEqual([131, 132]);
    expect([...p.years.entries()]).toEqual([[2001, [0, 2]]]);
    const mean = (p.chunks[0][0] + p.chunks[0][8]) / 2;
    expect(placeboPs(p, [ev(131, mean), ev(132, mean)], 300, 4)).toEqual([{ ok: true, p: 1, sets: 300 }]);
    const above = Math.abs(mean) * (1 + 1e-9) + 1e-12;
    expect(placeboPs(p, [ev(131, above), ev(132, above)], 300, 4)).toEqual([{ ok: true, p: 0, sets: 300 }]);
    // Three events in 2001 cannot be replaced by distinct days; an event in 2000 has no candidate at all.
    expect(placeboPs(p, [ev(131, mean), ev(132, mean), ev(132, mean)], 300, 4)).toEqual([{ ok: false, reason: 'too-few-candidates', year: 2001 }]);
    expect(placeboPs(p, [ev(100, mean)], 300, 4)).toEqual([{ ok: false, reason: 'too-few-candidates', year: 2000 }]);
  });

  it('an event without a CAR in a window draws a stand-in that does not count there', () => {
    // The two-candidate year again, windows (0,0) twice. A counts in both, B only in the first.
    const short = marketWorld(133, 3);
    const p = placeboPool(placeboBase({ model: 'raw', r: short.r, m: null }, consecutiveDays('2000-09-01', 133), [], 5), [{ a: 0, b: 0 }, { a: 0, b: 0 }]);
    const [c131, c132] = [p.chunks[0][0], p.chunks[0][8]];
    const big = Math.max(Math.abs(c131), Math.abs(c132));
    const [both, aOnly] = placeboPs(p, [ev(131, big, big), ev(132, big, NaN)], 400, 9);
    // Window 1: every set is {131, 132}, whose mean is below the larger |CAR|: p = 0.
    expect(both).toEqual({ ok: true, p: 0, sets: 400 });
    // Window 2: A's stand-in alone, 131 or 132 at random: the larger one about half the time.
    expect(aOnly.ok && aOnly.p > 0.4 && aOnly.p < 0.6).toBe(true);
  });

  it('gives a window the same p however many windows are drawn with it (blocks of 8 share the draws)', () => {
    const w = (b: number) => ({ a: 0, b });
    const one = placeboPool(placeboBase(data, days, [], 5), [w(5)]);
    const ten = placeboPool(placeboBase(data, days, [], 5), [w(5), w(0), w(1), w(2), w(3), w(4), w(5), w(5), w(5), w(5)]);
    const events = [ev(300, 0.3), ev(500, -0.1), ev(800, 0.4)];
    const cars10 = (x: number) => [x, NaN, NaN, NaN, NaN, NaN, x, x, x, x];
    const [alone] = placeboPs(one, events, 1000, 77);
    const all = placeboPs(ten, events.map((e) => ev(e.t0, ...cars10(e.cars[0]))), 1000, 77);
    expect(alone.ok).toBe(true);
    for (const i of [0, 6, 7, 8, 9]) expect(all[i]).toEqual(alone);
    expect(all[1]).toEqual({ ok: false, reason: 'no-events', year: null });
  });

  it('counts an event only in the windows where it has a CAR', () => {
    // A single event with CAR(0,0) but none for (0,5): the second window has no events.
    expect(placeboPs(pool, [ev(500, 0.2, NaN)], 100, 1)[1]).toEqual({ ok: false, reason: 'no-events', year: null });
  });

  it('is the same for the same seed', () => {
    const events = [ev(300, 0.3, 0.5), ev(500, 0.1, -0.2), ev(800, 0.4, 0.9), ev(900, -0.2, 0.3)];
    expect(placeboPs(pool, events, 2000, 42)).toEqual(placeboPs(pool, events, 2000, 42));
  });

  it('has no events to compare without events', () => {
    expect(placeboPs(pool, [], 100, 1)).toEqual([
      { ok: false, reason: 'no-events', year: null },
      { ok: false, reason: 'no-events', year: null },
    ]);
  });
});
