// Validation of a Frankfurter v1 answer for scripts/data-update.mjs: the same
// rules as src/features/rates/model/ecb-parse.ts (which the app uses), kept in
// plain JavaScript so the script runs on bare Node. scripts/data-update.test.mjs
// checks that both give the same rows.

export const ECB_SYMBOLS = ['KRW', 'JPY', 'CNY', 'EUR'];
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

function dayOf(d) {
  if (typeof d !== 'string' || !DATE_RE.test(d)) return null;
  const t = Date.parse(`${d}T00:00:00Z`);
  return Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === d ? t / 86_400_000 : null;
}

const usable = (v) => typeof v === 'number' && Number.isFinite(v) && v > 0;

/**
 * { rows, dropped, issues } from a Frankfurter v1 time series asked with
 * base=USD. Throws (message says what and where) when the answer as a whole
 * is unusable.
 */
export function ecbRowsFromFrankfurter(json) {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) throw new Error('the answer is not a JSON object');
  if (json.base !== 'USD') throw new Error(`base: ${JSON.stringify(json.base)}, expected "USD"`);
  if (json.amount !== 1) throw new Error(`amount: ${JSON.stringify(json.amount)}, expected 1`);
  const start = dayOf(json.start_date);
  const end = dayOf(json.end_date);
  if (start === null) throw new Error(`start_date: ${JSON.stringify(json.start_date)} is not a date`);
  if (end === null) throw new Error(`end_date: ${JSON.stringify(json.end_date)} is not a date`);
  const rates = json.rates;
  if (rates === null || typeof rates !== 'object' || Array.isArray(rates)) throw new Error('rates: expected an object');
  const dates = Object.keys(rates).sort();
  if (!dates.length) throw new Error(`rates: no figures for ${json.start_date}..${json.end_date}`);
  const rows = [];
  const issues = [];
  for (const date of dates) {
    const where = `rates[${JSON.stringify(date)}]`;
    const day = dayOf(date);
    const wd = day === null ? null : new Date(day * 86_400_000).getUTCDay();
    const figs = rates[date];
    if (day === null) issues.push(`${where}: not a real date`);
    else if (day < start || day > end) issues.push(`${where}: outside start_date..end_date`);
    else if (wd === 0 || wd === 6) issues.push(`${where}: a weekend day`);
    else if (figs === null || typeof figs !== 'object' || Array.isArray(figs)) issues.push(`${where}: expected an object of figures`);
    else if (!usable(figs.KRW)) issues.push(`${where}.KRW: ${JSON.stringify(figs.KRW)} is not a positive number; the day is left out`);
    else {
      const row = { date, KRW: figs.KRW, JPY: null, CNY: null, EUR: null };
      for (const k of ['JPY', 'CNY', 'EUR']) {
        if (!(k in figs)) continue;
        if (usable(figs[k])) row[k] = figs[k];
        else issues.push(`${where}.${k}: ${JSON.stringify(figs[k])} is not a positive number`);
      }
      rows.push(row);
    }
  }
  if (!rows.length) throw new Error(`no usable day: ${issues.length} left out (first: ${issues[0]})`);
  return { rows, dropped: issues.length, issues };
}
