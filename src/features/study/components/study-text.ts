import { isCategory } from '../../../config/categories';
import { categoryLabel, msg, type Msg, type T } from '../../../i18n';
import type { CarWindow, LeaveOut, PlaceboMiss, StudyModel } from '../model';
import { ALL_GROUP, SELECTION_GROUP, type ModelNote } from './study-choices';

/**
 * The panel's words for the model's codes: catalog ids (study.po) and messages (`Msg`) that the
 * views translate. Formula symbols (CAR(0,5), p = 0.040, +0.153 %) stay as they are.
 */

export function modelLabel(t: T, model: StudyModel): string {
  return t(`study.model.${model}`);
}

export function modelNote(t: T, note: ModelNote): string {
  return t(`study.modelNote.${note}`);
}

/** A group the catalog words: a category, all events in view, or the user's selection. */
const known = (name: string) => name === ALL_GROUP || name === SELECTION_GROUP || isCategory(name);

export function groupLabel(t: T, name: string): string {
  if (name === ALL_GROUP) return t('study.group.all');
  if (name === SELECTION_GROUP) return t('study.group.selection');
  return isCategory(name) ? categoryLabel(t, name) : name;
}

/** "3 provocations", "1 selected event": the group's events, counted, in a sentence. */
export function groupCount(name: string, n: number): Msg {
  return known(name) ? msg(`study.count.${name}`, { n }) : msg('study.count.other', { n, name });
}

/** "provocations", "events in view": the group's events, uncounted. */
export function groupPlural(name: string): Msg {
  return known(name) ? msg(`study.plural.${name}`) : msg('study.plural.other', { name });
}

const signed = (k: number) => (k < 0 ? `−${-k}` : `+${k}`);

/** "CAR(0,5)": the window as a column or axis label (a formula, the same in every language). */
export function windowLabel(w: CarWindow): string {
  return `CAR(${w.a},${w.b})`.replace(/-/g, '−');
}

/** "on the day (T0)", "from T0 to T0+5", "in the 5 observations before T0". */
export function windowPhrase(w: CarWindow): Msg {
  if (w.a === 0 && w.b === 0) return msg('study.when.day');
  if (w.a === 0) return msg('study.when.from', { b: signed(w.b) });
  if (w.b === -1) return msg('study.when.before', { k: w.b - w.a + 1 });
  return msg('study.when.over', { a: signed(w.a), b: signed(w.b) });
}

/** Why an event has no CAR (or is out of the tests). */
export function leaveOutReason(code: LeaveOut): Msg {
  return msg(`study.leaveOut.${code}`);
}

export function placeboMissMsg(miss: PlaceboMiss): Msg {
  return msg(miss === 'no-events' ? 'study.placeboMiss.no-events' : 'study.placeboMiss.too-few-candidates');
}

/** "3 left out: 2 — no T0 …; 1 — fewer than …". */
export function leftOutMsg(leftOut: Partial<Record<LeaveOut, number>>): Msg | null {
  const parts = Object.entries(leftOut).filter(([, k]) => k && k > 0) as [LeaveOut, number][];
  if (!parts.length) return null;
  const total = parts.reduce((s, [, k]) => s + k, 0);
  const items = parts.map(([code, k]) => msg('study.leftOut.part', { n: k, reason: leaveOutReason(code) }));
  const list = items.reduceRight((rest, item) => msg('study.list.semicolon', { first: item, rest }));
  return msg('study.leftOut', { n: total, parts: list });
}

/** A p- or q-value: "0.043", "< 0.001", "—" when none. */
export function pText(p: number | null): string {
  if (p === null) return '—';
  if (p < 0.001) return '< 0.001';
  return p.toFixed(3);
}

/** "p = 0.040", "p < 0.001" (never "p = < 0.001"): `name` is p, q or another statistic's letter. */
export function pIs(name: string, p: number | null): string {
  const t = pText(p);
  return t.startsWith('<') ? `${name} ${t}` : `${name} = ${t}`;
}

/** A percentage with its sign: "+0.153 %". */
export function pctText(x: number | null, digits = 3): string {
  if (x === null) return '—';
  const s = Math.abs(x).toFixed(digits);
  return `${x < 0 && Number(s) !== 0 ? '−' : x > 0 && Number(s) !== 0 ? '+' : ''}${s} %`;
}

/** Significance marks: `q` (q < 0.05), `p` (p < 0.05 only), or none. Both from the cross-sectional t. */
export type Mark = 'q' | 'p' | null;
export const ALPHA = 0.05;
export function markOf(p: number | null, q: number | null): Mark {
  if (q !== null && q < ALPHA) return 'q';
  if (p !== null && p < ALPHA) return 'p';
  return null;
}

/**
 * The m of the Benjamini–Hochberg q-values (bhQValues counts only the rows with a p of t) and the
 * rows without a test (fewer than 2 events with a CAR), which are not counted.
 */
export function qCount(rows: readonly { pT: number | null }[]): { tested: number; untested: number } {
  const tested = rows.filter((r) => r.pT !== null && Number.isFinite(r.pT)).length;
  return { tested, untested: rows.length - tested };
}

/** "after 5 tests", "after 5 tests (5 of the 10 group × window rows had none)". */
export function qTestsMsg({ tested, untested }: { tested: number; untested: number }): Msg {
  return untested > 0 ? msg('study.qTests.untested', { n: tested, untested, total: tested + untested }) : msg('study.qTests', { n: tested });
}

/** What a positive figure means: a weaker won for a KRW price (KRW per unit), else only that the series rose. */
export function plusMeans(krw: boolean): Msg {
  return msg(krw ? 'study.plus.krw' : 'study.plus.other');
}

/** Fewer events than this gets the small-N warning. */
export const SMALL_N = 10;
