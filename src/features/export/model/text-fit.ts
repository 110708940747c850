/** Width of a text in pixels, as the caller measures it. */
export type Measure = (text: string) => number;

/** `text` cut to fit `max` pixels, with an ellipsis when cut (whole characters; nothing when not even "…" fits). */
export function fitText(text: string, max: number, measure: Measure): string {
  if (measure(text) <= max) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  // The longest prefix whose text with "…" fits.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (measure(`${chars.slice(0, mid).join('').trimEnd()}…`) <= max) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 && measure('…') > max ? '' : `${chars.slice(0, lo).join('').trimEnd()}…`;
}

/** `text` in lines of at most `max` pixels, broken at spaces; a word wider than a line is cut to fit it. */
export function wrapText(text: string, max: number, measure: Measure): string[] {
  const lines: string[] = [];
  let cur = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = cur ? `${cur} ${word}` : word;
    if (measure(next) <= max) cur = next;
    else {
      if (cur) lines.push(cur);
      cur = measure(word) <= max ? word : fitText(word, max, measure);
    }
  }
  if (cur) lines.push(cur);
  return lines;
}
