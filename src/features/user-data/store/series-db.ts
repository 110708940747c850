import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { checkSeriesFields, isSeriesColorToken, uniqueSeriesId, type SeriesColorToken, type StoredSeriesMeta } from '../model/series-meta';
import type { SeriesResolution } from '../model/series-csv-types';
import { blobInSlices } from './blob-slices';

/**
 * Imported series in IndexedDB (database `krw-lens`): metadata in `series`, the typed arrays in
 * `series-points`, both keyed by the series id, so that listing never reads the numbers. Every
 * write is one transaction over what it touches: it lands whole or not at all, and a failure
 * (quota, private mode, no IndexedDB) comes back as a code while what was stored stays.
 */
export const SERIES_DB_NAME = 'krw-lens';

/**
 * The numbers of one series. Written as two Blobs of Float64 bytes: IndexedDB keeps a Blob as a
 * reference and the browser writes and reads its bytes off the main thread, where a typed array is
 * serialised (and read back) inside the page's task — for 1,000,000 points 0.5–0.9 s of one task
 * here. Records written before as typed arrays are still read.
 */
interface SeriesPoints {
  id: string;
  instants: Float64Array | Blob;
  values: Float64Array | Blob;
}

const F64 = Float64Array.BYTES_PER_ELEMENT;

/** The Float64Array a stored field holds (read from its Blob), or null when it is not whole. */
async function readPoints(field: unknown, count: number): Promise<Float64Array | null> {
  if (field instanceof Float64Array) return field;
  if (typeof Blob === 'undefined' || !(field instanceof Blob) || field.size !== count * F64) return null;
  return new Float64Array(await field.arrayBuffer());
}

interface SeriesDbSchema extends DBSchema {
  series: { key: string; value: StoredSeriesMeta };
  'series-points': { key: string; value: SeriesPoints };
}

type Db = IDBPDatabase<SeriesDbSchema>;
type UpgradeTx = IDBPTransaction<SeriesDbSchema, StoreNames<SeriesDbSchema>[], 'versionchange'>;

/**
 * One step per version: MIGRATIONS[n - 1] takes a database from version n - 1 to n. To add
 * version 2, append a step (it gets the upgrade transaction to read and rewrite version 1 records).
 */
const MIGRATIONS: ((db: Db, tx: UpgradeTx) => void)[] = [
  (db) => {
    db.createObjectStore('series', { keyPath: 'id' });
    db.createObjectStore('series-points', { keyPath: 'id' });
  },
];
export const SERIES_DB_VERSION = MIGRATIONS.length;

export type SeriesDbErrorCode = 'db.unavailable' | 'db.quota' | 'db.newer-version' | 'db.not-found' | 'db.invalid' | 'db.failed';
export type DbResult<T> = { ok: true; value: T } | { ok: false; code: SeriesDbErrorCode; detail?: string };

function failure(e: unknown): { ok: false; code: SeriesDbErrorCode; detail?: string } {
  const name = e instanceof Error || (typeof DOMException !== 'undefined' && e instanceof DOMException) ? (e as Error).name : '';
  const detail = e instanceof Error ? e.message.slice(0, 200) : undefined;
  if (name === 'QuotaExceededError') return { ok: false, code: 'db.quota', detail };
  if (name === 'VersionError') return { ok: false, code: 'db.newer-version', detail };
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError') return { ok: false, code: 'db.unavailable', detail };
  return { ok: false, code: 'db.failed', detail };
}

export interface NewSeries {
  name: string;
  unit: string;
  color: SeriesColorToken;
  resolution: SeriesResolution;
  fix: { zone: string; time: string };
  instants: Float64Array;
  values: Float64Array;
}

export interface SeriesDb {
  /** Stores a new series under a fresh `csv:<slug>` id; returns its metadata. */
  save(series: NewSeries, now?: Date): Promise<DbResult<StoredSeriesMeta>>;
  /** Metadata of every stored series, oldest first; the numbers are not read. */
  list(): Promise<DbResult<StoredSeriesMeta[]>>;
  load(id: string): Promise<DbResult<{ meta: StoredSeriesMeta; instants: Float64Array; values: Float64Array }>>;
  rename(id: string, name: string, now?: Date): Promise<DbResult<StoredSeriesMeta>>;
  recolour(id: string, color: SeriesColorToken, now?: Date): Promise<DbResult<StoredSeriesMeta>>;
  delete(id: string): Promise<DbResult<void>>;
  close(): void;
}

/** Runs `work` in one readwrite transaction; any throw or failed request aborts all of it. */
async function write<T>(db: Db, stores: StoreNames<SeriesDbSchema>[], work: (tx: IDBPTransaction<SeriesDbSchema, StoreNames<SeriesDbSchema>[], 'readwrite'>) => Promise<DbResult<T>>): Promise<DbResult<T>> {
  let tx: IDBPTransaction<SeriesDbSchema, StoreNames<SeriesDbSchema>[], 'readwrite'> | null = null;
  try {
    tx = db.transaction(stores, 'readwrite');
    const result = await work(tx);
    if (!result.ok) {
      tx.abort();
      await tx.done.catch(() => undefined);
      return result;
    }
    await tx.done;
    return result;
  } catch (e) {
    try {
      tx?.abort();
    } catch {
      // Already finished (aborted by the failed request itself).
    }
    await tx?.done.catch(() => undefined);
    return failure(tx?.error ?? e);
  }
}

