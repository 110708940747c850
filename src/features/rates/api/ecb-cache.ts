import * as z from 'zod/mini';
import { lazy } from '../../../lib/lazy';
import type { EcbRow } from '../model/ecb-parse';
import { ecbSnapshotSchema, encodeEcbRows, parseEcbSnapshot } from '../model/ecb-snapshot';

/**
 * The last good ECB answer, kept in localStorage so a reload without network
 * still shows ECB rates ("cached, as of …"). Stored in the compact snapshot
 * format (about 60 KB for the whole history). The key carries the version: a
 * new layout gets a new key, and an entry that does not validate is ignored.
 */
export const ECB_CACHE_KEY = 'krw-lens:ecb-cache:v1';
const entrySchema = lazy(() => z.object({ version: z.literal(1), file: ecbSnapshotSchema() }));

export interface EcbCacheEntry {
  rows: EcbRow[];
  /** ISO instant of the fetch. */
  fetchedAt: string;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // access denied (privacy settings, sandboxed iframe)
  }
}

export function readEcbCache(): EcbCacheEntry | null {
  const ls = storage();
  if (!ls) return null;
  try {
    const raw = ls.getItem(ECB_CACHE_KEY);
    if (raw === null) return null;
    const entry = entrySchema().safeParse(JSON.parse(raw));
    if (!entry.success) return null;
    const { file, rows } = parseEcbSnapshot(entry.data.file);
    return rows.length ? { rows, fetchedAt: file.fetchedAt } : null;
  } catch {
    return null; // corrupt entry: as if there were none
  }
}

/** Saves rows; a full or unavailable storage is not an error (returns false). */
export function writeEcbCache(rows: readonly EcbRow[], fetchedAt: string, source: string): boolean {
  const ls = storage();
  if (!ls || !rows.length) return false;
  try {
    const file = encodeEcbRows(rows, { source, fix: '14:15 Europe/Berlin', fetchedAt });
    ls.setItem(ECB_CACHE_KEY, JSON.stringify({ version: 1, file }));
    return true;
  } catch {
    return false; // QuotaExceededError and friends
  }
}

export function clearEcbCache(): void {
  try {
    storage()?.removeItem(ECB_CACHE_KEY);
  } catch {
    // nothing to do
  }
}
