import { z } from '../../../lib/zod';
import { lazy } from '../../../lib/lazy';
import { isoFromDay, parseIsoDay, type EpochDay } from '../../../lib/units';
import type { EcbRow } from './ecb-parse';
import { encodeSnapshot } from '../../../../scripts/snapshot-codec.mjs';
import { decodeColumn, decodeDays, isIntArray } from './snapshot-codec';

/**
 * ECB rows in the project's compact snapshot format (scripts/snapshot-codec.mjs):
 * day gaps plus delta-encoded integer columns KRW, JPY, CNY, EUR (units per
 * 1 USD, as Frankfurter gives them). Used by public/data/ecb-snapshot.json
 * (written by `npm run data:update`) and by the browser cache of live rates.
 */
export const ECB_SNAPSHOT_KEYS = ['KRW', 'JPY', 'CNY', 'EUR'] as const;

export const ecbSnapshotSchema = lazy(() => {
  const deltaArray = z.custom<(number | null)[]>((v) => isIntArray(v, true), 'must be an array of integers or nulls');
  /** One delta-encoded column (as in the H.10 snapshot). */
  const seriesSchema = z.object({ scale: z.int().check(z.positive()), values: deltaArray });

  return z.object({
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
});
export type EcbSnapshotFile = z.infer<ReturnType<typeof ecbSnapshotSchema>>;

export interface EcbSnapshotMeta {
  source: string;
  fix: string;
  fetchedAt: string;
}

/**
 * Rows → file, by the one encoder of the format (scripts/snapshot-codec.mjs, also used by
 * `npm run data:update` and the H.10 snapshot build) with the ECB's series keys.
 */
export function encodeEcbRows(rows: readonly EcbRow[], meta: EcbSnapshotMeta): EcbSnapshotFile {
  return encodeSnapshot(rows as unknown as Parameters<typeof encodeSnapshot>[0], { ...meta }, ECB_SNAPSHOT_KEYS) as EcbSnapshotFile;
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
  const parsed = ecbSnapshotSchema().safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`ECB snapshot is not valid: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return { file: parsed.data, rows: decodeEcbRows(parsed.data) };
}
