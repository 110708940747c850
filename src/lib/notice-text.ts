/** The longest notice the page shows, in characters (a longer one is cut and ends with "…"). */
export const MAX_NOTICE_CHARS = 300;

/**
 * `text` cut to at most `max` characters (UTF-16 code units), ending with "…" when cut.
 * A cut never splits a surrogate pair; a long run of spaces before the cut is dropped.
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const last = text.charCodeAt(end - 1);
  if (end > 0 && last >= 0xd800 && last <= 0xdbff) end--; // a high surrogate without its pair
  return `${text.slice(0, end).trimEnd()}…`;
}

/** A notice as shown: whitespace runs (line breaks, tabs) made single spaces, at most MAX_NOTICE_CHARS long. */
export function noticeText(text: string): string {
  return shorten(text.replace(/\s+/g, ' ').trim(), MAX_NOTICE_CHARS);
}
