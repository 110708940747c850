import { z } from '../../../lib/zod';
import type { PairId } from '../../../config/series';
import { lazy } from '../../../lib/lazy';
import { isoFromDay, parseIsoDay, type EpochDay } from '../../../lib/units';
import { ECB_FIRST_DAY, pairFigureOk, pairFigureProblem, rawFigureProblem } from './ecb-bounds';
import { makeSeries, type SeriesBundle, type SeriesSet } from './series';

/**
 * Frankfurter v1 time series, asked with base=USD&symbols=KRW,JPY,CNY,EUR:
 * {"amount":1.0,"base":"USD","start_date":…,"end_date":…,"rates":{"YYYY-MM-DD":{"CNY":…,"EUR":…,"JPY":…,"KRW":…}}}
 * Every figure is units of that currency per 1 USD, from the ECB's EUR-based
 * reference rates of the day.
 */
export const ECB_BASE = 'USD';
export { ECB_SYMBOLS, type EcbSymbol } from './ecb-symbols';
import type { EcbSymbol } from './ecb-symbols';

/** One ECB day; a day is kept only with a KRW figure; null = no usable figure. */
export interface EcbRow {
  date: string;
  KRW: number;
  JPY: number | null;
  CNY: number | null;
  EUR: number | null;
}

export interface EcbParsed {
  rows: EcbRow[];
  /** How many figures or days were left out (one per problem found). */
  dropped: number;
  /** What was left out and why, e.g. `rates["2024-02-30"]: not a real date` (the first 50). */
  issues: string[];
}

export type EcbDataErrorKind = 'empty' | 'invalid';

/** The answer as a whole cannot be used. */
export class EcbDataError extends Error {
  readonly kind: EcbDataErrorKind;
  constructor(kind: EcbDataErrorKind, message: string) {
    super(message);
    this.name = 'EcbDataError';
    this.kind = kind;
  }
}

export const frankfurterSeriesSchema = lazy(() =>
  z.object({
    amount: z.number(),
    base: z.string(),
    start_date: z.string(),
    end_date: z.string(),
    rates: z.record(z.string(), z.unknown()),
  }),
);

const MAX_ISSUES = 50;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function show(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 20 ? `${v.slice(0, 20)}…` : v);
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : String(v);
}

/** Why a figure cannot be charted (not a number, not positive, implausible: ecb-bounds.ts), or null when it can. */
export function figureProblem(v: unknown): string | null {
  if (typeof v !== 'number') return `${show(v)} is not a number`;
  return rawFigureProblem(v);
}

/** The cross a JPY, CNY or EUR figure makes with the day's KRW, checked (ecb-bounds.ts); null when plausible. */
export function crossProblem(krw: number, key: Exclude<EcbSymbol, 'KRW'>, other: number): string | null {
  const pair = CROSS_OF[key];
  const v = ECB_CROSSES[pair].f(krw, other);
  return pairFigureOk(v) ? null : pairFigureProblem(`${pair.slice(0, 3)}/KRW`, v);
}

const FIRST_DAY = parseIsoDay(ECB_FIRST_DAY) as number;

/** Why a key of `rates` cannot be an ECB day of this answer, or null. */
export function dayProblem(date: string, start: number, end: number, lastDay: number): string | null {
  const day = parseIsoDay(date);
  if (day === null) return 'not a real date';
  if (day < start || day > end) return 'outside start_date..end_date';
  if (day < FIRST_DAY) return `before the first ECB rates (${ECB_FIRST_DAY})`;
  if (day > lastDay) return 'after today';
  const wd = new Date(day * 86_400_000).getUTCDay();
  if (wd === 0 || wd === 6) return `a ${WEEKDAYS[wd]}; the ECB does not fix on weekends`;
  return null;
}

/** A Frankfurter v1 time-series answer whose header is right (schema, base, amount, dates), its days sorted. */
export interface FrankfurterAnswer {
  start: number;
  end: number;
  /** The days of `rates`, sorted (as given: each is checked by dayProblem). */
  dates: string[];
  rates: Record<string, unknown>;
}

