import { DAY_MS, parseIsoDay } from '../../../lib/units';
import { ECB_FIRST_DAY, rawFigureProblem } from './ecb-bounds';
import { crossProblem, type EcbRow } from './ecb-parse';
import { shorten } from '../../../lib/notice-text';

export { ECB_FIRST_DAY };
const FIRST_DAY = parseIsoDay(ECB_FIRST_DAY) as number;

const CROSS_KEYS = ['JPY', 'CNY', 'EUR'] as const;

/** Why a cached ECB entry cannot be used: a code and its parameters (describeEcbCacheProblem words it). */
export type EcbCacheProblem =
  | { code: 'fetched-at-invalid'; value: string }
  | { code: 'fetched-at-future'; value: string }
  | { code: 'fetched-at-too-early'; value: string }
  | { code: 'no-rows' }
  | { code: 'date-invalid'; index: number; value: string }
  | { code: 'date-out-of-range'; date: string; today: string }
  | { code: 'dates-out-of-order'; date: string }
  | { code: 'figure-implausible'; date: string; key: string; detail: string }
  | { code: 'unreadable'; detail: string };

/**
 * Checks a cached ECB entry as it is read back (and a fresh answer before it is stored):
 * `fetchedAt` a valid instant after the first ECB day and not after `nowMs`; the rows'
 * dates within 1999-01-04 … today (UTC) and strictly in order (the rows come from the
 * snapshot decoder or the parser, which only make real dates); every figure plausible
 * (ecb-bounds.ts). Returns the first problem found, or null.
 */
export function checkEcbCacheRows(rows: readonly EcbRow[], fetchedAt: string, nowMs: number): EcbCacheProblem | null {
  const at = Date.parse(fetchedAt);
  if (!Number.isFinite(at)) return { code: 'fetched-at-invalid', value: fetchedAt };
  if (at > nowMs) return { code: 'fetched-at-future', value: fetchedAt };
  if (at < FIRST_DAY * DAY_MS) return { code: 'fetched-at-too-early', value: fetchedAt };
  if (!rows.length) return { code: 'no-rows' };
  const today = Math.floor(nowMs / DAY_MS);
  const todayIso = new Date(today * DAY_MS).toISOString().slice(0, 10);
  // Both ends are parsed as dates and checked against the range; between them, ISO dates sort as
  // strings, so each must be 10 characters and sort after the one before (no Date per row: this
  // runs before the first paint when there is a cache).
  for (const i of [0, rows.length - 1]) {
    const day = typeof rows[i].date === 'string' ? parseIsoDay(rows[i].date) : null;
    if (day === null) return { code: 'date-invalid', index: i, value: String(rows[i].date) };
    if (day < FIRST_DAY || day > today) return { code: 'date-out-of-range', date: rows[i].date, today: todayIso };
  }
  let prev = '';
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (typeof r.date !== 'string' || r.date.length !== 10) return { code: 'date-invalid', index: i, value: String(r.date) };
    if (r.date <= prev) return { code: 'dates-out-of-order', date: r.date };
    prev = r.date;
    const krw = rawFigureProblem(r.KRW);
    if (krw) return { code: 'figure-implausible', date: r.date, key: 'KRW', detail: krw };
    for (const k of CROSS_KEYS) {
      const v = r[k];
      if (v === null) continue;
      const p = rawFigureProblem(v) ?? crossProblem(r.KRW, k, v);
      if (p) return { code: 'figure-implausible', date: r.date, key: k, detail: p };
    }
  }
  return null;
}

/** A value as a notice shows it: at most `max` characters, cut with "…". */
export function clip(s: string, max = 40): string {
  return shorten(s, max);
}

/** The problem in words, e.g. `fetchedAt "9999-12-31T00:00:00.000Z" is in the future`. */
export function describeEcbCacheProblem(p: EcbCacheProblem): string {
  switch (p.code) {
    case 'fetched-at-invalid':
      return `fetchedAt ${JSON.stringify(clip(p.value))} is not a valid time`;
    case 'fetched-at-future':
      return `fetchedAt ${JSON.stringify(clip(p.value))} is in the future`;
    case 'fetched-at-too-early':
      return `fetchedAt ${JSON.stringify(clip(p.value))} is before the first ECB rates (${ECB_FIRST_DAY})`;
    case 'no-rows':
      return 'it holds no rates';
    case 'date-invalid':
      return `row ${p.index + 1} has no valid date (${JSON.stringify(clip(p.value))})`;
    case 'date-out-of-range':
      return `it has rates dated ${clip(p.date)}, outside ${ECB_FIRST_DAY} … ${p.today}`;
    case 'dates-out-of-order':
      return `its dates are out of order at ${clip(p.date)}`;
    case 'figure-implausible':
      return `${p.key} on ${clip(p.date)}: ${clip(p.detail, 120)}`;
    case 'unreadable':
      return clip(p.detail, 160);
  }
}

/**
 * The first column whose stored integers (value × scale, delta-encoded) leave the safe
 * integers (±2^53 − 1), where sums are no longer exact, or null: such a column does not
 * read back as the figures it was written from (a figure like 1300.0000000000002 needs
 * a scale of 10^13 and integers beyond 2^53). Not cached, and not read back.
 */
export function unsafeColumn(file: { series: Record<string, { scale: number; values: readonly (number | null)[] }> }): string | null {
  for (const [key, col] of Object.entries(file.series)) {
    if (!Number.isSafeInteger(col.scale)) return key;
    let acc = 0;
    for (const d of col.values) {
      if (d === null) continue;
      acc += d;
      if (!Number.isSafeInteger(d) || !Number.isSafeInteger(acc)) return key;
    }
  }
  return null;
}
