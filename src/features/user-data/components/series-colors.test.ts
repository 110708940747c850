import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nextSeriesColor, SERIES_COLOR_TOKENS, SERIES_COLOR_VALUES } from '../model/series-meta';

/** The `--name: value;` pairs of the block that starts with `selector {` in `css`. */
function block(css: string, selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no "${selector} {" block`);
  const body = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const css = readFileSync(join(__dirname, 'series-colors.css'), 'utf8');
const app = readFileSync(join(__dirname, '../../../app/styles.css'), 'utf8');
const DARK = ":root[data-theme='dark']";

describe('series colours', () => {
  it('defines --series-<token> for every token in both themes with the values of SERIES_COLOR_VALUES', () => {
    const light = block(css, ':root');
    const dark = block(css, DARK);
    const expected = (theme: 'light' | 'dark') => Object.fromEntries(SERIES_COLOR_TOKENS.map((t) => [`--series-${t}`, SERIES_COLOR_VALUES[t][theme]]));
    expect(light).toEqual(expected('light'));
    expect(dark).toEqual(expected('dark'));
    expect(Object.keys(SERIES_COLOR_VALUES).sort()).toEqual([...SERIES_COLOR_TOKENS].sort());
  });

  it('computes WCAG contrast: black on white is 21:1', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });

  it('keeps every colour at least 3:1 against the plot background of its theme', () => {
    const bg = { light: block(app, ':root')['--bg']!, dark: block(app, DARK)['--bg']! };
    expect(bg).toEqual({ light: '#ffffff', dark: '#0f141b' });
    for (const t of SERIES_COLOR_TOKENS) {
      for (const theme of ['light', 'dark'] as const) {
        expect({ t, theme, ok: contrast(SERIES_COLOR_VALUES[t][theme], bg[theme]) >= 3 }).toEqual({ t, theme, ok: true });
      }
    }
  });

  it('gives a new series the first colour no series has, then takes them in turn', () => {
    expect(nextSeriesColor([])).toBe('teal');
    expect(nextSeriesColor(['teal', 'amber'])).toBe('violet');
    expect(nextSeriesColor([...SERIES_COLOR_TOKENS])).toBe('teal');
    expect(nextSeriesColor([...SERIES_COLOR_TOKENS, 'rose'])).toBe('violet');
  });
});
