import { eventReaction, pctChange, preVolAt, reactionAt } from './reaction';
import { day, ev, lcg, seriesOn, weekdays } from './test-fixtures';

/** Independent reference: mean, then Σ(x − mean)² / (n − 1), on plain numbers. */
function twoPassStd(xs: number[]): number {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return Math.sqrt(xs.reduce((a, x) => a + (x - mean) * (x - mean), 0) / (xs.length - 1));
}
function refPreVol(values: ArrayLike<number>, base: number): number {
  const r: number[] = [];
  for (let j = base - 59; j <= base; j++) r.push(100 * Math.log(values[j] / values[j - 1]));
  return twoPassStd(r);
}
const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('reaction figures on a hand-computed series', () => {
  // 30 weekdays from Mon 2024-01-01; value = 100 + index.
  const dates = weekdays('2024-01-01', 30);
  const s = seriesOn(dates, dates.map((_, i) => 100 + i));
  const r = eventReaction(ev('e', dates[10]), s); // T0 = index 10, T−1 = 9

  it('finds T0 and T−1 with their dates and rates', () => {
    expect(r.status).toBe('ok');
    expect(r.t0).toBe(day(dates[10]));
    expect(r.baseDate).toBe(day(dates[9]));
    expect([r.baseRate, r.t0Rate]).toEqual([109, 110]);
  });
  it('computes chg_0, chg_5 and pre_drift', () => {
    expect(r.chg0).toBeCloseTo((110 / 109 - 1) * 100, 12);
    expect(r.chg5).toBeCloseTo((115 / 109 - 1) * 100, 12);
    expect(r.preDrift).toBeCloseTo((109 / 104 - 1) * 100, 12);
  });
  it('leaves chg_20 empty when the series ends first (T0+20 = index 30 of 0…29)', () => {
    expect(r.chg20).toBeNull();
    const r2 = eventReaction(ev('e', dates[9]), s); // T0 + 20 = index 29, the last one
    expect(r2.chg20).toBeCloseTo((129 / 108 - 1) * 100, 12);
  });
  it('has no pre_vol or z with fewer than 60 returns', () => {
    expect(r.preVol).toBeNull();
    expect(r.z0).toBeNull();
  });
  it('has no pre_drift without T−6', () => {
    const r3 = eventReaction(ev('e', dates[5]), s); // T−1 = 4, T−6 = −1
    expect(r3.preDrift).toBeNull();
    expect(eventReaction(ev('e', dates[6]), s).preDrift).toBeCloseTo((105 / 100 - 1) * 100, 12);
  });
  it('reports misses with null figures', () => {
    const miss = eventReaction(ev('e', '2030-01-01'), s);
    expect(miss).toMatchObject({ status: 'after-last', t0: null, baseDate: null, chg0: null, preVol: null, z0: null });
    const first = eventReaction(ev('e', dates[0]), s);
    expect(first).toMatchObject({ status: 'no-base', t0: day(dates[0]), t0Rate: 100, baseRate: null, chg0: null });
  });
});

describe('pre_vol and z_0', () => {
  const rnd = lcg(42);
  const n = 200;
  const dates = weekdays('2023-01-02', n);
  const vals: number[] = [1200];
  for (let i = 1; i < n; i++) vals.push(vals[i - 1] * Math.exp(0.006 * (rnd() - 0.5)));
  const s = seriesOn(dates, vals);

  it('needs exactly 60 returns: T−1 at index 60 has them, at 59 not', () => {
    expect(preVolAt(s.values, 59)).toBeNull();
    expect(preVolAt(s.values, 60)).not.toBeNull();
    expect(rel(preVolAt(s.values, 60)!, refPreVol(vals, 60))).toBeLessThan(1e-9);
  });
  it('matches a direct two-pass computation and gives z_0 = 100 ln(P0/P−1) / pre_vol', () => {
    for (const t0 of [61, 100, 150, 199]) {
      const r = reactionAt(s, { ok: true, t0, base: t0 - 1 });
      const want = refPreVol(vals, t0 - 1);
      expect(rel(r.preVol!, want)).toBeLessThan(1e-9);
      expect(rel(r.z0!, (100 * Math.log(vals[t0] / vals[t0 - 1])) / want)).toBeLessThan(1e-9);
    }
  });
  it('stays accurate where prefix sums would not: a huge jump long before, then a steady trend', () => {
    // A 1000× jump early (squared return ≈ 48) and a later window with tiny spread around a
    // large mean return: differences of prefix sums of r and r² lose most digits here.
    const v: number[] = [1, 1000];
    for (let i = 2; i < 150; i++) v.push(v[i - 1] * Math.exp(0.01 + 1e-7 * (rnd() - 0.5)));
    const t = seriesOn(weekdays('2023-01-02', v.length), v);
    for (const base of [60, 90, 148]) {
      expect(rel(preVolAt(t.values, base)!, refPreVol(v, base))).toBeLessThan(1e-9);
    }
  });
  it('gives z_0 null when pre_vol is 0 (a flat history)', () => {
    const flat = seriesOn(weekdays('2023-01-02', 70), [...Array<number>(65).fill(1000), 1010, 1011, 1012, 1013, 1014]);
    const r = reactionAt(flat, { ok: true, t0: 65, base: 64 });
    expect(r.preVol).toBe(0);
    expect(r.z0).toBeNull();
    expect(r.chg0).toBeCloseTo(1, 12);
  });
});

describe('pctChange', () => {
  it('is null outside the series or for a non-positive base', () => {
    const v = Float64Array.from([100, 0, 110]);
    expect(pctChange(v, 0, 2)).toBeCloseTo(10, 12);
    expect(pctChange(v, 0, 3)).toBeNull();
    expect(pctChange(v, -1, 0)).toBeNull();
    expect(pctChange(v, 1, 2)).toBeNull(); // division by zero is not a figure
  });
});
