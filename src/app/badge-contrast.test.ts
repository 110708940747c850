import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORIES, CATEGORY_INFO } from '../config/categories';
import { contrast, rgb } from '../../test/color-math';

/** `p` of `a` over `b` (color-mix in srgb with a transparent second colour, painted over `b`). */
function over(a: number[], p: number, b: number[]): number[] {
  return a.map((v, i) => v * p + b[i] * (1 - p));
}

const css = readFileSync(join(__dirname, 'styles.css'), 'utf8');

/** The custom properties of one theme block of styles.css (the dark block overrides the light one). */
function themeVars(theme: 'light' | 'dark'): Record<string, string> {
  const block = (selector: string) => {
    const start = css.indexOf(`${selector} {`);
    if (start < 0) throw new Error(`styles.css has no "${selector} {" block`);
    const body = css.slice(start, css.indexOf('}', start));
    return Object.fromEntries([...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
  };
  const light = block(':root');
  return theme === 'light' ? light : { ...light, ...block(":root[data-theme='dark']") };
}

const AA_TEXT = 4.5;

describe('badge contrast (WCAG AA for text, both themes)', () => {
  it('computes contrast like WCAG: black on white is 21:1, #777 on white is 4.48:1', () => {
    expect(contrast(rgb('#000000'), rgb('#ffffff'))).toBeCloseTo(21, 5);
    expect(contrast(rgb('#777777'), rgb('#ffffff'))).toBeCloseTo(4.48, 2);
    expect(contrast(rgb('#ffffff'), rgb('#777777'))).toBeCloseTo(4.48, 2);
  });

  for (const theme of ['light', 'dark'] as const) {
    const vars = themeVars(theme);
    const panel = rgb(vars['--panel']);
    const bg = rgb(vars['--bg']);
    const accent = rgb(vars['--accent']);

    it(`${theme}: each category badge: its text (--fg) at AA, its border and shape (the category colour) at 3:1 on the panel and the page`, () => {
      const fg = rgb(vars['--fg']);
      for (const back of [panel, bg]) expect(contrast(fg, back)).toBeGreaterThanOrEqual(AA_TEXT);
      const low = CATEGORIES.map((c) => {
        const col = rgb(CATEGORY_INFO[c].color[theme]);
        return { c, ratio: Math.min(contrast(col, panel), contrast(col, bg)) };
      }).filter((x) => x.ratio < 3);
      expect(low).toEqual([]);
    });

    it(`${theme}: the "yours" badge (accent) on the panel, the page and a selected list row`, () => {
      const selectedRow = over(accent, 0.16, bg); // .event-item.selected: accent 16% over the page
      for (const back of [panel, bg, selectedRow]) expect(contrast(accent, back)).toBeGreaterThanOrEqual(AA_TEXT);
    });
  }
});
