import { msg, type Msg } from '../../../i18n';
import { windowKey, type CarWindow, type StudyModel, type StudyRow } from '../model';
import { ALPHA, groupCount, groupPlural, leftOutMsg, pIs, qTestsMsg, SMALL_N, windowPhrase } from './study-text';

/** The plain reading of one group × window: the sentence and its honest caveats, as messages. */
export interface Reading {
  group: string;
  sentence: Msg;
  /** Caveats, each a sentence: small N, overlaps, events left out. */
  notes: Msg[];
}

export interface ReadingContext {
  /** "USD/KRW" (in the UI's language). */
  pairLabel: string;
  /** A built-in KRW pair: a rise is a weaker won. */
  krw: boolean;
  model: StudyModel;
  /** The q-values' m: rows (groups × windows) with a p of t; and the rows without one (not counted). */
  tests: { tested: number; untested: number };
  /** Whether overlapping events are left out in `rows`. */
  exclOverlap: boolean;
}

const abs = (x: number) => Math.abs(x).toFixed(2);
const up = (x: number) => x >= 0;

/**
 * "Across 34 provocations, USD/KRW rose on average 0.15 % more than the regional basket predicts on the day
 * (T0), a weaker won (p = 0.040; q = 0.210 after 35 tests)" (study.reading.<model>.<up|down>). `other`
 * is the same row of the other study (with overlapping events if `rows` leave them out, without them
 * if not): a note says whether the answer (significant at p < 0.05 up, down, or not) is the same there.
 */
export function readingOf(row: StudyRow, other: StudyRow | undefined, overlapCount: number, ctx: ReadingContext): Reading {
  const notes: Msg[] = [];
  const events = groupCount(row.group, row.n);
  let sentence: Msg;
  if (row.meanCar === null || row.n === 0) sentence = msg('study.reading.none', { events: groupPlural(row.group), when: windowPhrase(row.window) });
  else {
    const rise = up(row.meanCar);
    const won = ctx.krw ? msg(rise ? 'study.reading.weaker' : 'study.reading.stronger') : '';
    const stats = row.pT === null ? msg('study.reading.noTest') : msg('study.reading.stats', { p: pIs('p', row.pT), q: pIs('q', row.q), tests: qTestsMsg(ctx.tests) });
    sentence = msg(`study.reading.${ctx.model}.${rise ? 'up' : 'down'}`, { events, pair: ctx.pairLabel, abs: abs(row.meanCar), when: windowPhrase(row.window), won, stats });
  }
  if (row.n > 0 && row.n < SMALL_N) notes.push(msg('study.note.smallN', { events, min: SMALL_N }));
  const out = leftOutMsg(row.leftOut);
  if (out) notes.push(msg('study.note.sentence', { text: out }));
  if (overlapCount > 0 && other) notes.push(overlapNote(row, other, overlapCount, ctx.exclOverlap));
  return { group: row.group, sentence, notes };
}

function verdict(r: StudyRow): Msg {
  if (r.meanCar === null || r.pT === null) return msg('study.answer.untested');
  return msg('study.verdict', { sign: r.meanCar >= 0 ? '+' : '−', abs: abs(r.meanCar), p: pIs('p', r.pT) });
}

export type Answer = 'up' | 'down' | 'none' | 'untested';

/** The answer of a row: significant at p < 0.05 (t-test) up or down, or not. */
export function answerOf(r: StudyRow): Answer {
  if (r.meanCar === null || r.pT === null) return 'untested';
  if (r.pT >= ALPHA) return 'none';
  return r.meanCar >= 0 ? 'up' : 'down';
}

const answerMsg = (a: Answer): Msg => msg(`study.answer.${a}`, a === 'untested' ? undefined : { alpha: String(ALPHA) });

function overlapNote(row: StudyRow, other: StudyRow, count: number, excl: boolean): Msg {
  const how = msg(excl ? 'study.overlap.putBack' : 'study.overlap.leftOut', { count, n: other.n });
  const a = answerOf(row);
  const b = answerOf(other);
  const change = a === b ? msg('study.overlap.same', { answer: answerMsg(b) }) : msg('study.overlap.changes', { now: answerMsg(b), before: answerMsg(a) });
  return msg('study.overlap.note', { how, verdict: verdict(other), change });
}

/** The rows of one window, and each one's counterpart in the other study. */
export function readingsFor(rows: readonly StudyRow[], others: readonly StudyRow[], overlapLeftOut: Record<string, number>, w: CarWindow, ctx: ReadingContext): Reading[] {
  const key = windowKey(w);
  const other = new Map(others.filter((r) => windowKey(r.window) === key).map((r) => [r.group, r]));
  return rows.filter((r) => windowKey(r.window) === key).map((r) => readingOf(r, other.get(r.group), overlapLeftOut[r.group] ?? 0, ctx));
}
