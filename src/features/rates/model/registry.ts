import { PAIRS, SOURCES, type PairId, type SeriesId, type SourceId } from '../../../config/series';

export type SeriesResolution = 'daily' | 'intraday';

/**
 * Everything a view, an export or the reactions need to know of a series besides its numbers.
 * Built from one place (this registry): nothing else switches on the four pair ids.
 */
export interface SeriesMeta {
  id: SeriesId;
  label: string;
  unit: string;
  /** Light and dark theme colours (the image export draws with them). */
  color: { light: string; dark: string };
  /** The CSS custom property with the colour of the current theme, e.g. `--pair-USDKRW`. */
  colorVar: string;
  source: SourceId;
  resolution: SeriesResolution;
  /**
   * How a daily observation's date becomes an instant: its date at `time` (HH:MM) in `zone`
   * (H.10: 12:00 New York; ECB: 14:15 Frankfurt; an imported date-only file: the time and zone
   * the user stated). Null for a series whose observations carry their own timestamps.
   */
  fix: { time: string; zone: string; label: string } | null;
  /** The value axis it takes beside others: `auto` picks by its level (see chart-state). */
  axis: 'left' | 'right' | 'auto';
  builtIn: boolean;
}

const builtIns = new Map<string, SeriesMeta>();

/** A built-in pair from a built-in source (one object per pair and source, shared). */
export function builtInMeta(pair: PairId, source: SourceId): SeriesMeta {
  const key = `${pair}|${source}`;
  let meta = builtIns.get(key);
  if (!meta) {
    const p = PAIRS[pair];
    const s = SOURCES[source];
    meta = {
      id: pair,
      label: p.label,
      unit: p.unit,
      color: p.color,
      colorVar: `--pair-${pair}`,
      source,
      resolution: 'daily',
      fix: s.fixTime && s.timezone ? { time: s.fixTime, zone: s.timezone, label: s.fixLabel } : null,
      axis: p.axis,
      builtIn: true,
    };
    builtIns.set(key, meta);
  }
  return meta;
}

/** What the registry needs of an imported series (its stored metadata and colour). */
export interface ImportedSeriesInfo {
  id: `csv:${string}`;
  name: string;
  unit: string;
  resolution: SeriesResolution;
  /** The zone and time a date-only file's dates were fixed at. */
  fix: { zone: string; time: string };
  color: { light: string; dark: string };
  colorVar: string;
}

export function importedMeta(info: ImportedSeriesInfo): SeriesMeta {
  return {
    id: info.id,
    label: info.name,
    unit: info.unit,
    color: info.color,
    colorVar: info.colorVar,
    source: 'csv',
    resolution: info.resolution,
    fix: info.resolution === 'daily' ? { time: info.fix.time, zone: info.fix.zone, label: `${info.fix.time} ${info.fix.zone}` } : null,
    axis: 'auto',
    builtIn: false,
  };
}

/** The source's display names (full and short). */
export function sourceName(source: SourceId): string {
  return SOURCES[source].name;
}
export function sourceShort(source: SourceId): string {
  return SOURCES[source].short;
}

/**
 * A line on the chart is a series from one source: its key is the series id, with `@<source>`
 * when the line is a comparison (the same pair from the other source), e.g. `USDKRW@ecb`.
 */
export function lineKeyOf(id: SeriesId, source: SourceId, compare: boolean): string {
  return compare ? `${id}@${source}` : id;
}
