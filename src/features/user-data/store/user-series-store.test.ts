import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { StoredSeriesMeta } from '../model/series-meta';
import { openSeriesDb, SERIES_DB_NAME, type DbResult, type NewSeries, type SeriesDb } from './series-db';
import { createUserSeriesStore, type UserSeriesStore } from './user-series-store';

function series(name: string, n = 3, color: NewSeries['color'] = 'teal'): NewSeries {
  const instants = new Float64Array(n).map((_, i) => Date.UTC(2024, 0, 2 + i));
  const values = new Float64Array(n).map((_, i) => 1300 + i);
  return { name, unit: 'KRW per 1 USD', color, resolution: 'daily', fix: { zone: 'Asia/Seoul', time: '23:59' }, instants, values };
}

async function seed(...all: NewSeries[]): Promise<void> {
  const opened = await openSeriesDb();
  if (!opened.ok) throw new Error(opened.code);
  for (const s of all) await opened.value.save(s);
  opened.value.close();
}

/** Deletes the numbers of one series behind the store's back (a damaged database). */
async function dropPoints(id: string): Promise<void> {
  const raw = await new Promise<IDBDatabase>((ok, ko) => {
    const req = indexedDB.open(SERIES_DB_NAME);
    req.onsuccess = () => ok(req.result);
    req.onerror = () => ko(req.error);
  });
  await new Promise<void>((ok, ko) => {
    const tx = raw.transaction('series-points', 'readwrite');
    tx.objectStore('series-points').delete(id);
    tx.oncomplete = () => ok();
    tx.onerror = () => ko(tx.error);
  });
  raw.close();
}

/** The real database with its writes replaced by ones that fail with `code`. */
function failingWrites(code: 'db.quota' | 'db.unavailable'): () => Promise<DbResult<SeriesDb>> {
  return async () => {
    const opened = await openSeriesDb();
    if (!opened.ok) return opened;
    const fail = () => Promise.resolve({ ok: false as const, code, detail: 'test' });
    return { ok: true, value: { ...opened.value, save: fail, rename: fail, recolour: fail, delete: fail } };
  };
}

const ids = (store: UserSeriesStore) => store.getState().series.map((s) => s.meta.id);

let store: UserSeriesStore | null = null;
beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
});
afterEach(() => {
  store?.getState().reset();
  store = null;
  vi.unstubAllGlobals();
});

