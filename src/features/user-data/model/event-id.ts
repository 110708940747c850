/** Most characters of the title kept in a generated id. */
const SLUG_MAX = 40;

/** FNV-1a (32 bit) over the UTF-16 code units of `s`, as 8 hex digits. */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** Lowercase ASCII letters and digits of `title` (accents dropped), runs of anything else as one dash. */
function slug(title: string): string {
  const s = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s.slice(0, SLUG_MAX).replace(/-+$/, '');
}

/**
 * The id of an event that has none: a slug of the title (or `event` when the title has no
 * ASCII letter or digit, e.g. Korean), its date, and 6 hex digits of a hash of date and
 * trimmed title, e.g. `un-resolution-2270-2016-03-02-1a2b3c`. The same date and title always
 * give the same id, and it always fits the id rule (3–81 lowercase letters, digits and dashes).
 */
export function generatedEventId(date: string, title: string): string {
  const d = date.trim();
  const t = title.trim();
  const day = /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : 'undated';
  return `${slug(t) || 'event'}-${day}-${fnv1a(`${d}\n${t}`).slice(0, 6)}`;
}
