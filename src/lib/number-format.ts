/**
 * Numbers as Intl.NumberFormat('en-US', { minimumFractionDigits, maximumFractionDigits })
 * writes them — grouping commas, the shortest decimal form of the number rounded half away
 * from zero — without Intl: a page's first Intl formatter costs 10–20 ms while ICU loads, and
 * each one holds ~60 kB of the JS heap. The chart's axes and tooltips, the volatility pane
 * and the reaction tables all write their figures with this. Checked against Intl in the tests,
 * over every magnitude a double has (5e-324 … 1.8e308 are written in full, as Intl does).
 */
export function formatDecimal(v: number, minFrac: number, maxFrac: number): string {
  if (!Number.isFinite(v)) return String(v);
  const abs = Math.abs(v);
  // String() gives the shortest decimal that reads back as the same number, as ICU uses it.
  const s = plainDecimal(String(abs));
  const dot = s.indexOf('.');
  let int = dot < 0 ? s : s.slice(0, dot);
  let frac = dot < 0 ? '' : s.slice(dot + 1);
  if (frac.length > maxFrac) {
    const up = frac.charCodeAt(maxFrac) >= 53; // the first dropped digit is 5 or more
    frac = frac.slice(0, maxFrac);
    if (up) {
      const digits = (int + frac).split('');
      let i = digits.length - 1;
      while (i >= 0 && digits[i] === '9') digits[i--] = '0';
      if (i < 0) digits.unshift('1');
      else digits[i] = String(Number(digits[i]) + 1);
      const all = digits.join('');
      int = all.slice(0, all.length - maxFrac);
      frac = all.slice(all.length - maxFrac);
    }
  }
  let end = frac.length;
  while (end > minFrac && frac.charCodeAt(end - 1) === 48) end--; // trailing '0'
  frac = frac.slice(0, end).padEnd(minFrac, '0');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = v < 0 || Object.is(v, -0) ? '-' : '';
  return `${sign}${grouped}${frac ? `.${frac}` : ''}`;
}

/**
 * A non-negative number's shortest form ("1.6e+308", "1.2e-7", "12.5") written without an
 * exponent, digit for digit ("160…0", "0.00000012", "12.5"): what String() gives below 1e-6
 * and from 1e21 up.
 */
function plainDecimal(s: string): string {
  const m = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const digits = m[1] + (m[2] ?? '');
  const point = 1 + Number(m[3]); // digits before the decimal point
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return digits + '0'.repeat(point - digits.length);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * A count as the UI writes it in English and Korean alike ("50,000"): grouped digits, without
 * Intl. The counts on the toolbar and over the event list are drawn in the first render, and a
 * page's first Intl number format (an ICU `{n, number}` in a message, `toLocaleString`) cost
 * 20–29 ms there in Chromium.
 */
export function formatCount(n: number): string {
  return formatDecimal(n, 0, 0);
}

/** Axis ticks at or above this are written with an exponent ("1e9", "1.6e308"): grouped digits would not fit. */
export const TICK_EXPONENT_FROM = 1e9;
/** Non-zero ticks below this would read "0" with one decimal: they are written with an exponent ("1.2e-7"). */
export const TICK_EXPONENT_BELOW = 0.05;

/**
 * Axis ticks: at most one decimal ("1,200", "9.5"); zero (also -0) is "0". A tick that one
 * decimal cannot show (non-zero below 0.05) or that grouped digits would make too wide (from
 * 1e9) is written with an exponent and up to 6 significant digits ("1.2e-7", "1.6e308").
 */
export function formatTick(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  const abs = Math.abs(v);
  if (abs === 0) return '0';
  if (abs < TICK_EXPONENT_BELOW || abs >= TICK_EXPONENT_FROM) {
    return Number(v.toPrecision(6)).toExponential().replace('e+', 'e');
  }
  return formatDecimal(v, 0, 1);
}