describe('user series store', () => {
  it('loads every stored series with its numbers; one that cannot be read is skipped and reported', async () => {
    await seed(series('NDF'), series('Broken', 2), series('Spot', 4, 'amber'));
    await dropPoints('csv:broken');
    store = createUserSeriesStore();
    expect(store.getState().status).toBe('idle');
    const report = await store.getState().load();
    expect(report.failure).toBeNull();
    expect(report.skipped.map((s) => [s.meta.id, s.code])).toEqual([['csv:broken', 'db.not-found']]);
    const state = store.getState();
    expect(state.status).toBe('ready');
    expect(ids(store)).toEqual(['csv:ndf', 'csv:spot']);
    expect([...state.series[1]!.values]).toEqual([1300, 1301, 1302, 1303]);
    expect([...state.series[1]!.instants]).toEqual([Date.UTC(2024, 0, 2), Date.UTC(2024, 0, 3), Date.UTC(2024, 0, 4), Date.UTC(2024, 0, 5)]);
    expect(state.series[1]!.meta.color).toBe('amber');
    expect(state.skipped.map((s) => s.meta.name)).toEqual(['Broken']);
    // A skipped series can still be deleted.
    expect(await state.remove('csv:broken')).toEqual({ ok: true, value: undefined });
    expect(store.getState().skipped).toEqual([]);
  });

  it('keeps the very same empty list when a load finds no series or fails (the shown lines need not be made again)', async () => {
    store = createUserSeriesStore();
    const before = store.getState().series;
    await store.getState().load();
    expect(store.getState().status).toBe('ready');
    expect(store.getState().series).toBe(before);
    const failing = createUserSeriesStore(() => Promise.resolve({ ok: false, code: 'db.unavailable' }));
    const empty = failing.getState().series;
    await failing.getState().load();
    expect(failing.getState().status).toBe('failed');
    expect(failing.getState().series).toBe(empty);
  });

  it('fails the load with the code when the database cannot be opened', async () => {
    store = createUserSeriesStore(() => Promise.resolve({ ok: false, code: 'db.newer-version' }));
    expect(await store.getState().load()).toEqual({ failure: { code: 'db.newer-version', detail: undefined }, skipped: [] });
    expect(store.getState()).toMatchObject({ status: 'failed', failure: { code: 'db.newer-version' }, series: [] });
  });

  it('adds, renames, recolours and removes, and a new store finds the changes', async () => {
    store = createUserSeriesStore();
    await store.getState().load();
    const added = await store.getState().add(series('My NDF'));
    expect(added).toMatchObject({ ok: true, value: { id: 'csv:my-ndf', name: 'My NDF', count: 3 } });
    await store.getState().add(series('Other', 1));
    expect(ids(store)).toEqual(['csv:my-ndf', 'csv:other']);
    expect([...store.getState().series[0]!.values]).toEqual([1300, 1301, 1302]);
    expect(await store.getState().rename('csv:my-ndf', ' Offshore NDF ')).toMatchObject({ ok: true, value: { id: 'csv:my-ndf', name: 'Offshore NDF' } });
    expect(await store.getState().recolour('csv:my-ndf', 'rose')).toMatchObject({ ok: true, value: { color: 'rose' } });
    expect(await store.getState().remove('csv:other')).toEqual({ ok: true, value: undefined });
    expect(store.getState().series.map((s) => [s.meta.id, s.meta.name, s.meta.color])).toEqual([['csv:my-ndf', 'Offshore NDF', 'rose']]);

    store.getState().reset();
    const again = createUserSeriesStore();
    await again.getState().load();
    expect(again.getState().series.map((s) => [s.meta.id, s.meta.name, s.meta.color, s.meta.count])).toEqual([['csv:my-ndf', 'Offshore NDF', 'rose', 3]]);
    again.getState().reset();
  });

  it('keeps the state exactly as it was when a write fails, and returns the code', async () => {
    await seed(series('Kept'));
    store = createUserSeriesStore(failingWrites('db.quota'));
    await store.getState().load();
    const before = store.getState().series;
    expect(await store.getState().add(series('Too big'))).toEqual({ ok: false, code: 'db.quota', detail: 'test' });
    expect(await store.getState().rename('csv:kept', 'New')).toMatchObject({ ok: false, code: 'db.quota' });
    expect(await store.getState().recolour('csv:kept', 'lime')).toMatchObject({ ok: false, code: 'db.quota' });
    expect(await store.getState().remove('csv:kept')).toMatchObject({ ok: false, code: 'db.quota' });
    expect(store.getState().series).toBe(before);
    expect(before.map((s) => [s.meta.name, s.meta.color])).toEqual([['Kept', 'teal']]);
  });

  it('reports a database that cannot be opened on a write, and tries to open it again next time', async () => {
    let opens = 0;
    store = createUserSeriesStore(() => {
      opens++;
      return Promise.resolve({ ok: false, code: 'db.unavailable' });
    });
    expect(await store.getState().add(series('x'))).toEqual({ ok: false, code: 'db.unavailable' });
    expect(await store.getState().add(series('x'))).toEqual({ ok: false, code: 'db.unavailable' });
    expect(opens).toBe(2);
    expect(store.getState().series).toEqual([]);
  });

  it('in read-only mode loads but never writes', async () => {
    await seed(series('NDF'));
    const writes: string[] = [];
    store = createUserSeriesStore(async () => {
      const opened = await openSeriesDb();
      if (!opened.ok) return opened;
      const d = opened.value;
      return { ok: true, value: { ...d, save: (s: NewSeries) => (writes.push('save'), d.save(s)), delete: (id: string) => (writes.push('delete'), d.delete(id)) } };
    });
    await store.getState().load({ readOnly: true });
    expect(store.getState()).toMatchObject({ status: 'ready', readOnly: true });
    expect(ids(store)).toEqual(['csv:ndf']);
    expect(await store.getState().add(series('New'))).toEqual({ ok: false, code: 'store.read-only' });
    expect(await store.getState().remove('csv:ndf')).toEqual({ ok: false, code: 'store.read-only' });
    expect(writes).toEqual([]);
    expect(ids(store)).toEqual(['csv:ndf']);
  });

  it('skips a series whose numbers do not match its metadata', async () => {
    const meta: StoredSeriesMeta = {
      id: 'csv:odd', name: 'Odd', unit: 'u', color: 'sky', resolution: 'daily', source: 'csv', fix: { zone: 'UTC', time: '12:00' },
      count: 3, first: 1, last: 3, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
    };
    const fake = {
      list: () => Promise.resolve({ ok: true, value: [meta] }),
      load: () => Promise.resolve({ ok: true, value: { meta, instants: new Float64Array([1, 2]), values: new Float64Array([5, 6]) } }),
      close: () => undefined,
    } as unknown as SeriesDb;
    store = createUserSeriesStore(() => Promise.resolve({ ok: true, value: fake }));
    const report = await store.getState().load();
    expect(report.skipped).toEqual([{ meta, code: 'db.invalid' }]);
    expect(store.getState().series).toEqual([]);
  });

  it('loads once when asked twice at the same time', async () => {
    await seed(series('NDF'));
    let opens = 0;
    store = createUserSeriesStore(() => {
      opens++;
      return openSeriesDb();
    });
    const [a, b] = [store.getState().load(), store.getState().load()];
    expect(a).toBe(b);
    await a;
    expect(opens).toBe(1);
    expect(ids(store)).toEqual(['csv:ndf']);
  });
});
