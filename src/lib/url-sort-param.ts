import { msg, type Msg } from '../i18n/message';
/**
 * The scorecard's sort in the URL (issue #14, an addition to SPEC's list): `sort=<column>:asc|desc`,
 * e.g. `sort=z_0:desc`. Left out for the default (by date, oldest first). The columns are the
 * scorecard's (reactions/components/scorecard-columns.ts COLUMNS; a test there keeps the lists equal).
 */
export const SORT_KEYS = [
  'date', 'title', 'pair', 'chg_0', 'adj_0', 'chg_5', 'chg_20', 'z_0', 'ar_0', 'car_0_5', 'car_0_20', 'sigma', 'beta',
  'pre_drift', 'pre_vol', 'overlap', 'category', 't0', 'base_date', 'base_rate', 't0_rate', 'source',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortParamDir = 'asc' | 'desc';

export interface SortParam {
  key: SortKey;
  dir: SortParamDir;
}

export interface SortParams {
  /** The scorecard's sort; null = the default (date, ascending). */
  sort: SortParam | null;
}

export const DEFAULT_SORT_PARAMS: SortParams = { sort: null };
const DEFAULT_SORT: SortParam = { key: 'date', dir: 'asc' };

const isSortKey = (s: string): s is SortKey => (SORT_KEYS as readonly string[]).includes(s);
const quote = (s: string) => JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);

/** `z_0:desc` → { key: 'z_0', dir: 'desc' }; a bare column sorts ascending; anything else is null. */
export function parseSortValue(raw: string): SortParam | null {
  const m = /^([a-z0-9_]+)(?::(asc|desc))?$/.exec(raw.trim().toLowerCase());
  if (!m || !isSortKey(m[1])) return null;
  return { key: m[1], dir: (m[2] as SortParamDir | undefined) ?? 'asc' };
}

export function sortValue(s: SortParam): string {
  return `${s.key}:${s.dir}`;
}

/** Reads `sort` into `state` (the default sort reads as null); a notice when the value is dropped. */
export function parseSortParams(p: URLSearchParams, state: SortParams, notices: Msg[]): void {
  const raw = p.get('sort');
  if (raw === null || raw === '') return;
  const s = parseSortValue(raw);
  if (!s) {
    notices.push(msg('link.sort', { value: quote(raw), example: 'z_0:desc' }));
    return;
  }
  state.sort = s.key === DEFAULT_SORT.key && s.dir === DEFAULT_SORT.dir ? null : s;
}

/** Writes `sort` unless it is the default. */
export function writeSortParams(s: SortParams, p: URLSearchParams): void {
  if (s.sort && !(s.sort.key === DEFAULT_SORT.key && s.sort.dir === DEFAULT_SORT.dir)) p.set('sort', sortValue(s.sort));
}
