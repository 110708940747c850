/**
 * Numbers for axis ticks, written as Intl.NumberFormat('en-US', { maximumFractionDigits: 1 })
 * writes them — grouping commas, at most one decimal, halves rounded away from zero — but
 * without Intl: a page's first Intl formatter costs 10–20 ms while ICU loads, and the chart's
 * first paint needs nothing else from it.
 */
export function formatTick(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  const abs = Math.abs(v);
  const tenths = Math.round(abs * 10);
  const whole = Math.floor(tenths / 10);
  const frac = tenths % 10;
  const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = v < 0 || Object.is(v, -0) ? '-' : '';
  return `${sign}${grouped}${frac ? `.${frac}` : ''}`;
}
