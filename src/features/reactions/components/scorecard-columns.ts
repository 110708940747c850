import { msg, type Msg } from '../../../i18n/message';
import { isoFromDay } from '../../../lib/units';
import type { EventStudyFigures, ReactionRow, RowStudy } from '../model';
import { inZone, SEOUL } from './reaction-format';

/** The scorecard's columns, what they read of a row (and of the event study's figures), and its sort. */

export type Kind = 'text' | 'pct' | 'rate' | 'z' | 'vol';

/**
 * The event study's figures as the table reads them: a row's RowStudy, and where CAR(0,5) and
 * CAR(0,20) are among the study's windows. `pending`: being computed (after the first paint).
 */
export interface StudyCells {
  of: (r: ReactionRow) => RowStudy | undefined;
  i05: number;
  i020: number;
  pending: boolean;
}

const NO_STUDY: StudyCells = { of: () => undefined, i05: -1, i020: -1, pending: false };

export function studyCells(study: EventStudyFigures | null | undefined): StudyCells {
  if (study === undefined) return NO_STUDY;
  if (study === null) return { ...NO_STUDY, pending: true };
  const at = (a: number, b: number) => study.windows.findIndex((w) => w.a === a && w.b === b);
  return { of: (r) => study.byRow.get(r), i05: at(0, 5), i020: at(0, 20), pending: false };
}

const carAt = (st: RowStudy | undefined, i: number): number | null => {
  const c = st && i >= 0 ? st.cars[i] : undefined;
  return c?.ok ? c.car : null;
};

export interface Column {
  key: string;
  /** The header (`reactions.col.<key>`) and its tooltip (`reactions.col.<key>.title`). */
  label: Msg;
  title: Msg;
  kind: Kind;
  get: (r: ReactionRow, s: StudyCells) => string | number | null;
}

/** The study's columns (their cells say why a figure is missing). */
export const STUDY_KEYS: Record<string, (s: StudyCells) => number> = { ar_0: () => 0, car_0_5: (s) => s.i05, car_0_20: (s) => s.i020 };
/** The event's fit: σ_ε (any model) and β (the market model only). */
export const FIT_KEYS = new Set(['sigma', 'beta']);

const fitOf = (st: RowStudy | undefined) => (st && st.fit.ok ? st.fit : null);

const day = (d: number | null) => (d === null ? null : isoFromDay(d as never));
/** T0 as a date, or for an intraday series its bar in Seoul time ("2024-07-03 10:30 KST"). */
const t0Text = (r: ReactionRow) => (r.meta.resolution === 'intraday' && r.t0At !== null ? `${inZone(r.t0At, SEOUL)} KST` : day(r.t0));

/**
 * Every SPEC column (and the market-adjusted move beside chg_0). The moves come first, next to the
 * event; the reference figures (dates, rates, source) follow. The CSV keeps SPEC's order.
 */
