/**
 * A tolerant reader for damaged stored events: finds the events array in
 * `{"version":1,"events":[...` or in a bare `[...` and cuts out the text of
 * every complete item, even when the text stops in the middle (a truncated
 * write) or turns to junk after some item. The items are not parsed here,
 * only delimited (strings and nesting are respected); the caller parses and
 * checks each one.
 */
export interface ScannedArray {
  /** The `version` found before the array (a number), or null. */
  version: number | null;
  /** The text of each complete item, in order. */
  items: string[];
  /**
   * How the array ended: properly (`closed`); the text stops in the middle of
   * item `items.length + 1` (`cut-in-item`) or between items (`cut-after-item`);
   * something other than `,` or `]` follows the last item (`junk`).
   */
  end: 'closed' | 'cut-in-item' | 'cut-after-item' | 'junk';
}

const OPEN_OBJ = 123; // {
const CLOSE_OBJ = 125; // }
const OPEN_ARR = 91; // [
const CLOSE_ARR = 93; // ]
const QUOTE = 34; // "
const BACKSLASH = 92;
const COMMA = 44;
const COLON = 58;

function skipWs(t: string, i: number): number {
  while (i < t.length) {
    const c = t.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xfeff) break;
    i++;
  }
  return i;
}

/** End (exclusive) of the string starting at i, or -1 when the text stops inside it. */
function skipString(t: string, i: number): number {
  for (let j = i + 1; j < t.length; j++) {
    const c = t.charCodeAt(j);
    if (c === BACKSLASH) j++;
    else if (c === QUOTE) return j + 1;
  }
  return -1;
}

/** End (exclusive) of the value starting at i, or -1 when the text stops inside it. */
function skipValue(t: string, i: number): number {
  const first = t.charCodeAt(i);
  if (first === QUOTE) return skipString(t, i);
  if (first !== OPEN_OBJ && first !== OPEN_ARR) {
    // A number, true, false or null: up to the next delimiter.
    let j = i;
    while (j < t.length) {
      const c = t.charCodeAt(j);
      if (c === COMMA || c === CLOSE_ARR || c === CLOSE_OBJ || c === 32 || c === 9 || c === 10 || c === 13) return j;
      j++;
    }
    return -1;
  }
  let depth = 0;
  for (let j = i; j < t.length; j++) {
    const c = t.charCodeAt(j);
    if (c === QUOTE) {
      j = skipString(t, j);
      if (j < 0) return -1;
      j--;
    } else if (c === OPEN_OBJ || c === OPEN_ARR) depth++;
    else if (c === CLOSE_OBJ || c === CLOSE_ARR) {
      depth--;
      if (depth === 0) return j + 1;
    }
  }
  return -1;
}

function scanArray(t: string, start: number, version: number | null): ScannedArray {
  const items: string[] = [];
  let i = start + 1;
  for (;;) {
    i = skipWs(t, i);
    if (i >= t.length) return { version, items, end: 'cut-after-item' };
    if (t.charCodeAt(i) === CLOSE_ARR) return { version, items, end: 'closed' };
    const end = skipValue(t, i);
    if (end < 0) return { version, items, end: 'cut-in-item' };
    items.push(t.slice(i, end));
    i = skipWs(t, end);
    if (i >= t.length) return { version, items, end: 'cut-after-item' };
    const c = t.charCodeAt(i);
    if (c === CLOSE_ARR) return { version, items, end: 'closed' };
    if (c !== COMMA) return { version, items, end: 'junk' };
    i++;
  }
}

function parseNumber(text: string): number | null {
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === 'number' ? v : null;
  } catch {
    return null;
  }
}

/** The events array of a damaged store, or null when none can be found. Never throws. */
export function scanEventsArray(t: string): ScannedArray | null {
  let i = skipWs(t, 0);
  if (t.charCodeAt(i) === OPEN_ARR) return scanArray(t, i, null);
  if (t.charCodeAt(i) !== OPEN_OBJ) return null;
  let version: number | null = null;
  i++;
  for (;;) {
    i = skipWs(t, i);
    if (t.charCodeAt(i) !== QUOTE) return null;
    const keyEnd = skipString(t, i);
    if (keyEnd < 0) return null;
    let key: unknown;
    try {
      key = JSON.parse(t.slice(i, keyEnd));
    } catch {
      return null;
    }
    i = skipWs(t, keyEnd);
    if (t.charCodeAt(i) !== COLON) return null;
    i = skipWs(t, i + 1);
    if (i >= t.length) return null;
    if (key === 'events' && t.charCodeAt(i) === OPEN_ARR) return scanArray(t, i, version);
    const end = skipValue(t, i);
    if (end < 0) return null;
    if (key === 'version') version = parseNumber(t.slice(i, end));
    i = skipWs(t, end);
    if (t.charCodeAt(i) !== COMMA) return null;
    i++;
  }
}
