import { contrast, rgb, toLinear } from '../../test/color-math';
import { CATEGORIES, CATEGORY_INFO } from './categories';

// Colour-vision simulation: Machado, Oliveira & Fernandes (2009), "A Physiologically-based Model for
// Simulation of Color Vision Deficiency", matrices for severity 1.0, applied to linear sRGB.
const DEUTERANOPIA = [
  [0.367322, 0.860646, -0.227968],
  [0.280085, 0.672501, 0.047413],
  [-0.01182, 0.04294, 0.968881],
];
const PROTANOPIA = [
  [0.152286, 1.052583, -0.204868],
  [0.114503, 0.786281, 0.099216],
  [-0.003882, -0.048116, 1.051998],
];

const linearRgb = (hex: string) => rgb(hex).map(toLinear);
const apply = (m: number[][], c: number[]) => m.map((row) => Math.min(1, Math.max(0, row[0] * c[0] + row[1] * c[1] + row[2] * c[2])));

/** CIE L*a*b* (D65) of a linear sRGB colour. */
function lab([r, g, b]: number[]): number[] {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}
const deltaE = (a: number[], b: number[]) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

/** The closest pair of category colours in `theme` as seen through `vision` (ΔE*ab). */
function closestPair(theme: 'light' | 'dark', vision: number[][] | null): { pair: string; dE: number } {
  const seen = CATEGORIES.map((c) => {
    const lin = linearRgb(CATEGORY_INFO[c].color[theme]);
    return { c, lab: lab(vision ? apply(vision, lin) : lin) };
  });
  let best = { pair: '', dE: Infinity };
  for (let i = 0; i < seen.length; i++)
    for (let j = i + 1; j < seen.length; j++) {
      const d = deltaE(seen[i].lab, seen[j].lab);
      if (d < best.dE) best = { pair: `${seen[i].c}/${seen[j].c}`, dE: d };
    }
  return best;
}

describe('category colours and shapes', () => {
  it('the simulation is sane: pure red and green, far apart in normal vision, nearly meet with deuteranopia', () => {
    const red = linearRgb('#ff0000');
    const green = linearRgb('#00aa00');
    expect(deltaE(lab(red), lab(green))).toBeGreaterThan(100);
    expect(deltaE(lab(apply(DEUTERANOPIA, red)), lab(apply(DEUTERANOPIA, green)))).toBeLessThan(25);
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const [name, vision] of [
      ['normal vision', null],
      ['deuteranopia', DEUTERANOPIA],
      ['protanopia', PROTANOPIA],
    ] as const) {
      it(`${theme}, ${name}: every two categories stay ≥ 20 ΔE*ab apart`, () => {
        const { pair, dE } = closestPair(theme, vision);
        expect(dE, pair).toBeGreaterThanOrEqual(20);
      });
    }
  }

  it('each colour has ≥ 3:1 contrast against the plot in its theme (white / #0f141b)', () => {
    for (const c of CATEGORIES) {
      expect(contrast(CATEGORY_INFO[c].color.light, '#ffffff'), c).toBeGreaterThanOrEqual(3);
      expect(contrast(CATEGORY_INFO[c].color.dark, '#0f141b'), c).toBeGreaterThanOrEqual(3);
    }
  });

  it('each category has its own shape', () => {
    expect(new Set(CATEGORIES.map((c) => CATEGORY_INFO[c].shape)).size).toBe(CATEGORIES.length);
  });
});
