// Colour arithmetic for the tests that check the palette (WCAG contrast, colour-vision simulation).

/** An sRGB channel (0…255) in linear light (the sRGB transfer function inverted). */
export function toLinear(v: number): number {
  const c = v / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** `#rrggbb` as [r, g, b] in 0…255. */
export function rgb(hex: string): number[] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  return m.slice(1).map((h) => parseInt(h, 16));
}

/** WCAG 2 relative luminance of linear-light [r, g, b]. */
export const linearLuminance = ([r, g, b]: number[]): number => 0.2126 * r + 0.7152 * g + 0.0722 * b;

/** WCAG 2 contrast ratio, (L1 + 0.05) / (L2 + 0.05) with L1 the lighter; colours as [r, g, b] 0…255 or `#rrggbb`. */
export function contrast(a: number[] | string, b: number[] | string): number {
  const lum = (c: number[] | string) => linearLuminance((typeof c === 'string' ? rgb(c) : c).map(toLinear));
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
