export const PAIR_IDS = ['USDKRW', 'JPYKRW', 'CNYKRW', 'EURKRW'] as const;
export type PairId = (typeof PAIR_IDS)[number];

export const SOURCE_IDS = ['snapshot', 'ecb', 'csv'] as const;
export type SourceId = (typeof SOURCE_IDS)[number];
export const SOURCE_CHOICES = ['auto', 'ecb', 'snapshot'] as const;
export type SourceChoice = (typeof SOURCE_CHOICES)[number];

/**
 * A series' id: the four built-in pairs keep theirs; an imported series has `csv:<slug>` (shown to
 * the user, usable in links).
 */
export type SeriesId = PairId | `csv:${string}`;
const CSV_ID_RE = /^csv:[a-z0-9][a-z0-9-]{0,79}$/;

export function isImportedSeriesId(s: string): s is `csv:${string}` {
  return CSV_ID_RE.test(s);
}

export function isSeriesId(s: string): s is SeriesId {
  return isPairId(s) || isImportedSeriesId(s);
}

export interface PairInfo {
  id: PairId;
  label: string;
  unit: string;
  /** The same colours as `--pair-<id>` in styles.css (light and dark theme). */
  color: { light: string; dark: string };
  /**
   * The value axis this pair takes when it is shown with others: CNY/KRW sits an order of
   * magnitude below the rest and takes the right axis.
   */
  axis: 'left' | 'right';
}

export const PAIRS: Record<PairId, PairInfo> = {
  USDKRW: { id: 'USDKRW', label: 'USD/KRW', unit: 'KRW per 1 USD', color: { light: '#1f5fbf', dark: '#6ea8ff' }, axis: 'left' },
  JPYKRW: { id: 'JPYKRW', label: 'JPY/KRW', unit: 'KRW per 100 JPY', color: { light: '#c2410c', dark: '#fb923c' }, axis: 'left' },
  CNYKRW: { id: 'CNYKRW', label: 'CNY/KRW', unit: 'KRW per 1 CNY', color: { light: '#9f1239', dark: '#f472b6' }, axis: 'right' },
  EURKRW: { id: 'EURKRW', label: 'EUR/KRW', unit: 'KRW per 1 EUR', color: { light: '#047857', dark: '#34d399' }, axis: 'left' },
};

export interface SourceInfo {
  id: SourceId;
  name: string;
  /** A few letters for legends and column names when two sources of one pair are shown. */
  short: string;
  /** Fix time of each daily observation, local to `timezone`. */
  fixTime: string | null;
  timezone: string | null;
  fixLabel: string;
}

export const SOURCES: Record<SourceId, SourceInfo> = {
  snapshot: {
    id: 'snapshot',
    name: 'Federal Reserve H.10',
    short: 'H.10',
    fixTime: '12:00',
    timezone: 'America/New_York',
    fixLabel: 'noon New York',
  },
  ecb: {
    id: 'ecb',
    name: 'ECB reference rates',
    short: 'ECB',
    fixTime: '14:15',
    timezone: 'Europe/Berlin',
    fixLabel: '14:15 Frankfurt',
  },
  csv: { id: 'csv', name: 'Imported CSV', short: 'CSV', fixTime: null, timezone: null, fixLabel: 'as given' },
};

export function isPairId(s: string): s is PairId {
  return (PAIR_IDS as readonly string[]).includes(s);
}
