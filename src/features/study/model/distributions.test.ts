import {
  binomialHalfCdf,
  binomialHalfTwoSidedP,
  normalCdf,
  normalTwoSidedP,
  studentTCdf,
  studentTQuantile,
  studentTTwoSidedP,
} from './distributions';
import { erfc, lnGamma, regIncBeta } from './special-functions';
import { refBinomialHalfCdf, refNormalCdf, refStudentTTwoSidedP } from './test-reference';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe("Student's t", () => {
  it('matches published values', () => {
    // P(T > 2.0, df = 10) = 0.036694017385 (tables; scipy.stats.t.sf(2, 10) = 0.03669401738537018).
    expect(1 - studentTCdf(2, 10)).toBeCloseTo(0.036694017385, 11);
    expect(studentTTwoSidedP(2, 10)).toBeCloseTo(0.07338803477074037, 13);
    // df = 1 is the Cauchy distribution: P(T > 1) = ½ − atan(1)/π = 0.25.
    expect(1 - studentTCdf(1, 1)).toBeCloseTo(0.25, 14);
    expect(studentTTwoSidedP(-1, 1)).toBeCloseTo(0.5, 14);
    // df = 2 in closed form: P(|T| ≥ t) = 1 − t/√(t² + 2); t = 2√3 gives 1 − √(12/14) = 1 − √(6/7).
    expect(studentTTwoSidedP(2 * Math.sqrt(3), 2)).toBeCloseTo(1 - Math.sqrt(6 / 7), 14);
    // scipy.stats.t.sf (×2), scipy 1.17.1:
    const table: [number, number, number][] = [
      [7, 2, 0.01980394118039314],
      [2.5, 5, 0.05449009934237626],
      [1.7, 29, 0.09983379148846933],
      [0.3, 100, 0.7647998803003035],
      [12, 3, 0.0012450158007893362],
      [50, 1, 0.012730698201945594],
      [2.2, 7.5, 0.0611994659061161],
      [-3.1, 250, 0.002156740203381359],
    ];
    for (const [t, df, p] of table) expect(rel(studentTTwoSidedP(t, df), p)).toBeLessThan(1e-12);
  });

  it('agrees with Simpson integration of the density', () => {
    for (const df of [1, 2, 3, 4, 5, 10, 29, 100]) {
      for (const t of [0.05, 0.5, 1, 2, 3, 6]) {
        expect(studentTTwoSidedP(t, df)).toBeCloseTo(refStudentTTwoSidedP(t, df), 11);
      }
    }
  });

  it('gives the quantiles of scipy.stats.t.ppf', () => {
    const table: [number, number, number][] = [
      [0.975, 1, 12.706204736174694],
      [0.975, 2, 4.302652729749462],
      [0.975, 10, 2.228138851986274],
      [0.975, 30, 2.0422724563012378],
      [0.975, 200, 1.9718962236339088],
      [0.995, 4, 4.604094871349992],
      [0.9, 7, 1.4149239276505086],
    ];
    for (const [p, df, q] of table) expect(rel(studentTQuantile(p, df), q)).toBeLessThan(1e-10);
    expect(studentTQuantile(0.025, 2)).toBeCloseTo(-4.302652729749462, 9);
    expect(studentTQuantile(0.5, 3)).toBe(0);
  });

  it('is NaN without a statistic or degrees of freedom, 0 for an infinite t', () => {
    expect(studentTTwoSidedP(NaN, 3)).toBeNaN();
    expect(studentTTwoSidedP(1, 0)).toBeNaN();
    expect(studentTTwoSidedP(Infinity, 3)).toBe(0);
    expect(studentTTwoSidedP(0, 3)).toBe(1);
    expect(studentTQuantile(1, 3)).toBeNaN();
  });
});

