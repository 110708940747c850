import { z } from '../../../lib/zod';
import { lazy } from '../../../lib/lazy';
import { checkEcbCacheRows, clip, describeEcbCacheProblem, unsafeColumn } from '../model/ecb-cache-check';
import type { EcbRow } from '../model/ecb-parse';
import { ecbSnapshotSchema, encodeEcbRows, parseEcbSnapshot } from '../model/ecb-snapshot';

/**
 * The last good ECB answer, kept in localStorage so a reload without network
 * still shows ECB rates ("cached, as of …"). Stored in the compact snapshot
 * format (about 60 KB for the whole history). The key carries the version: a
 * new layout gets a new key. An entry that does not validate, or whose dates or
 * figures cannot be right (model/ecb-cache-check.ts), is discarded, and says why.
 */
export { ECB_CACHE_KEY } from './ecb-cache-key';
import { ECB_CACHE_KEY } from './ecb-cache-key';
const entrySchema = lazy(() => z.object({ version: z.literal(1), file: ecbSnapshotSchema() }));

export interface EcbCacheEntry {
  rows: EcbRow[];
  /** ISO instant of the fetch. */
  fetchedAt: string;
}

export interface EcbCacheRead {
  entry: EcbCacheEntry | null;
  /** Why a stored entry was not used (for the notice), or null when there was none or it was good. */
  discarded: string | null;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // access denied (privacy settings, sandboxed iframe)
  }
}

const NONE: EcbCacheRead = { entry: null, discarded: null };
const discard = (why: string): EcbCacheRead => ({ entry: null, discarded: why });

/**
 * Reads the cached entry and checks it; never throws. Whatever fails (JSON, shape,
 * decoding, dates, figures) comes back as `discarded`, with what and where.
 */
export function loadEcbCache(nowMs: number = Date.now()): EcbCacheRead {
  const ls = storage();
  if (!ls) return NONE;
  let raw: string | null;
  try {
    raw = ls.getItem(ECB_CACHE_KEY);
  } catch {
    return NONE; // storage that cannot be read holds nothing for us
  }
  if (raw === null) return NONE;
  try {
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      return discard(`it is not valid JSON (${raw.length} characters)`);
    }
    const entry = entrySchema().safeParse(json);
    if (!entry.success) {
      const issue = entry.error.issues[0];
      return discard(`it is not a cache entry of this version (${clip(issue.path.join('.') || '(root)')}: ${clip(issue.message, 80)})`);
    }
    const { file, rows } = parseEcbSnapshot(entry.data.file);
    const unsafe = unsafeColumn(file);
    if (unsafe) return discard(`its ${unsafe} figures are not stored exactly`);
    const problem = checkEcbCacheRows(rows, file.fetchedAt, nowMs);
    if (problem) return discard(describeEcbCacheProblem(problem));
    return { entry: { rows, fetchedAt: file.fetchedAt }, discarded: null };
  } catch (e) {
    return discard(clip(e instanceof Error ? e.message : String(e), 160));
  }
}

/**
 * Saves rows, only when they would read back exactly and pass the same checks as a read
 * (plausible dates and figures, fetchedAt not in the future): an answer that could not be
 * shown again is never kept. Returns false when nothing was written (also for a full or
 * unavailable storage, which is not an error).
 */
export function writeEcbCache(rows: readonly EcbRow[], fetchedAt: string, source: string, nowMs: number = Date.now()): boolean {
  const ls = storage();
  if (!ls || !rows.length) return false;
  try {
    if (checkEcbCacheRows(rows, fetchedAt, nowMs)) return false;
    const file = encodeEcbRows(rows, { source, fix: '14:15 Europe/Berlin', fetchedAt });
    if (unsafeColumn(file)) return false;
    ls.setItem(ECB_CACHE_KEY, JSON.stringify({ version: 1, file }));
    return true;
  } catch {
    return false; // QuotaExceededError and friends, or rows the format cannot hold
  }
}

export function clearEcbCache(): void {
  try {
    storage()?.removeItem(ECB_CACHE_KEY);
  } catch {
    // nothing to do
  }
}
