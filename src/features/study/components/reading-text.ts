import { windowKey, type CarWindow, type StudyModel, type StudyRow } from '../model';
import { ALPHA, groupNoun, leftOutText, pText, SMALL_N, windowPhrase } from './study-text';

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
  /** Rows (groups × windows) the q-values were computed over. */
  tests: number;
  /** Whether overlapping events are left out in `rows`. */
  exclOverlap: boolean;
}

const benchmark: Record<StudyModel, string> = {
  market: ' more than the regional basket predicts',
  mean: ' more than on an average day of its estimation window',
  raw: '',
};

const abs = (x: number) => Math.abs(x).toFixed(2);
const dirOf = (x: number, krw: boolean) => (x >= 0 ? `rose${krw ? ' (a weaker won)' : ''}` : `fell${krw ? ' (a stronger won)' : ''}`);

/**
 * "Across 34 provocations, USD/KRW rose 0.15 % more than the regional basket predicts on the day
 * (T0) (p = 0.040; q = 0.210 after 35 tests)". `other` is the same row of the other study (with
 * overlapping events if `rows` leave them out, without them if not): a note says whether the
 * answer (the sign of the mean and p < 0.05) is the same there.
 */
export function readingOf(row: StudyRow, other: StudyRow | undefined, overlapCount: number, ctx: ReadingContext): Reading {
  const notes: string[] = [];
  const noun = groupNoun(row.group, row.n);
  let sentence: string;
  if (row.meanCar === null || row.n === 0) sentence = `No ${groupNoun(row.group, 2)} with a CAR ${windowPhrase(row.window)}.`;
  else {
    const what = `${ctx.pairLabel} ${dirOf(row.meanCar, ctx.krw)} ${abs(row.meanCar)} % on average${benchmark[ctx.model]} ${windowPhrase(row.window)}`;
    const stats = row.pT === null ? 'no test with fewer than 2 events' : `p = ${pText(row.pT)}; q = ${pText(row.q)} after ${ctx.tests} ${ctx.tests === 1 ? 'test' : 'tests'}`;
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
  return `${r.meanCar >= 0 ? '+' : '−'}${abs(r.meanCar)} %, p = ${pText(r.pT)}`;
}

function sameAnswer(a: StudyRow, b: StudyRow): boolean {
  if (a.meanCar === null || b.meanCar === null || a.pT === null || b.pT === null) return a.pT === b.pT;
  return Math.sign(a.meanCar) === Math.sign(b.meanCar) && a.pT < ALPHA === b.pT < ALPHA;
}

function overlapNote(row: StudyRow, other: StudyRow, count: number, excl: boolean): string {
  const events = `${count} overlapping ${count === 1 ? 'event' : 'events'}`;
  const how = excl ? `With the ${events} put back (N = ${other.n})` : `With the ${events} left out (N = ${other.n})`;
  const same = sameAnswer(row, other);
  return `${how}: ${verdict(other)} — ${same ? 'the same answer' : 'a different answer'} (direction and p < ${ALPHA}).`;
}

/** The rows of one window, and each one's counterpart in the other study. */
export function readingsFor(rows: readonly StudyRow[], others: readonly StudyRow[], overlapLeftOut: Record<string, number>, w: CarWindow, ctx: ReadingContext): Reading[] {
  const key = windowKey(w);
  const other = new Map(others.filter((r) => windowKey(r.window) === key).map((r) => [r.group, r]));
  return rows.filter((r) => windowKey(r.window) === key).map((r) => readingOf(r, other.get(r.group), overlapLeftOut[r.group] ?? 0, ctx));
}
