import fc from 'fast-check';
import { crossSectionalT, generalisedSignTest, signTest, standardisedTest, summarize } from './significance';
import { refMeanSd, refStudentTTwoSidedP } from './test-reference';

// scipy.stats.t.ppf(0.975, 2)
const T975_DF2 = 4.302652729749462;

describe('summary of CARs', () => {
  it('mean, median, sd, share positive and the 95 % interval (hand arithmetic)', () => {
    // CARs 0.5, 1.0, 1.5: mean 1.0, median 1.0, s = √((0.25 + 0 + 0.25)/2) = 0.5.
    const s = summarize([1.5, 0.5, 1.0]);
    expect(s.n).toBe(3);
    expect(s.mean).toBeCloseTo(1, 15);
    expect(s.median).toBe(1);
    expect(s.sd).toBeCloseTo(0.5, 15);
    expect(s.positives).toBe(3);
    expect(s.sharePositive).toBe(1);
    // 1 ± t₀.₉₇₅(2)·0.5/√3
    expect(s.ciLow).toBeCloseTo(1 - (T975_DF2 * 0.5) / Math.sqrt(3), 10);
    expect(s.ciHigh).toBeCloseTo(1 + (T975_DF2 * 0.5) / Math.sqrt(3), 10);
  });

  it('median of an even count is the mean of the middle two; zero is not positive', () => {
    const s = summarize([4, -1, 0, 2]);
    expect(s.median).toBe(1);
    expect(s.sharePositive).toBe(0.5);
  });

  it('is empty for no CARs and has no spread for one', () => {
    expect(summarize([]).mean).toBeNaN();
    const one = summarize([0.2]);
    expect(one.mean).toBe(0.2);
    expect(one.sd).toBeNaN();
    expect(one.ciLow).toBeNaN();
  });
});

describe('cross-sectional t', () => {
  it('t = mean / (s/√N), N − 1 df (hand arithmetic)', () => {
    // mean 1, s 0.5, N 3: t = 1/(0.5/√3) = 2√3; df 2: p = 1 − t/√(t² + 2) = 1 − √(12/14).
    const r = crossSectionalT([0.5, 1.0, 1.5]);
    expect(r.t).toBeCloseTo(2 * Math.sqrt(3), 13);
    expect(r.df).toBe(2);
    expect(r.p).toBeCloseTo(1 - Math.sqrt(6 / 7), 13);
    expect(r.p).toBeCloseTo(0.07417990022744855, 13); // scipy: 2·t.sf(2√3, 2)
  });

  it('agrees with a textbook recomputation on random CARs', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 2, maxLength: 30 }), (xs) => {
        const { mean, sd } = refMeanSd(xs);
        fc.pre(sd > 1e-6);
        const r = crossSectionalT(xs);
        const t = mean / (sd / Math.sqrt(xs.length));
        expect(r.t).toBeCloseTo(t, 8);
        if (Math.abs(t) < 8) expect(r.p).toBeCloseTo(refStudentTTwoSidedP(t, xs.length - 1), 8);
      }),
      { seed: 11, numRuns: 60 },
    );
  });

  it('is NaN below 2 events or with no spread', () => {
    expect(crossSectionalT([1]).p).toBeNaN();
    expect(crossSectionalT([1, 1, 1]).t).toBeNaN();
  });
});

describe('the standardised (BMP) test', () => {
  it('SCAR_i = CAR_i/(σ_i·√L), then the t over the SCARs (hand arithmetic)', () => {
    // L = 1, σ = 0.25, 0.5, 0.5: SCARs 2, 2, 3; mean 7/3, s = √((1/9 + 1/9 + 4/9)/2) = √(1/3);
    // t = (7/3)/(√(1/3)/√3) = (7/3)/(1/3) = 7; df 2: p = 1 − 7/√51.
    const r = standardisedTest([0.5, 1.0, 1.5], [0.25, 0.5, 0.5], 1);
    expect(r.t).toBeCloseTo(7, 12);
    expect(r.p).toBeCloseTo(1 - 7 / Math.sqrt(51), 13);
    // L = 4 halves every SCAR: t is unchanged.
    expect(standardisedTest([0.5, 1.0, 1.5], [0.125, 0.25, 0.25], 4).t).toBeCloseTo(7, 12);
  });
});

describe('the sign test', () => {
  it('is exact: 3 of 3 positive gives 2·(1/8) = 0.25; 5 of 6 gives 2·7/64', () => {
    expect(signTest([0.1, 0.2, 0.3])).toEqual({ positives: 3, nonZero: 3, p: 0.25 });
    expect(signTest([1, 2, 3, 4, 5, -1]).p).toBeCloseTo(14 / 64, 15);
  });
  it('drops zero CARs', () => {
    expect(signTest([0.1, 0, 0.3, 0.2])).toEqual({ positives: 3, nonZero: 3, p: 0.25 });
    expect(signTest([0, 0]).p).toBeNaN();
  });
});

describe("Cowan's generalised sign test", () => {
  it('Z = (w − N·p̂)/√(N·p̂(1−p̂)) (hand arithmetic)', () => {
    // p̂ = mean(0.5, 0.6, 0.4, 0.5) = 0.5; w = 4 of N = 4: Z = (4 − 2)/√(4·0.25) = 2; p = 2(1 − Φ(2)).
    const r = generalisedSignTest([0.1, 0.2, 0.3, 0.4], [0.5, 0.6, 0.4, 0.5]);
    expect(r.w).toBe(4);
    expect(r.pHat).toBeCloseTo(0.5, 15);
    expect(r.z).toBeCloseTo(2, 14);
    expect(r.p).toBeCloseTo(0.04550026389635842, 14); // mpmath erfc(2/√2)
    // p̂ = 0.4, w = 1 of 5: Z = (1 − 2)/√(5·0.4·0.6) = −1/√1.2.
    const s = generalisedSignTest([0.1, -0.2, -0.3, -0.4, 0], [0.4, 0.4, 0.4, 0.4, 0.4]);
    expect(s.z).toBeCloseTo(-1 / Math.sqrt(1.2), 14);
  });
  it('is NaN when p̂ is 0 or 1', () => {
    expect(generalisedSignTest([1, 2], [1, 1]).p).toBeNaN();
  });
});

describe('p-values', () => {
  it('are in [0, 1] or NaN, whatever the CARs', () => {
    const car = fc.double({ min: -1e3, max: 1e3, noNaN: true });
    fc.assert(
      fc.property(fc.array(fc.tuple(car, fc.double({ min: 1e-3, max: 10, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), { maxLength: 40 }), fc.integer({ min: 1, max: 21 }), (rows, L) => {
        const cars = rows.map((x) => x[0]);
        const ps = [
          crossSectionalT(cars).p,
          standardisedTest(cars, rows.map((x) => x[1]), L).p,
          signTest(cars).p,
          generalisedSignTest(cars, rows.map((x) => x[2])).p,
        ];
        for (const p of ps) if (!Number.isNaN(p)) expect(p >= 0 && p <= 1).toBe(true);
      }),
      { seed: 3, numRuns: 200 },
    );
  });
});
