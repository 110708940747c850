import { tQuantile975 } from './student-t';

describe('tQuantile975', () => {
  it('matches scipy.stats.t.ppf(0.975, df)', () => {
    const ref: [number, number][] = [
      [1, 12.706204736174694], [2, 4.302652729749462], [3, 3.1824463052837078], [10, 2.228138851986274],
      [29, 2.045229642132703], [30, 2.0422724563012378], [31, 2.039513446396408], [40, 2.021075390306273],
      [60, 2.0002978220142604], [120, 1.9799304050824402], [1000, 1.9623390808264083],
    ];
    for (const [df, q] of ref) expect(Math.abs(tQuantile975(df) - q)).toBeLessThan(1e-7);
  });
  it('tends to the normal 1.96 and is NaN below 1 degree of freedom', () => {
    expect(tQuantile975(1e9)).toBeCloseTo(1.959964, 6);
    expect(tQuantile975(0)).toBeNaN();
  });
});