function wrap(db: Db): SeriesDb {
  const update = (id: string, change: (meta: StoredSeriesMeta) => StoredSeriesMeta) =>
    write(db, ['series'], async (tx) => {
      const store = tx.objectStore('series');
      const meta = await store.get(id);
      if (!meta) return { ok: false, code: 'db.not-found' };
      const next = change(meta);
      await store.put(next);
      return { ok: true, value: next };
    });
  return {
    save: async (s, now = new Date()) => {
      if (checkSeriesFields(s.name, s.unit).length > 0 || !isSeriesColorToken(s.color) || s.instants.length !== s.values.length) {
        return { ok: false, code: 'db.invalid' };
      }
      // Made before the transaction, a slice a task (a transaction ends when its task does).
      let blobs: { instants: Blob; values: Blob };
      try {
        blobs = { instants: await blobInSlices(s.instants), values: await blobInSlices(s.values) };
      } catch (e) {
        return failure(e);
      }
      return write(db, ['series', 'series-points'], async (tx) => {
        const metaStore = tx.objectStore('series');
        const taken = new Set(await metaStore.getAllKeys());
        const id = uniqueSeriesId(s.name.trim(), (k) => taken.has(k));
        const n = s.instants.length;
        const at = now.toISOString();
        const meta: StoredSeriesMeta = {
          id,
          name: s.name.trim(),
          unit: s.unit.trim(),
          color: s.color,
          resolution: s.resolution,
          source: 'csv',
          fix: { ...s.fix },
          count: n,
          first: n > 0 ? s.instants[0]! : null,
          last: n > 0 ? s.instants[n - 1]! : null,
          createdAt: at,
          updatedAt: at,
        };
        await metaStore.add(meta);
        await tx.objectStore('series-points').add({ id, ...blobs });
        return { ok: true, value: meta };
      });
    },
    list: async () => {
      try {
        const all = await db.getAll('series');
        return { ok: true, value: all.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)) };
      } catch (e) {
        return failure(e);
      }
    },
    load: async (id) => {
      try {
        const tx = db.transaction(['series', 'series-points'], 'readonly');
        const [meta, points] = await Promise.all([tx.objectStore('series').get(id), tx.objectStore('series-points').get(id), tx.done]);
        if (!meta || !points) return { ok: false, code: 'db.not-found' };
        const n = typeof meta.count === 'number' && meta.count >= 0 ? meta.count : -1;
        const [instants, values] = await Promise.all([readPoints(points.instants, n), readPoints(points.values, n)]);
        // A typed array of the wrong length is left to the caller's check, as before; a Blob of the wrong size is refused here.
        if (!instants || !values) return { ok: false, code: 'db.invalid', detail: 'stored points are not whole' };
        return { ok: true, value: { meta, instants, values } };
      } catch (e) {
        return failure(e);
      }
    },
    rename: (id, name, now = new Date()) => {
      if (checkSeriesFields(name, 'x').length > 0) return Promise.resolve({ ok: false, code: 'db.invalid' });
      return update(id, (m) => ({ ...m, name: name.trim(), updatedAt: now.toISOString() }));
    },
    recolour: (id, color, now = new Date()) => {
      if (!isSeriesColorToken(color)) return Promise.resolve({ ok: false, code: 'db.invalid' });
      return update(id, (m) => ({ ...m, color, updatedAt: now.toISOString() }));
    },
    delete: (id) =>
      write(db, ['series', 'series-points'], async (tx) => {
        if ((await tx.objectStore('series').getKey(id)) === undefined) return { ok: false, code: 'db.not-found' };
        await tx.objectStore('series').delete(id);
        await tx.objectStore('series-points').delete(id);
        return { ok: true, value: undefined };
      }),
    close: () => db.close(),
  };
}

/** Opens (creating or migrating) the database; `db.unavailable` where there is no IndexedDB. */
export async function openSeriesDb(): Promise<DbResult<SeriesDb>> {
  if (typeof indexedDB === 'undefined' || !indexedDB) return { ok: false, code: 'db.unavailable' };
  try {
    const db = await openDB<SeriesDbSchema>(SERIES_DB_NAME, SERIES_DB_VERSION, {
      upgrade(database, oldVersion, newVersion, tx) {
        for (let v = oldVersion; v < (newVersion ?? SERIES_DB_VERSION); v++) MIGRATIONS[v]!(database, tx);
      },
      // Another tab wants a newer version: let it have the database.
      blocking() {
        db.close();
      },
    });
    return { ok: true, value: wrap(db) };
  } catch (e) {
    return failure(e);
  }
}
