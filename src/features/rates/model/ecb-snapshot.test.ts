import { readFileSync } from 'node:fs';
import { encodeSnapshot } from '../../../../scripts/snapshot-codec.mjs';
import { parseFrankfurter } from './ecb-parse';
import { ECB_SNAPSHOT_KEYS, encodeEcbRows, parseEcbSnapshot } from './ecb-snapshot';

const fixture = JSON.parse(readFileSync('mocks/fixtures/frankfurter-v1.json', 'utf8')) as unknown;
const meta = { source: 'test', fix: '14:15 Europe/Berlin', fetchedAt: '2024-09-26T15:00:00.000Z' };

describe('ECB snapshot codec', () => {
  const rows = parseFrankfurter(fixture).rows;

  it('round-trips the rows exactly', () => {
    const file = encodeEcbRows(rows, meta);
    expect(parseEcbSnapshot(JSON.parse(JSON.stringify(file))).rows).toEqual(rows);
  });

  it('writes what scripts/snapshot-codec.mjs writes (one format, two encoders)', () => {
    const fromScript = encodeSnapshot(rows as never, meta, ECB_SNAPSHOT_KEYS);
    expect(JSON.stringify(encodeEcbRows(rows, meta))).toBe(JSON.stringify(fromScript));
  });

  it('keeps gaps as gaps', () => {
    const withGap = rows.slice(0, 3).map((r, i) => (i === 1 ? { ...r, JPY: null } : r));
    expect(parseEcbSnapshot(encodeEcbRows(withGap, meta)).rows[1].JPY).toBeNull();
  });

  it('rejects a broken file with a message that says where', () => {
    const file = encodeEcbRows(rows, meta) as Record<string, unknown>;
    expect(() => parseEcbSnapshot({ ...file, fetchedAt: 'soon' })).toThrow(/^ECB snapshot is not valid: fetchedAt: fetchedAt is not an instant$/);
    expect(() => parseEcbSnapshot({ ...file, series: { KRW: (file.series as { KRW: unknown }).KRW } })).toThrow(/series\.JPY/);
    expect(() => parseEcbSnapshot({ ...file, last: '2024-09-27' })).toThrow(/header says 2024-09-27/);
    expect(() => parseEcbSnapshot('[]')).toThrow(/\(root\)/);
  });
});
