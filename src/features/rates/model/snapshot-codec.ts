import type { PairId } from '../../../config/series';
import { asDayArray, asMsArray, isoFromDay, parseIsoDay, type EpochDay } from '../../../lib/units';
import { fixInstantsUncached, type Series, type SeriesBundle, type SeriesSet } from './series';
import { builtInMeta } from './registry';

// The long arrays are checked by a plain loop: a per-element schema costs
// ~100 ms on 44,000 figures at start-up, the loop well under a millisecond.
export function isIntArray(v: unknown, allowNull: boolean, min = -Infinity): boolean {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) {
    const x: unknown = v[i];
    if (x === null ? !allowNull : !Number.isInteger(x) || (x as number) < min) return false;
  }
  return true;
}
/** One delta-encoded column of a snapshot file (the same format as the ECB snapshot's). */
export interface DeltaColumn {
  scale: number;
  values: (number | null)[];
}

const H10_KEYS = ['KOUS', 'JPUS', 'CHUS', 'USEU'] as const;

/** The bundled H.10 snapshot file (public/data/h10-snapshot.json, written by scripts/build-snapshot.mjs). */
export type SnapshotFile = DeltaFile<(typeof H10_KEYS)[number]>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function invalid(path: string, message: string): never {
  throw new Error(`snapshot file is not valid: ${path}: ${message}`);
}

/** A file in the snapshot format (format, version, source, fix, first, last, days, series) with the columns `K`. */
export interface DeltaFile<K extends string> {
  format: 'krw-snapshot';
  version: 1;
  source: string;
  fix: string;
  first: string;
  last: string;
  days: number[];
  series: Record<K, DeltaColumn>;
}

/**
 * Checks a file of the snapshot format with the columns `keys`, saying where it is wrong
 * (`<what> is not valid: <path>: <message>`); the figures are checked as they are decoded.
 * Shared by the H.10 snapshot and the basket file (basket-h10.ts), which also asks for at least one day.
 */
export function readDeltaFile<K extends string>(json: unknown, keys: readonly K[], what: string, nonEmptyDays = false): DeltaFile<K> {
  const bad: (path: string, message: string) => never = (path, message) => {
    throw new Error(`${what} is not valid: ${path}: ${message}`);
  };
  if (!isRecord(json)) bad('(root)', 'expected an object');
  if (json.format !== 'krw-snapshot') bad('format', 'expected "krw-snapshot"');
  if (json.version !== 1) bad('version', 'expected 1');
  for (const key of ['source', 'fix', 'first', 'last']) if (typeof json[key] !== 'string') bad(key, 'expected a string');
  if (parseIsoDay(json.first as string) === null) bad('first', 'first is not a date');
  if (nonEmptyDays ? !Array.isArray(json.days) || json.days.length === 0 : !Array.isArray(json.days))
    bad('days', nonEmptyDays ? 'must be a non-empty array of non-negative integers' : 'must be an array of non-negative integers');
  if (!isRecord(json.series)) bad('series', 'expected an object');
  for (const key of keys) {
    const col = json.series[key];
    if (!isRecord(col)) bad(`series.${key}`, 'expected an object');
    if (!Number.isInteger(col.scale) || (col.scale as number) <= 0) bad(`series.${key}.scale`, 'must be a positive integer');
    if (!Array.isArray(col.values)) bad(`series.${key}.values`, 'must be an array of integers or nulls');
  }
  return json as unknown as DeltaFile<K>;
}

/**
 * Checks the snapshot file's shape, saying where it is wrong; each figure is checked as it is
 * decoded (decodeDays, decodeColumn), in the same pass. Plain checks, not a schema: this runs
 * once, cold, before the first paint (a schema's first parse of 55,000 figures cost ~20 ms, and
 * every extra pass over them several ms more).
 */
export function readSnapshotFile(json: unknown): SnapshotFile {
  return readDeltaFile(json, H10_KEYS, 'snapshot file');
}

/** Raw H.10 columns, aligned on the snapshot's days; NaN = no observation. */
export interface H10Columns {
  days: Int32Array;
  KOUS: Float64Array;
  JPUS: Float64Array;
  CHUS: Float64Array;
  USEU: Float64Array;
}

/** One delta-encoded column, each figure checked (an integer or null) as it is decoded. */
export function decodeColumn(col: DeltaColumn, n: number, key: string): Float64Array {
  const values: readonly unknown[] = col.values;
  if (values.length !== n) throw new Error(`snapshot series ${key} has ${values.length} values for ${n} days`);
  const out = new Float64Array(n);
  const scale = col.scale;
  let acc = 0;
  for (let i = 0; i < n; i++) {
    const d = values[i];
    if (d === null) {
      out[i] = NaN;
    } else if (Number.isInteger(d)) {
      acc += d as number;
      out[i] = acc / scale;
    } else {
      invalid(`series.${key}.values`, `must be an array of integers or nulls (item ${i}: ${JSON.stringify(d)})`);
    }
  }
  return out;
}