describe('the normal distribution', () => {
  it('matches published values', () => {
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021048517795, 15);
    // mpmath (30 digits): Φ(−5), erfc at a few points, two-sided p's of z = 2 and z = √3.
    expect(rel(normalCdf(-5), 2.866515718791939e-7)).toBeLessThan(1e-13);
    expect(rel(erfc(5), 1.537459794428035e-12)).toBeLessThan(1e-13);
    expect(erfc(0.3)).toBeCloseTo(0.6713732405408726, 15);
    expect(erfc(1.2)).toBeCloseTo(0.08968602177036464, 15);
    expect(erfc(-0.7)).toBeCloseTo(1.6778011938374184, 15);
    expect(normalTwoSidedP(2)).toBeCloseTo(0.04550026389635842, 15);
    expect(normalTwoSidedP(-Math.sqrt(3))).toBeCloseTo(0.0832645166635504, 15);
  });

  it('agrees with Simpson integration of the density', () => {
    for (const z of [-4, -2.5, -1, -0.2, 0, 0.3, 1.1, 1.7, 2.9, 3.5]) expect(normalCdf(z)).toBeCloseTo(refNormalCdf(z), 13);
  });
});

describe('the binomial distribution with p = ½', () => {
  it('sums exact combinations (BigInt) to the last digits', () => {
    for (const n of [1, 2, 3, 7, 20, 41, 60, 100]) {
      for (let k = 0; k <= n; k++) {
        const ref = refBinomialHalfCdf(k, n);
        expect(Math.abs(binomialHalfCdf(k, n) - ref)).toBeLessThanOrEqual(Math.max(1e-15, 1e-12 * ref));
      }
    }
  });

  it('gives the exact two-sided p', () => {
    // 3 of 3 positive: 2·(1/8) = 0.25; 5 of 6: 2·(1 + 6)/64 = 0.21875; 1 of 9: 2·(1 + 9)/512 = 0.0390625.
    expect(binomialHalfTwoSidedP(3, 3)).toBeCloseTo(0.25, 15);
    expect(binomialHalfTwoSidedP(0, 3)).toBeCloseTo(0.25, 15);
    expect(binomialHalfTwoSidedP(5, 6)).toBeCloseTo(0.21875, 15);
    expect(binomialHalfTwoSidedP(1, 9)).toBeCloseTo(0.0390625, 15);
    // A central count: p = 1 (capped).
    expect(binomialHalfTwoSidedP(2, 4)).toBe(1);
    expect(binomialHalfTwoSidedP(500, 1000)).toBe(1);
    // scipy.stats.binomtest(...).pvalue: 30 of 40, 450 of 1000.
    expect(rel(binomialHalfTwoSidedP(30, 40), 0.0022214337732293643)).toBeLessThan(1e-12);
    expect(rel(binomialHalfTwoSidedP(450, 1000), 0.0017305360849763027)).toBeLessThan(1e-11);
    // mpmath: Σ_{i≤100} C(1000, i) / 2¹⁰⁰⁰ — far below a double's 2⁻¹⁰²² when summed naively term by term.
    expect(rel(binomialHalfCdf(100, 1000), 6.701717790006296e-162)).toBeLessThan(1e-11);
  });

  it('is NaN for impossible counts', () => {
    expect(binomialHalfTwoSidedP(4, 3)).toBeNaN();
    expect(binomialHalfTwoSidedP(1, 0)).toBeNaN();
    expect(binomialHalfTwoSidedP(1.5, 3)).toBeNaN();
  });
});

describe('special functions', () => {
  it('lnGamma matches mpmath.loggamma', () => {
    expect(lnGamma(0.5)).toBeCloseTo(0.5723649429247001, 14);
    expect(rel(lnGamma(100.5), 361.4355404677776)).toBeLessThan(1e-14);
    expect(rel(lnGamma(3000), 21016.018485477896)).toBeLessThan(1e-14);
    // ln 10! = ln 3628800.
    expect(lnGamma(11)).toBeCloseTo(Math.log(3628800), 12);
  });

  it('regIncBeta has its closed forms: I_x(1, 1) = x, I_x(a, 1) = xᵃ, I_x(1, b) = 1 − (1−x)ᵇ', () => {
    for (const x of [0.01, 0.3, 0.5, 0.77, 0.99]) {
      expect(regIncBeta(x, 1, 1)).toBeCloseTo(x, 14);
      expect(regIncBeta(x, 3.5, 1)).toBeCloseTo(x ** 3.5, 14);
      expect(regIncBeta(x, 1, 4)).toBeCloseTo(1 - (1 - x) ** 4, 14);
    }
    expect(regIncBeta(0, 2, 3)).toBe(0);
    expect(regIncBeta(1, 2, 3)).toBe(1);
  });
});
