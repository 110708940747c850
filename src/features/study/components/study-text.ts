import { CATEGORY_INFO, isCategory } from '../../../config/categories';
import type { CarWindow, LeaveOut, PlaceboMiss, StudyModel } from '../model';
import { ALL_GROUP, SELECTION_GROUP, type ModelNote } from './study-choices';

/** The panel's words for the model's codes (one place, for the message catalog to come). */

export const MODEL_LABEL: Record<StudyModel, string> = {
  market: 'Market model (regional basket)',
  mean: 'Mean-adjusted',
  raw: 'Raw returns',
};

export const MODEL_NOTE: Record<ModelNote, string> = {
  'not-usd': 'The market model needs a dollar rate (its basket is USD/JPY, USD/CNY, …): USD/KRW, or an imported daily series whose name or unit says USD. For this line the mean-adjusted model is shown.',
  intraday: 'The regional basket is daily, so the market model is for daily series only: for this intraday series the mean-adjusted model is shown.',
  'basket-loading': 'The regional basket is still loading: the mean-adjusted model is shown meanwhile.',
  'basket-error': 'The regional basket could not be loaded: the mean-adjusted model is shown instead.',
  'basket-none': 'There is no regional basket for this source: the mean-adjusted model is shown instead.',
  'imported-usd': 'The market model is used because the name or unit of this imported series says USD: it fits only if the series is a dollar rate (units per US dollar), like the basket.',
};

export function groupLabel(name: string): string {
  if (name === ALL_GROUP) return 'All events in view';
  if (name === SELECTION_GROUP) return 'Your selection';
  return isCategory(name) ? CATEGORY_INFO[name].label : name;
}

/** "provocations", "events of your selection": the group's events in a sentence. */
export function groupNoun(name: string, n: number): string {
  const plural: Record<string, [string, string]> = {
    sanction: ['sanction', 'sanctions'],
    provocation: ['provocation', 'provocations'],
    diplomacy: ['diplomatic event', 'diplomatic events'],
    'monetary-policy': ['monetary-policy event', 'monetary-policy events'],
    'fx-policy': ['FX-policy event', 'FX-policy events'],
    political: ['political event', 'political events'],
    'market-shock': ['market shock', 'market shocks'],
    [ALL_GROUP]: ['event in view', 'events in view'],
    [SELECTION_GROUP]: ['selected event', 'selected events'],
  };
  const w = plural[name] ?? [`${name} event`, `${name} events`];
  return w[n === 1 ? 0 : 1];
}

const signed = (k: number) => (k < 0 ? `−${-k}` : `+${k}`);

/** "CAR(0,5)": the window as a column or axis label. */
export function windowLabel(w: CarWindow): string {
  return `CAR(${w.a},${w.b})`.replace(/-/g, '−');
}

/** "on the day (T0)", "from T0 to T0+5", "in the 5 observations before T0". */
export function windowPhrase(w: CarWindow): string {
  if (w.a === 0 && w.b === 0) return 'on the day (T0)';
  if (w.a === 0) return `from T0 to T0${signed(w.b)}`;
  if (w.b === -1) return `in the ${w.b - w.a + 1} observations before T0`;
  return `over T0${signed(w.a)} … T0${signed(w.b)}`;
}

export const LEAVE_OUT_TEXT: Record<LeaveOut, string> = {
  'no-t0': 'no T0 in the series (before its first or after its last observation)',
  'no-basket': 'no regional basket',
  'too-few-estimation-returns': 'fewer than 120 returns in its estimation window (T0−250 … T0−11)',
  'flat-basket': 'the basket did not move in its estimation window',
  'zero-variance': 'the series did not move in its estimation window',
  'no-fit': 'no model could be fitted',
  'outside-series': 'the window runs past the end (or start) of the series',
  'missing-ar': 'a return is missing in the window',
};

export function placeboMissText(miss: PlaceboMiss): string {
  return miss === 'no-events' ? 'no events' : 'too few calm days in some year for the placebo sets';
}

/** "3 left out: 2 with no T0 …; 1 with fewer than …". */
export function leftOutText(leftOut: Partial<Record<LeaveOut, number>>): string | null {
  const parts = Object.entries(leftOut).filter(([, k]) => k && k > 0) as [LeaveOut, number][];
  if (!parts.length) return null;
  const total = parts.reduce((s, [, k]) => s + k, 0);
  return `${total} left out: ${parts.map(([code, k]) => `${k} — ${LEAVE_OUT_TEXT[code]}`).join('; ')}`;
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
export function qTestsText({ tested, untested }: { tested: number; untested: number }): string {
  const base = `after ${tested} ${tested === 1 ? 'test' : 'tests'}`;
  return untested > 0 ? `${base} (${untested} of the ${tested + untested} group × window rows had none)` : base;
}

/** What a positive figure means: a weaker won for a KRW price (KRW per unit), else only that the series rose. */
export function plusMeans(krw: boolean): string {
  return krw ? '+ = weaker won' : '+ = the series rose';
}

/** Fewer events than this gets the small-N warning. */
export const SMALL_N = 10;