export const COLUMNS: Column[] = [
  { key: 'date', label: msg('reactions.col.date'), title: msg('reactions.col.date.title'), kind: 'text', get: (r) => `${r.event.date}${r.event.time ? ` ${r.event.time}` : ''}` },
  { key: 'title', label: msg('reactions.col.title'), title: msg('reactions.col.title.title'), kind: 'text', get: (r) => r.event.title },
  { key: 'pair', label: msg('reactions.col.pair'), title: msg('reactions.col.pair.title'), kind: 'text', get: (r) => r.label },
  { key: 'chg_0', label: msg('reactions.col.chg_0'), title: msg('reactions.col.chg_0.title'), kind: 'pct', get: (r) => r.chg0 },
  { key: 'adj_0', label: msg('reactions.col.adj_0'), title: msg('reactions.col.adj_0.title'), kind: 'pct', get: (r) => r.adjusted?.chg0 ?? null },
  { key: 'chg_5', label: msg('reactions.col.chg_5'), title: msg('reactions.col.chg_5.title'), kind: 'pct', get: (r) => r.chg5 },
  { key: 'chg_20', label: msg('reactions.col.chg_20'), title: msg('reactions.col.chg_20.title'), kind: 'pct', get: (r) => r.chg20 },
  { key: 'z_0', label: msg('reactions.col.z_0'), title: msg('reactions.col.z_0.title'), kind: 'z', get: (r) => r.z0 },
  { key: 'ar_0', label: msg('reactions.col.ar_0'), title: msg('reactions.col.ar_0.title'), kind: 'pct', get: (r, s) => s.of(r)?.ar0 ?? null },
  { key: 'car_0_5', label: msg('reactions.col.car_0_5'), title: msg('reactions.col.car_0_5.title'), kind: 'pct', get: (r, s) => carAt(s.of(r), s.i05) },
  { key: 'car_0_20', label: msg('reactions.col.car_0_20'), title: msg('reactions.col.car_0_20.title'), kind: 'pct', get: (r, s) => carAt(s.of(r), s.i020) },
  { key: 'sigma', label: msg('reactions.col.sigma'), title: msg('reactions.col.sigma.title'), kind: 'vol', get: (r, s) => fitOf(s.of(r))?.sigma ?? null },
  { key: 'beta', label: msg('reactions.col.beta'), title: msg('reactions.col.beta.title'), kind: 'z', get: (r, s) => fitOf(s.of(r))?.beta ?? null },
  { key: 'pre_drift', label: msg('reactions.col.pre_drift'), title: msg('reactions.col.pre_drift.title'), kind: 'pct', get: (r) => r.preDrift },
  { key: 'pre_vol', label: msg('reactions.col.pre_vol'), title: msg('reactions.col.pre_vol.title'), kind: 'vol', get: (r) => r.preVol },
  { key: 'overlap', label: msg('reactions.col.overlap'), title: msg('reactions.col.overlap.title'), kind: 'text', get: (r) => (r.overlap ? 'overlap' : '') },
  { key: 'category', label: msg('reactions.col.category'), title: msg('reactions.col.category.title'), kind: 'text', get: (r) => r.event.category },
  { key: 't0', label: msg('reactions.col.t0'), title: msg('reactions.col.t0.title'), kind: 'text', get: t0Text },
  { key: 'base_date', label: msg('reactions.col.base_date'), title: msg('reactions.col.base_date.title'), kind: 'text', get: (r) => day(r.baseDate) },
  { key: 'base_rate', label: msg('reactions.col.base_rate'), title: msg('reactions.col.base_rate.title'), kind: 'rate', get: (r) => r.baseRate },
  { key: 't0_rate', label: msg('reactions.col.t0_rate'), title: msg('reactions.col.t0_rate.title'), kind: 'rate', get: (r) => r.t0Rate },
  { key: 'source', label: msg('reactions.col.source'), title: msg('reactions.col.source.title'), kind: 'text', get: (r) => r.source },
];

/** Columns read as text (left-aligned); the rest are figures and dates (right-aligned). */
export const LEFT = new Set(['date', 'title', 'pair', 'category', 'source', 'overlap']);

export type SortDir = 'ascending' | 'descending';
export interface SortState {
  key: string;
  dir: SortDir;
}

/** Rows sorted by a column; missing figures last in either direction; ties keep the given order. */
export function sortRows(rows: readonly ReactionRow[], sort: SortState, study: StudyCells = NO_STUDY): ReactionRow[] {
  const col = COLUMNS.find((c) => c.key === sort.key) ?? COLUMNS[0];
  const sign = sort.dir === 'ascending' ? 1 : -1;
  const keyed = rows.map((r, i) => ({ r, i, v: col.get(r, study) }));
  keyed.sort((a, b) => {
    const an = a.v === null || a.v === '';
    const bn = b.v === null || b.v === '';
    if (an || bn) return an === bn ? a.i - b.i : an ? 1 : -1;
    const c = typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : String(a.v).localeCompare(String(b.v));
    return c === 0 ? a.i - b.i : sign * c;
  });
  return keyed.map((k) => k.r);
}

