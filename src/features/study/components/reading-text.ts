import { windowKey, type CarWindow, type StudyModel, type StudyRow } from '../model';
import { ALPHA, groupNoun, leftOutText, pIs, qTestsText, SMALL_N, windowPhrase } from './study-text';

/** The plain reading of one group × window: the sentence and its honest caveats. */
export interface Reading {
  group: string;
  sentence: string;
  /** Caveats, each a sentence: small N, overlaps, events left out. */
  notes: string[];
}

export interface ReadingContext {
  /** "USD/KRW". */
  pairLabel: string;
  /** A built-in KRW pair: a rise is a weaker won. */
  krw: boolean;
  model: StudyModel;
  /** The q-values' m: rows (groups × windows) with a p of t; and the rows without one (not counted). */
  tests: { tested: number; untested: number };
  /** Whether overlapping events are left out in `rows`. */
  exclOverlap: boolean;
}

/** What the abnormal return is measured against, by the direction of the mean. */
const benchmark: Record<StudyModel, [string, string]> = {
  market: [' more than the regional basket predicts', ' less than the regional basket predicts'],
  mean: [' above its average day (estimation window)', ' below its average day (estimation window)'],
  raw: ['', ''],
};

const abs = (x: number) => Math.abs(x).toFixed(2);
const up = (x: number) => x >= 0;

/**
 * "Across 34 provocations, USD/KRW rose on average 0.15 % more than the regional basket predicts on the day
 * (T0), a weaker won (p = 0.040; q = 0.210 after 35 tests)". `other` is the same row of the other
 * study (with overlapping events if `rows` leave them out, without them if not): a note says
 * whether the answer (significant at p < 0.05 up, down, or not) is the same there.
 */
export function readingOf(row: StudyRow, other: StudyRow | undefined, overlapCount: number, ctx: ReadingContext): Reading {
  const notes: string[] = [];
  const noun = groupNoun(row.group, row.n);
  let sentence: string;
  if (row.meanCar === null || row.n === 0) sentence = `No ${groupNoun(row.group, 2)} with a CAR ${windowPhrase(row.window)}.`;
  else {
    const rise = up(row.meanCar);
    const won = ctx.krw ? (rise ? ', a weaker won' : ', a stronger won') : '';
    const what = `${ctx.pairLabel} ${rise ? 'rose' : 'fell'} on average ${abs(row.meanCar)} %${benchmark[ctx.model][rise ? 0 : 1]} ${windowPhrase(row.window)}${won}`;
    const stats = row.pT === null ? 'no test with fewer than 2 events' : `${pIs('p', row.pT)}; ${pIs('q', row.q)} ${qTestsText(ctx.tests)}`;
    sentence = `Across ${row.n} ${noun}, ${what} (${stats}).`;
  }
  if (row.n > 0 && row.n < SMALL_N) notes.push(`Only ${row.n} ${noun}: with fewer than ${SMALL_N} events one event can make the result; read it as a hint, not an answer.`);
  const out = leftOutText(row.leftOut);
  if (out) notes.push(`${out}.`);
  if (overlapCount > 0 && other) notes.push(overlapNote(row, other, overlapCount, ctx.exclOverlap));
  return { group: row.group, sentence, notes };
}

function verdict(r: StudyRow): string {
  if (r.meanCar === null || r.pT === null) return 'no test';
  return `${r.meanCar >= 0 ? '+' : '−'}${abs(r.meanCar)} %, ${pIs('p', r.pT)}`;
}

/** The answer of a row: significant at p < 0.05 (t-test) up or down, or not. */
function answerOf(r: StudyRow): 'up' | 'down' | 'none' | 'untested' {
  if (r.meanCar === null || r.pT === null) return 'untested';
  if (r.pT >= ALPHA) return 'none';
  return r.meanCar >= 0 ? 'up' : 'down';
}

const ANSWER: Record<ReturnType<typeof answerOf>, string> = {
  up: `significant (p < ${ALPHA}) and up`,
  down: `significant (p < ${ALPHA}) and down`,
  none: `not significant at p < ${ALPHA}`,
  untested: 'no test',
};

function overlapNote(row: StudyRow, other: StudyRow, count: number, excl: boolean): string {
  const events = `${count} overlapping ${count === 1 ? 'event' : 'events'}`;
  const how = excl ? `With the ${events} put back (N = ${other.n})` : `With the ${events} left out (N = ${other.n})`;
  const a = answerOf(row);
  const b = answerOf(other);
  const change = a === b ? `the same answer: ${ANSWER[b]}` : `the answer changes: ${ANSWER[b]} instead of ${ANSWER[a]}`;
  return `${how}: ${verdict(other)} — ${change}.`;
}

/** The rows of one window, and each one's counterpart in the other study. */
export function readingsFor(rows: readonly StudyRow[], others: readonly StudyRow[], overlapLeftOut: Record<string, number>, w: CarWindow, ctx: ReadingContext): Reading[] {
  const key = windowKey(w);
  const other = new Map(others.filter((r) => windowKey(r.window) === key).map((r) => [r.group, r]));
  return rows.filter((r) => windowKey(r.window) === key).map((r) => readingOf(r, other.get(r.group), overlapLeftOut[r.group] ?? 0, ctx));
}