/** Checks an answer's header; throws EcbDataError when the answer as a whole is unusable. */
export function readFrankfurterAnswer(json: unknown): FrankfurterAnswer {
  const parsed = frankfurterSeriesSchema().safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new EcbDataError('invalid', `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  const { amount, base, start_date, end_date } = parsed.data;
  // The days as given: zod's copy of the record loses a "__proto__" key, which then went uncounted.
  const rates = (json as { rates: Record<string, unknown> }).rates;
  if (base !== ECB_BASE) throw new EcbDataError('invalid', `base: ${show(base)}, expected "${ECB_BASE}"`);
  if (amount !== 1) throw new EcbDataError('invalid', `amount: ${amount}, expected 1`);
  const start = parseIsoDay(start_date);
  const end = parseIsoDay(end_date);
  if (start === null) throw new EcbDataError('invalid', `start_date: ${show(start_date)} is not a date`);
  if (end === null) throw new EcbDataError('invalid', `end_date: ${show(end_date)} is not a date`);
  const dates = Object.keys(rates).sort();
  if (!dates.length) throw new EcbDataError('empty', `rates: no figures for ${start_date}..${end_date}`);
  return { start, end, dates, rates };
}

/** Where a day of `rates` is, for an issue: `rates["2024-02-30"]` (a long key cut short). */
export const rateDayWhere = (date: string) => `rates[${JSON.stringify(date.length > 24 ? `${date.slice(0, 23)}…` : date)}]`;

/** The last day an answer read at `nowMs` can have: tomorrow (UTC), a day of grace for a clock that is behind. */
export const lastEcbDayAt = (nowMs: number) => Math.floor(nowMs / 86_400_000) + 1;

/** A day of an answer that can be an ECB day and holds an object of figures. */
export interface AnswerDay {
  date: string;
  /** `rates["2024-07-09"]`, for an issue. */
  where: string;
  figs: Record<string, unknown>;
}

/**
 * The days of an answer (readFrankfurterAnswer) in date order, one at a time (so the issues stay in
 * date order); a day that cannot be an ECB day
 * (dayProblem) or that is not an object of figures is reported through `drop` and skipped.
 * Shared by the pairs' and the basket's parsers.
 */
export function* answerDays(answer: { start: number; end: number; dates: readonly string[]; rates: Record<string, unknown> }, lastDay: number, drop: (msg: string) => void): Generator<AnswerDay> {
  for (const date of answer.dates) {
    const where = rateDayWhere(date);
    const problem = dayProblem(date, answer.start, answer.end, lastDay);
    if (problem) {
      drop(`${where}: ${problem}`);
      continue;
    }
    const day = answer.rates[date];
    if (day === null || typeof day !== 'object' || Array.isArray(day)) {
      drop(`${where}: expected an object of figures, got ${show(day)}`);
      continue;
    }
    yield { date, where, figs: day as Record<string, unknown> };
  }
}

/**
 * Validates a Frankfurter answer and keeps every figure that is right. Throws
 * EcbDataError when the answer as a whole is unusable (wrong base, no rates…);
 * a bad figure or day is dropped and counted, never charted. A day before 1999-01-04 or
 * after tomorrow (UTC, from `nowMs`: a day of grace for a clock that is behind) cannot be an
 * ECB day.
 */
export function parseFrankfurter(json: unknown, nowMs: number = Date.now()): EcbParsed {
  const { start, end, dates, rates } = readFrankfurterAnswer(json);
  const lastDay = lastEcbDayAt(nowMs);
  const issues: string[] = [];
  let dropped = 0;
  const drop = (msg: string) => {
    dropped++;
    if (issues.length < MAX_ISSUES) issues.push(msg);
  };
  const rows: EcbRow[] = [];
  for (const { where, date, figs } of answerDays({ start, end, dates, rates }, lastDay, drop)) {
    if (!('KRW' in figs)) {
      drop(`${where}: no KRW figure; the day is left out`);
      continue;
    }
    const krwProblem = figureProblem(figs.KRW);
    if (krwProblem) {
      drop(`${where}.KRW: ${krwProblem}; the day is left out`);
      continue;
    }
    const row: EcbRow = { date, KRW: figs.KRW as number, JPY: null, CNY: null, EUR: null };
    for (const k of ['JPY', 'CNY', 'EUR'] as const) {
      if (!(k in figs)) continue; // no observation that day: a gap
      const p = figureProblem(figs[k]) ?? crossProblem(row.KRW, k, figs[k] as number);
      if (p) drop(`${where}.${k}: ${p}`);
      else row[k] = figs[k] as number;
    }
    rows.push(row);
  }
  if (!rows.length) {
    throw new EcbDataError('invalid', `no usable day: ${dropped} left out (first: ${issues[0]})`);
  }
  return { rows, dropped, issues };
}

type Cross = (krw: number, other: number) => number;

/** SPEC crosses from the same day: USDKRW = KRW, JPYKRW = KRW/JPY×100, CNYKRW = KRW/CNY, EURKRW = KRW/EUR. */
export const ECB_CROSSES: Record<PairId, { key: EcbSymbol; f: Cross }> = {
  USDKRW: { key: 'KRW', f: (k) => k },
  JPYKRW: { key: 'JPY', f: (k, j) => (k / j) * 100 },
  CNYKRW: { key: 'CNY', f: (k, c) => k / c },
  EURKRW: { key: 'EUR', f: (k, e) => k / e },
};
const CROSS_OF: Record<Exclude<EcbSymbol, 'KRW'>, PairId> = { JPY: 'JPYKRW', CNY: 'CNYKRW', EUR: 'EURKRW' };

/** Rows (sorted, one per date) → the four series, source 'ecb'. */
export function ecbBundle(rows: readonly EcbRow[]): SeriesBundle {
  if (!rows.length) throw new EcbDataError('empty', 'no ECB rows');
  const dayOf = rows.map((r) => parseIsoDay(r.date) as EpochDay);
  const series: SeriesSet = {};
  let first = Infinity;
  let last = -Infinity;
  for (const pair of Object.keys(ECB_CROSSES) as PairId[]) {
    const { key, f } = ECB_CROSSES[pair];
    const days: number[] = [];
    const values: number[] = [];
    rows.forEach((r, i) => {
      const other = r[key];
      if (other === null) return;
      days.push(dayOf[i]);
      values.push(f(r.KRW, other));
    });
    series[pair] = makeSeries(pair, 'ecb', days, values);
    if (days.length) {
      first = Math.min(first, days[0]);
      last = Math.max(last, days[days.length - 1]);
    }
  }
  return { source: 'ecb', series, asOf: isoFromDay(last as EpochDay), first: isoFromDay(first as EpochDay) };
}
