import { cumulativeAbnormalReturn, fitEvent, type ModelData } from './models';
import { placeboBase, placeboP, placeboPool, yearOfDay } from './placebo';
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

  it('have the CAR an event would have on that day, each with its own model (prefix sums = direct sums)', () => {
    for (const model of ['market', 'mean', 'raw'] as const) {
      const data: ModelData = { model, r: world.r, m: model === 'market' ? world.m : null };
      const base = placeboBase(data, days, events, 5);
      for (const w of [{ a: 0, b: 0 }, { a: 0, b: 5 }, { a: -5, b: -1 }, { a: 0, b: 20 }] as CarWindow[]) {
        const pool = placeboPool(base, w);
        let checked = 0;
        for (let t0 = 0; t0 < n; t0++) {
          const near = events.some((e) => Math.abs(e - t0) <= 5);
          const fit = fitEvent(data, t0);
          const car = fit.ok ? cumulativeAbnormalReturn(data, fit, t0, w) : null;
          if (near || !car?.ok) {
            expect(pool.cars[t0]).toBeNaN();
            continue;
          }
          expect(pool.cars[t0]).toBeCloseTo(car.car, 10);
          checked++;
        }
        // Every observation from 131 on (a full estimation window) up to the window's end, but the 33 near events.
        expect(checked).toBe(n - 131 - Math.max(0, w.b) - 33);
      }
    }
  });

  it('are grouped by calendar year', () => {
    const base = placeboBase({ model: 'raw', r: world.r, m: null }, days, events, 5);
    const pool = placeboPool(base, { a: 0, b: 0 });
    let total = 0;
    for (const [year, list] of pool.byYear) {
      for (const t0 of list) expect(yearOfDay(days[t0])).toBe(year);
      total += list.length;
    }
    expect(total).toBe(n - 131 - 33);
  });
});

describe('the placebo p', () => {
  const n = 1200;
  const days = consecutiveDays('2003-03-01', n);
  const world = marketWorld(n, 5);
  const data: ModelData = { model: 'mean', r: world.r, m: null };
  const base = placeboBase(data, days, [], 5);
  const pool = placeboPool(base, { a: 0, b: 0 });

  it('is 1 for a mean CAR of 0 and 0 for one no set can reach', () => {
    expect(placeboP(pool, [300, 500, 800], 0, 500, 1)).toEqual({ ok: true, p: 1, sets: 500 });
    expect(placeboP(pool, [300, 500, 800], 1e6, 500, 1)).toEqual({ ok: true, p: 0, sets: 500 });
  });

  it('for one event, is the share of its year’s candidates at least as far from 0 (within sampling error)', () => {
    const t0 = 500; // 2004
    const year = yearOfDay(days[t0]);
    const list = Array.from(pool.byYear.get(year)!);
    const target = 0.6;
    const exact = list.filter((c) => Math.abs(pool.cars[c]) >= target).length / list.length;
    const r = placeboP(pool, [t0], target, 20000, 8);
    expect(r.ok && Math.abs(r.p - exact)).toBeLessThan(0.015); // 4 standard errors (≈ 0.0035)
  });

  it('draws distinct days within a set: a year with exactly two candidates always gives the same pair', () => {
    // 2000-09-01 + 122 days = 2001-01-01: the 133 observations have candidates 131 and 132 only, both in 2001.
    const short = marketWorld(133, 3);
    const d = consecutiveDays('2000-09-01', 133);
    const b = placeboBase({ model: 'raw', r: short.r, m: null }, d, [], 5);
    const p = placeboPool(b, { a: 0, b: 0 });
    expect([...p.byYear.entries()].map(([y, l]) => [y, Array.from(l)])).toEqual([[2001, [131, 132]]]);
    const mean = (p.cars[131] + p.cars[132]) / 2;
    expect(placeboP(p, [131, 132], mean, 300, 4)).toEqual({ ok: true, p: 1, sets: 300 });
    expect(placeboP(p, [131, 132], Math.abs(mean) * (1 + 1e-9) + 1e-12, 300, 4)).toEqual({ ok: true, p: 0, sets: 300 });
    // Three events in 2001 cannot be replaced by distinct days; an event in 2000 has no candidate at all.
    expect(placeboP(p, [131, 132, 132], mean, 300, 4)).toEqual({ ok: false, reason: 'too-few-candidates', year: 2001 });
    expect(placeboP(p, [100], mean, 300, 4)).toEqual({ ok: false, reason: 'too-few-candidates', year: 2000 });
  });

  it('is the same for the same seed', () => {
    const a = placeboP(pool, [300, 500, 800, 900], 0.3, 2000, 42);
    expect(placeboP(pool, [300, 500, 800, 900], 0.3, 2000, 42)).toEqual(a);
  });

  it('has no events to compare without events', () => {
    expect(placeboP(pool, [], NaN, 100, 1)).toEqual({ ok: false, reason: 'no-events', year: null });
  });
});
