/**
 * Numbers as Intl.NumberFormat('en-US', { minimumFractionDigits, maximumFractionDigits })
 * writes them — grouping commas, the shortest decimal form of the number rounded half away
 * from zero — without Intl: a page's first Intl formatter costs 10–20 ms while ICU loads, and
 * each one holds ~60 kB of the JS heap. The chart's axes and tooltips, the volatility pane
 * and the reaction tables all write their figures with this. Checked against Intl in the tests.
 */
export function formatDecimal(v: number, minFrac: number, maxFrac: number): string {
  if (!Number.isFinite(v)) return String(v);
  const abs = Math.abs(v);
  // String() gives the shortest decimal that reads back as the same number, as ICU uses it.
  let s = String(abs);
  if (s.includes('e')) s = abs.toFixed(Math.min(100, maxFrac + 1)); // below 1e-6 (or from 1e21)
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

/** Axis ticks: at most one decimal ("1,200", "9.5"). */
export function formatTick(v: number): string {
  return formatDecimal(v, 0, 1);
}
