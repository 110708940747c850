import * as z from 'zod/mini';
import { isoFromDay, parseIsoDay, type EpochDay } from '../../../lib/units';
import type { EcbRow } from './ecb-parse';
import { decodeColumn, decodeDays, isIntArray } from './snapshot-codec';

/**
 * ECB rows in the project's compact snapshot format (scripts/snapshot-codec.mjs):
 * day gaps plus delta-encoded integer columns KRW, JPY, CNY, EUR (units per
 * 1 USD, as Frankfurter gives them). Used by public/data/ecb-snapshot.json
 * (written by `npm run data:update`) and by the browser cache of live rates.
 */
export const ECB_SNAPSHOT_KEYS = ['KRW', 'JPY', 'CNY', 'EUR'] as const;
const DAY_MS = 86_400_000;

const deltaArray = z.custom<(number | null)[]>((v) => isIntArray(v, true), 'must be an array of integers or nulls');
/** One delta-encoded column (as in the H.10 snapshot). */
const seriesSchema = z.object({ scale: z.int().check(z.positive()), values: deltaArray });

export const ecbSnapshotSchema = z.object({
  format: z.literal('krw-snapshot'),
  version: z.literal(1),
  source: z.string(),
  fix: z.string(),
  /** When the figures were fetched (ISO instant). */
  fetchedAt: z.string().check(z.refine((s) => Number.isFinite(Date.parse(s)), 'fetchedAt is not an instant')),
  first: z.string().check(z.refine((s) => parseIsoDay(s) !== null, 'first is not a date')),
  last: z.string(),
  days: z.array(z.int().check(z.nonnegative())).check(z.minLength(1)),
  series: z.object({ KRW: seriesSchema, JPY: seriesSchema, CNY: seriesSchema, EUR: seriesSchema }),
});
export type EcbSnapshotFile = z.infer<typeof ecbSnapshotSchema>;

export interface EcbSnapshotMeta {
  source: string;
  fix: string;
  fetchedAt: string;
}

/** Same rule as scripts/snapshot-codec.mjs: decimals of the shortest round-trip string. */
function decimalsOf(v: number): number {
  const s = String(v);
  if (/e/i.test(s)) throw new Error(`exponent notation not supported: ${s}`);
  const i = s.indexOf('.');
  return i < 0 ? 0 : s.length - i - 1;
}

/** Rows → file; the TypeScript twin of encodeSnapshot(rows, meta, keys) in scripts/snapshot-codec.mjs. */
export function encodeEcbRows(rows: readonly EcbRow[], meta: EcbSnapshotMeta): EcbSnapshotFile {
  if (!rows.length) throw new Error('no rows to encode');
  const days: number[] = [];
  let prev: number | null = null;
  for (const r of rows) {
    const day = Date.parse(`${r.date}T00:00:00Z`) / DAY_MS;
    days.push(prev === null ? 0 : day - prev);
    prev = day;
  }
  const series = {} as EcbSnapshotFile['series'];
  for (const k of ECB_SNAPSHOT_KEYS) {
    let dec = 0;
    for (const r of rows) if (r[k] !== null) dec = Math.max(dec, decimalsOf(r[k]));
    const scale = 10 ** dec;
    let acc = 0;
    const values = rows.map((r) => {
      const v = r[k];
      if (v === null) return null;
      const n = Math.round(v * scale);
      if (n / scale !== v) throw new Error(`${k} ${r.date}: ${v} does not survive scaling`);
      const d = n - acc;
      acc = n;
      return d;
    });
    series[k] = { scale, values };
  }
  return {
    format: 'krw-snapshot',
    version: 1,
    ...meta,
    first: rows[0].date,
    last: rows[rows.length - 1].date,
    days,
    series,
  };
}

/** File → rows; a day without KRW cannot be in a valid file. */
export function decodeEcbRows(file: EcbSnapshotFile): EcbRow[] {
  const n = file.days.length;
  const days = decodeDays(file);
  const cols = Object.fromEntries(ECB_SNAPSHOT_KEYS.map((k) => [k, decodeColumn(file.series[k], n, k)])) as Record<
    (typeof ECB_SNAPSHOT_KEYS)[number],
    Float64Array
  >;
  const rows: EcbRow[] = [];
  for (let i = 0; i < n; i++) {
    const date = isoFromDay(days[i] as EpochDay);
    if (Number.isNaN(cols.KRW[i])) throw new Error(`ECB snapshot ${date} has no KRW figure`);
    const opt = (v: number) => (Number.isNaN(v) ? null : v);
    rows.push({ date, KRW: cols.KRW[i], JPY: opt(cols.JPY[i]), CNY: opt(cols.CNY[i]), EUR: opt(cols.EUR[i]) });
  }
  return rows;
}

/** Validates and decodes an ECB snapshot file; the message says what and where. */
export function parseEcbSnapshot(json: unknown): { file: EcbSnapshotFile; rows: EcbRow[] } {
  const parsed = ecbSnapshotSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`ECB snapshot is not valid: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return { file: parsed.data, rows: decodeEcbRows(parsed.data) };
}
