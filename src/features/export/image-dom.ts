/**
 * DOM helpers of the chart image: SVG elements, XML-safe texts, the page's colours under a
 * chosen theme, and text widths measured with the image's fonts.
 */
import { xmlSafe } from '../../lib/xml-text';

export const NS = 'http://www.w3.org/2000/svg';

/** The image's fonts: Hangul first (an exported Korean chart must not fall back to boxes), then the system's. */
export const IMAGE_FONT_STACK = '"Noto Sans KR", "Apple SD Gothic Neo", "Malgun Gothic", system-ui, sans-serif';

export type ImageTheme = 'light' | 'dark';

export function el(tag: string, attrs: Record<string, string | number | undefined>, text?: string): SVGElement {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Replaces `var(--name)` in an attribute value with the custom property's value. */
export function resolveVars(value: string, style: CSSStyleDeclaration): string {
  return value.replace(/var\((--[\w-]+)\)/g, (_, name: string) => style.getPropertyValue(name).trim() || '#888');
}

/** The theme the page shows. */
export function screenTheme(): ImageTheme {
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
}

/**
 * Runs `draw` with the page's root styled in `theme` (the theme's custom properties and computed
 * styles are what it reads), and restores the page's own before returning: all synchronously, so
 * the screen never paints the other theme.
 */
export function inTheme<R>(theme: ImageTheme, draw: () => R): R {
  const root = document.documentElement;
  const own = root.dataset.theme;
  if (theme === screenTheme()) return draw();
  root.dataset.theme = theme;
  try {
    return draw();
  } finally {
    if (own === undefined) delete root.dataset.theme;
    else root.dataset.theme = own;
  }
}

/** About how wide a text is at 11 px when no canvas can measure it: Hangul and other wide characters take a full em. */
export function labelWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7a3\uff00-\uffef]/.test(ch) ? 11 : 7.2;
  return w;
}

/**
 * A text's width at `size` px (bold or not) in the image's fonts, measured on a canvas of this
 * browser (the fonts the PNG is drawn with), with a little room for another machine's fonts; an
 * estimate where there is no canvas (tests).
 */
export function textMeasure(size: number, bold = false): (text: string) => number {
  const ctx = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1).getContext('2d') : null;
  if (!ctx) return (text) => (labelWidth(text) * size) / 11;
  ctx.font = `${bold ? 700 : 400} ${size}px ${IMAGE_FONT_STACK}`;
  return (text) => ctx.measureText(text).width * 1.04 + 1;
}

/**
 * Removes the characters XML does not allow (a control character in an event
 * title, say) from every text and attribute of the tree: whatever its origin,
 * no text may make the SVG ill-formed (the browser would then refuse to draw
 * it, and the PNG would fail).
 */
export function makeXmlSafe(root: Element): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT | NodeFilter.SHOW_CDATA_SECTION | NodeFilter.SHOW_COMMENT);
  for (let node: Node | null = root; node; node = walker.nextNode()) {
    if (node instanceof Element) {
      for (const attr of [...node.attributes]) {
        const safe = xmlSafe(attr.value);
        if (safe !== attr.value) node.setAttribute(attr.name, safe);
      }
    } else if (node instanceof CharacterData) {
      const safe = xmlSafe(node.data);
      if (safe !== node.data) node.data = safe;
    }
  }
}
