/**
 * What is kept of an imported series besides its numbers: the metadata the series list and the
 * registry read, its id (`csv:<slug>`, unique, shown to the user and usable in links), and the
 * checks of the name and unit the user types.
 */
import type { SeriesResolution } from './series-csv-types';

/** Colour tokens an imported series can take; the registry maps them to light and dark colours. */
export const SERIES_COLOR_TOKENS = ['teal', 'violet', 'amber', 'rose', 'lime', 'sky', 'slate', 'fuchsia'] as const;
export type SeriesColorToken = (typeof SERIES_COLOR_TOKENS)[number];

/**
 * The colour of each token on the light and the dark plot background (`--bg`), at least 3:1
 * against both (WCAG non-text contrast). The same values are the `--series-<token>` custom
 * properties of components/series-colors.css (a test holds the two together); the image export
 * reads them here.
 */
export const SERIES_COLOR_VALUES: Record<SeriesColorToken, { light: string; dark: string }> = {
  teal: { light: '#0f766e', dark: '#2dd4bf' },
  violet: { light: '#7c3aed', dark: '#a78bfa' },
  amber: { light: '#b45309', dark: '#fbbf24' },
  rose: { light: '#e11d48', dark: '#fb7185' },
  lime: { light: '#4d7c0f', dark: '#a3e635' },
  sky: { light: '#0369a1', dark: '#38bdf8' },
  slate: { light: '#475569', dark: '#94a3b8' },
  fuchsia: { light: '#c026d3', dark: '#e879f9' },
};

/** The colour for a new series: the first token no stored series has, else the next in turn. */
export function nextSeriesColor(used: readonly SeriesColorToken[]): SeriesColorToken {
  const taken = new Set(used);
  return SERIES_COLOR_TOKENS.find((t) => !taken.has(t)) ?? SERIES_COLOR_TOKENS[used.length % SERIES_COLOR_TOKENS.length]!;
}

export interface StoredSeriesMeta {
  /** `csv:<slug>`; never changes (a rename keeps it, so links stay good). */
  id: string;
  name: string;
  unit: string;
  color: SeriesColorToken;
  resolution: SeriesResolution;
  source: 'csv';
  /** The zone local times and dates were read in, and the fix time given to date-only rows. */
  fix: { zone: string; time: string };
  count: number;
  /** First and last instants (UTC ms), null for an empty series. */
  first: number | null;
  last: number | null;
  /** ISO 8601 instants. */
  createdAt: string;
  updatedAt: string;
}

export const SERIES_NAME_MAX = 80;
export const SERIES_UNIT_MAX = 40;
const SLUG_MAX = 40;

export type SeriesFieldIssue = { field: 'name' | 'unit'; code: 'field.required' } | { field: 'name' | 'unit'; code: 'field.too-long'; max: number };

/** Problems with the name and unit the user typed (both required; trimmed). */
export function checkSeriesFields(name: string, unit: string): SeriesFieldIssue[] {
  const out: SeriesFieldIssue[] = [];
  for (const [field, value, max] of [['name', name, SERIES_NAME_MAX], ['unit', unit, SERIES_UNIT_MAX]] as const) {
    const v = value.trim();
    if (v === '') out.push({ field, code: 'field.required' });
    else if (v.length > max) out.push({ field, code: 'field.too-long', max });
  }
  return out;
}

/** `My NDF (1-min)` → `my-ndf-1-min`: ASCII letters and digits, accents dropped, the rest as `-`; `series` when nothing is left. */
export function seriesSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, SLUG_MAX)
    .replace(/^-+|-+$/g, '');
  return slug || 'series';
}

/** `csv:<slug>`, or `csv:<slug>-2`, `-3`… when taken. */
export function uniqueSeriesId(name: string, taken: (id: string) => boolean): string {
  const base = `csv:${seriesSlug(name)}`;
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}

export function isSeriesColorToken(value: string): value is SeriesColorToken {
  return (SERIES_COLOR_TOKENS as readonly string[]).includes(value);
}
