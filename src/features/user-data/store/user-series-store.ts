import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { SeriesColorToken, StoredSeriesMeta } from '../model/series-meta';
import type { DbResult, NewSeries, SeriesDb, SeriesDbErrorCode } from './series-db';

/** An imported series with its numbers, as the chart and the reactions read it. */
export interface ImportedSeries {
  meta: StoredSeriesMeta;
  /** UTC ms, ascending. */
  instants: Float64Array;
  values: Float64Array;
}

/** Why something was not read or written: the database's codes, and `store.read-only` (the embed view writes nothing). */
export type UserSeriesErrorCode = SeriesDbErrorCode | 'store.read-only';
export type UserSeriesResult<T> = DbResult<T> | { ok: false; code: 'store.read-only'; detail?: string };
export interface UserSeriesFailure {
  code: UserSeriesErrorCode;
  detail?: string;
}

/** A stored series that could not be read: not shown, but listed so that it can be deleted. */
export interface SkippedSeries {
  meta: StoredSeriesMeta;
  code: UserSeriesErrorCode;
}

/** What a load found: the series it could not read, or why nothing could be read. */
export interface UserSeriesLoadReport {
  failure: UserSeriesFailure | null;
  skipped: SkippedSeries[];
}

export interface UserSeriesState {
  status: 'idle' | 'loading' | 'ready' | 'failed';
  /** The stored series that were read, oldest first. */
  series: ImportedSeries[];
  skipped: SkippedSeries[];
  /** Why the series could not be read at all (status `failed`). */
  failure: UserSeriesFailure | null;
  /** Load only, never write (the embed view). */
  readOnly: boolean;
  /** Opens the database and reads every series; one that cannot be read is skipped, the rest load. */
  load: (options?: { readOnly?: boolean }) => Promise<UserSeriesLoadReport>;
  /** Stores a new series, then adds it to `series`. */
  add: (series: NewSeries) => Promise<UserSeriesResult<StoredSeriesMeta>>;
  rename: (id: string, name: string) => Promise<UserSeriesResult<StoredSeriesMeta>>;
  recolour: (id: string, color: SeriesColorToken) => Promise<UserSeriesResult<StoredSeriesMeta>>;
  remove: (id: string) => Promise<UserSeriesResult<void>>;
  /** Closes the database and forgets everything read (tests; a later load starts afresh). */
  reset: () => void;
}

export type UserSeriesStore = UseBoundStore<StoreApi<UserSeriesState>>;
export type OpenSeriesDb = () => Promise<DbResult<SeriesDb>>;

const READ_ONLY = { ok: false, code: 'store.read-only' } as const;

/**
 * The IndexedDB series database, its code (and idb) loaded on first use: a page whose link names
 * no imported series opens it after the chart's first paint, and its start does not carry it.
 */
const openIndexedDb: OpenSeriesDb = () => import('./series-db').then((m) => m.openSeriesDb());
// No series is always this one array: a load that finds none leaves the shown lines (and the chart) as they were.
const NO_SERIES: ImportedSeries[] = [];
const initial = (): Pick<UserSeriesState, 'status' | 'series' | 'skipped' | 'failure' | 'readOnly'> => ({ status: 'idle', series: NO_SERIES, skipped: [], failure: null, readOnly: false });

/** A Float64Array, from this realm or another (a structured clone may come from elsewhere). */
const isFloat64Array = (x: unknown): x is Float64Array => Object.prototype.toString.call(x) === '[object Float64Array]';

function pointsOk(p: { meta: StoredSeriesMeta; instants: unknown; values: unknown }): boolean {
  return isFloat64Array(p.instants) && isFloat64Array(p.values) && p.instants.length === p.values.length && p.instants.length === p.meta.count;
}

/**
 * The user's imported series, read from and written through the series database (`openDb`, the
 * IndexedDB one by default; tests pass another). Operations run one after another. A write changes
 * the state only once the database has it: a failed one leaves the state as it was and returns the
 * code for the UI to report.
 */
export function createUserSeriesStore(openDb: OpenSeriesDb = openIndexedDb): UserSeriesStore {
  let db: SeriesDb | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  let loading: Promise<UserSeriesLoadReport> | null = null;
  // Bumped by reset(): operations queued before it do not touch the fresh state.
  let generation = 0;

  const run = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work);
    queue = next.catch(() => undefined);
    return next;
  };
  const database = async (): Promise<DbResult<SeriesDb>> => {
    if (db) return { ok: true, value: db };
    const opened = await openDb();
    if (opened.ok) db = opened.value;
    return opened;
  };
  /** A closed or vanished database is opened again next time. */
  const settle = <T>(result: DbResult<T>): DbResult<T> => {
    if (!result.ok && result.code === 'db.unavailable' && db) {
      db.close();
      db = null;
    }
    return result;
  };

  return create<UserSeriesState>()((set, get) => {
    const write = <T>(work: (d: SeriesDb) => Promise<DbResult<T>>, apply: (value: T) => void): Promise<UserSeriesResult<T>> => {
      if (get().readOnly) return Promise.resolve(READ_ONLY);
      const at = generation;
      return run(async () => {
        const opened = await database();
        if (!opened.ok) return opened;
        const result = settle(await work(opened.value));
        if (result.ok && at === generation) apply(result.value);
        return result;
      });
    };
    const replaceMeta = (meta: StoredSeriesMeta) => set((s) => ({ series: s.series.map((x) => (x.meta.id === meta.id ? { ...x, meta } : x)) }));

    return {
      ...initial(),
      load: (options = {}) => {
        if (loading) return loading;
        set({ status: 'loading', readOnly: options.readOnly ?? false });
        const at = generation;
        const job = run(async (): Promise<UserSeriesLoadReport> => {
          const fail = (failure: UserSeriesFailure): UserSeriesLoadReport => {
            if (at === generation) set({ status: 'failed', failure, series: NO_SERIES, skipped: [] });
            return { failure, skipped: [] };
          };
          const opened = await database();
          if (!opened.ok) return fail({ code: opened.code, detail: opened.detail });
          const listed = settle(await opened.value.list());
          if (!listed.ok) return fail({ code: listed.code, detail: listed.detail });
          const series: ImportedSeries[] = [];
          const skipped: SkippedSeries[] = [];
          for (const meta of listed.value) {
            const loaded = settle(await opened.value.load(meta.id));
            if (!loaded.ok) skipped.push({ meta, code: loaded.code });
            else if (!pointsOk(loaded.value)) skipped.push({ meta, code: 'db.invalid' });
            else series.push(loaded.value);
          }
          if (at === generation) set({ status: 'ready', failure: null, series: series.length ? series : NO_SERIES, skipped });
          return { failure: null, skipped };
        });
        loading = job;
        void job.finally(() => {
          if (loading === job) loading = null;
        });
        return job;
      },
      add: (s) => write((d) => d.save(s), (meta) => set((st) => ({ series: [...st.series, { meta, instants: s.instants, values: s.values }] }))),
      rename: (id, name) => write((d) => d.rename(id, name), replaceMeta),
      recolour: (id, color) => write((d) => d.recolour(id, color), replaceMeta),
      remove: (id) =>
        write(
          (d) => d.delete(id),
          () => set((s) => ({ series: s.series.filter((x) => x.meta.id !== id), skipped: s.skipped.filter((x) => x.meta.id !== id) })),
        ),
      reset: () => {
        generation++;
        loading = null;
        db?.close();
        db = null;
        set(initial());
      },
    };
  });
}

/** The app's store of imported series (IndexedDB). */
export const useUserSeriesStore: UserSeriesStore = createUserSeriesStore();
