export const PAIR_IDS = ['USDKRW', 'JPYKRW', 'CNYKRW', 'EURKRW'] as const;
export type PairId = (typeof PAIR_IDS)[number];

export const SOURCE_IDS = ['snapshot', 'ecb', 'csv'] as const;
export type SourceId = (typeof SOURCE_IDS)[number];
export const SOURCE_CHOICES = ['auto', 'ecb', 'snapshot'] as const;
export type SourceChoice = (typeof SOURCE_CHOICES)[number];

export interface PairInfo {
  id: PairId;
  label: string;
  unit: string;
  color: { light: string; dark: string };
}

export const PAIRS: Record<PairId, PairInfo> = {
  USDKRW: { id: 'USDKRW', label: 'USD/KRW', unit: 'KRW per 1 USD', color: { light: '#1f5fbf', dark: '#6ea8ff' } },
  JPYKRW: { id: 'JPYKRW', label: 'JPY/KRW', unit: 'KRW per 100 JPY', color: { light: '#c2410c', dark: '#fb923c' } },
  CNYKRW: { id: 'CNYKRW', label: 'CNY/KRW', unit: 'KRW per 1 CNY', color: { light: '#b91c1c', dark: '#f87171' } },
  EURKRW: { id: 'EURKRW', label: 'EUR/KRW', unit: 'KRW per 1 EUR', color: { light: '#047857', dark: '#34d399' } },
};

export interface SourceInfo {
  id: SourceId;
  name: string;
  /** Fix time of each daily observation, local to `timezone`. */
  fixTime: string | null;
  timezone: string | null;
  fixLabel: string;
}

export const SOURCES: Record<SourceId, SourceInfo> = {
  snapshot: {
    id: 'snapshot',
    name: 'Federal Reserve H.10',
    fixTime: '12:00',
    timezone: 'America/New_York',
    fixLabel: 'noon New York',
  },
  ecb: {
    id: 'ecb',
    name: 'ECB reference rates',
    fixTime: '14:15',
    timezone: 'Europe/Berlin',
    fixLabel: '14:15 Frankfurt',
  },
  csv: { id: 'csv', name: 'Imported CSV', fixTime: null, timezone: null, fixLabel: 'as given' },
};

export function isPairId(s: string): s is PairId {
  return (PAIR_IDS as readonly string[]).includes(s);
}
