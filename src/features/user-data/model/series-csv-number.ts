/**
 * Reads a value field: `[+-]digits[.digits][e[+-]digits]`, with `,` as the decimal mark in comma
 * mode. Thousands groups are accepted only as exact groups of three (`1.234.567,8` in comma mode,
 * `1,234,567.8` in point mode, which needs quotes in a `,` file). Anything else — words,
 * `Infinity`, hex, a lone sign, spaces inside, a figure too large for a double (`1e309`) — is not a
 * number (NaN). Spaces around are trimmed.
 */
export function readNumber(s: string, start: number, end: number, comma: boolean): number {
  while (start < end && (s.charCodeAt(start) === 32 || s.charCodeAt(start) === 9)) start++;
  while (end > start && (s.charCodeAt(end - 1) === 32 || s.charCodeAt(end - 1) === 9)) end--;
  const mark = comma ? 44 : 46;
  const group = comma ? 46 : 44;
  let i = start;
  const c0 = s.charCodeAt(i);
  if (c0 === 43 || c0 === 45) i++;
  let digits = 0;
  let run = 0;
  let groups = false;
  let firstRun = -1;
  for (; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      digits++;
      run++;
    } else if (c === group) {
      if (firstRun < 0) {
        if (run < 1 || run > 3) return NaN;
        firstRun = run;
      } else if (run !== 3) return NaN;
      groups = true;
      run = 0;
    } else break;
  }
  if (groups && run !== 3) return NaN;
  if (i < end && s.charCodeAt(i) === mark) {
    i++;
    let frac = 0;
    for (; i < end; i++) {
      const c = s.charCodeAt(i);
      if (c < 48 || c > 57) break;
      frac++;
    }
    if (frac === 0 && digits === 0) return NaN;
    digits += frac;
  }
  if (digits === 0) return NaN;
  if (i < end && (s.charCodeAt(i) === 101 || s.charCodeAt(i) === 69)) {
    i++;
    if (i < end && (s.charCodeAt(i) === 43 || s.charCodeAt(i) === 45)) i++;
    const from = i;
    for (; i < end; i++) {
      const c = s.charCodeAt(i);
      if (c < 48 || c > 57) break;
    }
    if (i === from) return NaN;
  }
  if (i !== end) return NaN;
  const text = s.slice(start, end);
  if (!groups && !comma) return finite(Number(text));
  let out = '';
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === group) continue;
    out += c === mark ? '.' : text[k];
  }
  return finite(Number(out));
}

/** An overflow (`1e309` reads as Infinity) is no figure. */
function finite(x: number): number {
  return Number.isFinite(x) ? x : NaN;
}
