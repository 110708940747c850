import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openSeriesDb, SERIES_DB_NAME, SERIES_DB_VERSION, type NewSeries, type SeriesDb } from './series-db';

const NOW = new Date('2026-12-02T08:00:00Z');

function series(name: string, n = 3): NewSeries {
  const instants = new Float64Array(n).map((_, i) => Date.UTC(2024, 0, 2 + i));
  const values = new Float64Array(n).map((_, i) => 1300 + i);
  return { name, unit: 'KRW per 1 USD', color: 'teal', resolution: 'daily', fix: { zone: 'Asia/Seoul', time: '23:59' }, instants, values };
}

async function open(): Promise<SeriesDb> {
  const r = await openSeriesDb();
  if (!r.ok) throw new Error(r.code);
  return r.value;
}

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('series database', () => {
  it('saves a series under a unique csv:<slug> id, lists metadata and loads the arrays after reopening', async () => {
    const db = await open();
    const a = await db.save(series('My NDF (1-min)'), NOW);
    const b = await db.save(series('my ndf 1 min', 2), NOW);
    expect(a).toMatchObject({ ok: true, value: { id: 'csv:my-ndf-1-min', name: 'My NDF (1-min)', count: 3, first: Date.UTC(2024, 0, 2), last: Date.UTC(2024, 0, 4), source: 'csv' } });
    expect(b).toMatchObject({ ok: true, value: { id: 'csv:my-ndf-1-min-2', count: 2 } });
    db.close();

    const again = await open();
    const list = await again.list();
    expect(list.ok && list.value.map((m) => m.id)).toEqual(['csv:my-ndf-1-min', 'csv:my-ndf-1-min-2']);
    expect(list.ok && list.value[0]).toEqual({
      id: 'csv:my-ndf-1-min',
      name: 'My NDF (1-min)',
      unit: 'KRW per 1 USD',
      color: 'teal',
      resolution: 'daily',
      source: 'csv',
      fix: { zone: 'Asia/Seoul', time: '23:59' },
      count: 3,
      first: Date.UTC(2024, 0, 2),
      last: Date.UTC(2024, 0, 4),
      createdAt: '2026-12-02T08:00:00.000Z',
      updatedAt: '2026-12-02T08:00:00.000Z',
    });
    const loaded = await again.load('csv:my-ndf-1-min');
    expect(loaded.ok && [...loaded.value.instants]).toEqual([Date.UTC(2024, 0, 2), Date.UTC(2024, 0, 3), Date.UTC(2024, 0, 4)]);
    expect(loaded.ok && loaded.value.values).toBeInstanceOf(Float64Array);
    expect(loaded.ok && [...loaded.value.values]).toEqual([1300, 1301, 1302]);
    again.close();
  });

  it('renames (the id stays), recolours and deletes', async () => {
    const db = await open();
    await db.save(series('NDF'), NOW);
    const later = new Date('2026-12-03T00:00:00Z');
    expect(await db.rename('csv:ndf', '  Offshore NDF ', later)).toMatchObject({ ok: true, value: { id: 'csv:ndf', name: 'Offshore NDF', updatedAt: '2026-12-03T00:00:00.000Z' } });
    expect(await db.recolour('csv:ndf', 'violet', later)).toMatchObject({ ok: true, value: { color: 'violet', name: 'Offshore NDF' } });
    expect(await db.rename('csv:ndf', '   ')).toEqual({ ok: false, code: 'db.invalid' });
    expect(await db.rename('csv:nope', 'x')).toEqual({ ok: false, code: 'db.not-found' });
    expect(await db.delete('csv:ndf')).toEqual({ ok: true, value: undefined });
    expect(await db.list()).toEqual({ ok: true, value: [] });
    expect(await db.load('csv:ndf')).toEqual({ ok: false, code: 'db.not-found' });
    expect(await db.delete('csv:ndf')).toEqual({ ok: false, code: 'db.not-found' });
    db.close();
  });

  it('refuses a series without a name or unit, or with arrays of different lengths', async () => {
    const db = await open();
    expect(await db.save({ ...series('x'), unit: ' ' })).toEqual({ ok: false, code: 'db.invalid' });
    expect(await db.save({ ...series('x'), values: new Float64Array(1) })).toEqual({ ok: false, code: 'db.invalid' });
    db.close();
  });

  it('reports a write that fails for quota as db.quota, and keeps what was stored: nothing half-written', async () => {
    const db = await open();
    await db.save(series('Kept'), NOW);
    const add = IDBObjectStore.prototype.add;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
      // The metadata goes in first; the numbers then overflow the quota.
      if (this.name === 'series-points') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return add.apply(this, args);
    });
    const failed = await db.save(series('Too big'), NOW);
    expect(failed).toMatchObject({ ok: false, code: 'db.quota' });
    vi.restoreAllMocks();
    const list = await db.list();
    expect(list.ok && list.value.map((m) => m.id)).toEqual(['csv:kept']);
    expect(await db.load('csv:too-big')).toEqual({ ok: false, code: 'db.not-found' });
    const kept = await db.load('csv:kept');
    expect(kept.ok && [...kept.value.values]).toEqual([1300, 1301, 1302]);
    db.close();
  });

  it('reports a transaction the browser aborts as db.failed and keeps the old name', async () => {
    const db = await open();
    await db.save(series('Old name'), NOW);
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      const request = put.apply(this, args);
      this.transaction.abort();
      return request;
    });
    expect(await db.rename('csv:old-name', 'New name')).toMatchObject({ ok: false, code: 'db.failed' });
    vi.restoreAllMocks();
    const list = await db.list();
    expect(list.ok && list.value[0]!.name).toBe('Old name');
    db.close();
  });

  it('says db.unavailable without IndexedDB or when opening is refused (private mode)', async () => {
    vi.stubGlobal('indexedDB', undefined);
    expect(await openSeriesDb()).toEqual({ ok: false, code: 'db.unavailable' });
    vi.stubGlobal('indexedDB', {
      open: () => {
        throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
      },
    });
    expect(await openSeriesDb()).toMatchObject({ ok: false, code: 'db.unavailable' });
  });

  it('stores the numbers as Blobs, still reads records of typed arrays, and refuses a Blob that is not whole', async () => {
    const db = await open();
    const saved = await db.save(series('Blob NDF', 4), NOW);
    if (!saved.ok) throw new Error(saved.code);
    const id = saved.value.id;
    const raw = await new Promise<IDBDatabase>((ok, ko) => {
      const req = indexedDB.open(SERIES_DB_NAME);
      req.onsuccess = () => ok(req.result);
      req.onerror = () => ko(req.error);
    });
    const request = <T>(r: IDBRequest<T>) => new Promise<T>((ok, ko) => ((r.onsuccess = () => ok(r.result)), (r.onerror = () => ko(r.error))));
    const points = (mode: IDBTransactionMode) => raw.transaction('series-points', mode).objectStore('series-points');
    const stored = (await request(points('readonly').get(id))) as { instants: unknown; values: unknown };
    expect(stored.instants).toBeInstanceOf(Blob);
    expect((stored.values as Blob).size).toBe(4 * 8);
    const expected = series('x', 4);
    expect(await db.load(id)).toMatchObject({ ok: true, value: { instants: expected.instants, values: expected.values } });

    // A record written before (typed arrays) reads as it did.
    await request(points('readwrite').put({ id, instants: expected.instants, values: expected.values }));
    expect(await db.load(id)).toMatchObject({ ok: true, value: { instants: expected.instants, values: expected.values } });
    // A Blob cut short (3 of the 4 values) is not read as a series.
    await request(points('readwrite').put({ id, instants: new Blob([expected.instants.slice()]), values: new Blob([expected.values.slice(0, 3)]) }));
    expect(await db.load(id)).toMatchObject({ ok: false, code: 'db.invalid' });
    raw.close();
    db.close();
  });

  it('creates version 1 with the series stores, and a newer database on disk is reported, not overwritten', async () => {
    const db = await open();
    db.close();
    const raw = await new Promise<IDBDatabase>((ok, ko) => {
      const req = indexedDB.open(SERIES_DB_NAME);
      req.onsuccess = () => ok(req.result);
      req.onerror = () => ko(req.error);
    });
    expect(raw.version).toBe(SERIES_DB_VERSION);
    expect([...raw.objectStoreNames].sort()).toEqual(['series', 'series-points']);
    raw.close();
    await new Promise<void>((ok) => {
      const req = indexedDB.open(SERIES_DB_NAME, SERIES_DB_VERSION + 1);
      req.onsuccess = () => {
        req.result.close();
        ok();
      };
    });
    expect(await openSeriesDb()).toMatchObject({ ok: false, code: 'db.newer-version' });
  });
});