/** Day numbers from a snapshot's `first`, day gaps (each checked as it is read) and `last` (checked). */
export function decodeDays(file: { first: string; last: string; days: readonly number[] }): Int32Array {
  const gaps: readonly unknown[] = file.days;
  const n = gaps.length;
  const first = parseIsoDay(file.first) as EpochDay;
  const days = new Int32Array(n);
  let day = first - ((gaps[0] as number) ?? 0);
  for (let i = 0; i < n; i++) {
    const g = gaps[i];
    if (!Number.isInteger(g) || (g as number) < 0) invalid('days', `must be an array of non-negative integers (item ${i}: ${JSON.stringify(g)})`);
    if (i > 0 && g === 0) throw new Error(`snapshot day ${i} repeats the previous date`);
    day += g as number;
    days[i] = day;
  }
  if (n > 0 && isoFromDay(days[n - 1] as EpochDay) !== file.last) {
    throw new Error(`snapshot ends on ${isoFromDay(days[n - 1] as EpochDay)}, header says ${file.last}`);
  }
  return days;
}

export function decodeColumns(file: SnapshotFile): H10Columns {
  const n = file.days.length;
  const days = decodeDays(file);
  return {
    days,
    KOUS: decodeColumn(file.series.KOUS, n, 'KOUS'),
    JPUS: decodeColumn(file.series.JPUS, n, 'JPUS'),
    CHUS: decodeColumn(file.series.CHUS, n, 'CHUS'),
    USEU: decodeColumn(file.series.USEU, n, 'USEU'),
  };
}

type OtherColumn = keyof Omit<H10Columns, 'days' | 'KOUS'>;

/**
 * SPEC crosses from H.10: USDKRW = KOUS, JPYKRW = KOUS/JPUS×100, CNYKRW = KOUS/CHUS,
 * EURKRW = KOUS×USEU. A day enters a pair only when both of its H.10 figures exist.
 */
export const H10_CROSSES: Record<PairId, OtherColumn | null> = { USDKRW: null, JPYKRW: 'JPUS', CNYKRW: 'CHUS', EURKRW: 'USEU' };

// Plain loops over typed arrays (no closure or push per day): this runs once, cold, before the first paint.
function crossSeries(pair: PairId, days: Int32Array, instants: Float64Array, kous: Float64Array, other: Float64Array): Series {
  const n = days.length;
  const outDays = new Int32Array(n);
  const outT = new Float64Array(n);
  const out = new Float64Array(n);
  const op = pair === 'JPYKRW' ? 1 : pair === 'CNYKRW' ? 2 : pair === 'EURKRW' ? 3 : 0;
  let j = 0;
  for (let i = 0; i < n; i++) {
    const k = kous[i];
    const o = other[i];
    if (k !== k || o !== o) continue; // x !== x: NaN, no observation
    outDays[j] = days[i];
    outT[j] = instants[i];
    out[j++] = op === 0 ? k : op === 1 ? (k / o) * 100 : op === 2 ? k / o : k * o;
  }
  // One pass, then a native copy of the filled part.
  const meta = builtInMeta(pair, 'snapshot');
  const part = <A extends Int32Array | Float64Array>(a: A): A => (j === n ? a : (a.slice(0, j) as A));
  return { meta, id: pair, source: 'snapshot', days: asDayArray(part(outDays)), t: asMsArray(part(outT)), values: part(out) };
}

export function h10Series(cols: H10Columns): SeriesBundle {
  const series: SeriesSet = {};
  let last = -Infinity;
  let first = Infinity;
  // The four pairs share the snapshot's days and its fix rule: the instants are worked out once, each pair picks its days'.
  const instants = fixInstantsUncached(cols.days, builtInMeta('USDKRW', 'snapshot').fix!);
  for (const pair of Object.keys(H10_CROSSES) as PairId[]) {
    const key = H10_CROSSES[pair];
    const s = crossSeries(pair, cols.days, instants, cols.KOUS, key ? cols[key] : cols.KOUS);
    series[pair] = s;
    if (s.days.length) {
      last = Math.max(last, s.days[s.days.length - 1]);
      first = Math.min(first, s.days[0]);
    }
  }
  return {
    source: 'snapshot',
    series,
    asOf: isoFromDay(last as EpochDay),
    first: isoFromDay(first as EpochDay),
  };
}

export function parseSnapshot(json: unknown): SeriesBundle {
  return h10Series(decodeColumns(readSnapshotFile(json)));
}
