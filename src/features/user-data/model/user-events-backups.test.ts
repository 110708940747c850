import { backupFileName, listBackups, MAX_BACKUPS, storeBackup, type KeyValueStorage } from './user-events-backups';

/** An in-memory Web Storage, with a switch to make writes fail like a full storage. */
class MemoryStorage implements KeyValueStorage {
  map = new Map<string, string>();
  full = false;
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.full) throw new Error('QuotaExceededError');
    this.map.set(k, v);
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
}

const OLD = 'krw-lens:user-events.backup';
const at = (minute: number) => new Date(Date.UTC(2026, 11, 2, 7, minute, 0));
const key = (minute: number) => `${OLD}:2026-12-02T07:${String(minute).padStart(2, '0')}:00.000Z`;

describe('user events backups', () => {
  it('keeps each distinct copy under its own time, next to the old single backup', () => {
    const s = new MemoryStorage();
    s.setItem(OLD, 'older data');
    s.setItem('krw-lens:user-events', 'main');
    expect(storeBackup(s, 'damaged 1', at(1))).toEqual({ ok: true, key: key(1), created: true, dropped: [] });
    expect(storeBackup(s, 'damaged 2', at(2))).toMatchObject({ ok: true, key: key(2), created: true });
    expect(s.getItem(OLD)).toBe('older data');
    expect(listBackups(s)).toEqual([
      { key: key(2), savedAt: '2026-12-02T07:02:00.000Z', text: 'damaged 2' },
      { key: key(1), savedAt: '2026-12-02T07:01:00.000Z', text: 'damaged 1' },
      { key: OLD, savedAt: null, text: 'older data' },
    ]);
  });

  it('never stores identical content twice', () => {
    const s = new MemoryStorage();
    s.setItem(OLD, 'same');
    expect(storeBackup(s, 'same', at(1))).toEqual({ ok: true, key: OLD, created: false, dropped: [] });
    storeBackup(s, 'other', at(2));
    expect(storeBackup(s, 'other', at(3))).toEqual({ ok: true, key: key(2), created: false, dropped: [] });
    expect(s.length).toBe(2);
  });

  it('two copies in the same millisecond get distinct keys', () => {
    const s = new MemoryStorage();
    storeBackup(s, 'one', at(1));
    expect(storeBackup(s, 'two', at(1))).toMatchObject({ ok: true, key: `${key(1)}~2` });
    expect(listBackups(s).map((b) => b.text)).toEqual(['two', 'one']);
  });

  it(`keeps at most ${MAX_BACKUPS}, dropping the oldest (the old single key first) once the new copy is stored`, () => {
    const s = new MemoryStorage();
    s.setItem(OLD, 'oldest');
    for (let m = 1; m <= 4; m++) storeBackup(s, `copy ${m}`, at(m));
    expect(listBackups(s)).toHaveLength(5);
    expect(storeBackup(s, 'copy 5', at(5))).toMatchObject({ ok: true, created: true, dropped: [OLD] });
    expect(storeBackup(s, 'copy 6', at(6))).toMatchObject({ ok: true, created: true, dropped: [key(1)] });
    expect(listBackups(s).map((b) => b.text)).toEqual(['copy 6', 'copy 5', 'copy 4', 'copy 3', 'copy 2']);
  });

  it('never drops a backup it is told to keep (the one being restored), dropping the next oldest instead', () => {
    const s = new MemoryStorage();
    for (let m = 1; m <= 5; m++) storeBackup(s, `copy ${m}`, at(m));
    expect(storeBackup(s, 'copy 6', at(6), new Set([key(1)]))).toMatchObject({ ok: true, created: true, dropped: [key(2)] });
    expect(listBackups(s).map((b) => b.text)).toEqual(['copy 6', 'copy 5', 'copy 4', 'copy 3', 'copy 1']);
  });

  it('drops nothing when the new copy cannot be stored', () => {
    const s = new MemoryStorage();
    for (let m = 1; m <= 5; m++) storeBackup(s, `copy ${m}`, at(m));
    s.full = true;
    const res = storeBackup(s, 'copy 6', at(6));
    expect(res.ok).toBe(false);
    expect(listBackups(s).map((b) => b.text)).toEqual(['copy 5', 'copy 4', 'copy 3', 'copy 2', 'copy 1']);
  });

  it('drops nothing when the new copy does not read back intact', () => {
    const s = new MemoryStorage();
    for (let m = 1; m <= 5; m++) storeBackup(s, `copy ${m}`, at(m));
    const set = s.setItem.bind(s);
    s.setItem = (k, v) => set(k, v.slice(0, 3));
    expect(storeBackup(s, 'copy 6', at(6)).ok).toBe(false);
    expect(listBackups(s).map((b) => b.text)).toEqual(['copy 5', 'copy 4', 'copy 3', 'copy 2', 'copy 1']);
  });

  it('names the downloads after the backup time, with no characters a file system refuses', () => {
    expect(backupFileName(key(7))).toBe('krw-lens-user-events-backup-2026-12-02T07-07-00Z.json');
    expect(backupFileName(`${key(7)}~2`)).toBe('krw-lens-user-events-backup-2026-12-02T07-07-00Z-2.json');
    expect(backupFileName(OLD)).toBe('krw-lens-user-events-backup.json');
  });
});
