import { readFileSync } from 'node:fs';
import { parseSnapshot } from '../model/snapshot-codec';
import { loadSnapshotMessage } from './snapshot-load';

const text = readFileSync('public/data/h10-snapshot.json', 'utf8');
const answer = (body: string, status = 200) => (async () => new Response(body, { status })) as unknown as typeof fetch;

describe('the snapshot worker’s work', () => {
  it('decodes what the page would, and lists each array’s buffer once for the transfer', async () => {
    const { message, transfer } = await loadSnapshotMessage('https://x.test/data/h10-snapshot.json', answer(text));
    expect(message.type).toBe('done');
    if (message.type !== 'done') return;
    expect(message.bundle).toEqual(parseSnapshot(JSON.parse(text)));
    const arrays = Object.values(message.bundle.series).flatMap((s) => [s!.days, s!.t, s!.values]);
    expect(arrays).toHaveLength(12);
    expect(new Set(transfer).size).toBe(transfer.length);
    expect(new Set(transfer)).toEqual(new Set(arrays.map((a) => a.buffer)));
    // Transferable as listed: a structured clone with that list moves them and leaves the sender's empty.
    const moved = structuredClone(message, { transfer });
    expect(moved.bundle.series.USDKRW!.values.length).toBeGreaterThan(10_000);
    expect(arrays.every((a) => a.length === 0)).toBe(true);
  });

  it('reports, never throws: an HTTP error, JSON that is not JSON, a file that is not a snapshot, a network failure', async () => {
    expect((await loadSnapshotMessage('u', answer('boom', 500))).message).toEqual({ type: 'failed', reason: 'http 500' });
    expect((await loadSnapshotMessage('u', answer('{"days": ['))).message.type).toBe('failed');
    expect((await loadSnapshotMessage('u', answer('{"days": []}'))).message.type).toBe('failed');
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    expect(await loadSnapshotMessage('u', offline)).toEqual({ message: { type: 'failed', reason: 'Failed to fetch' }, transfer: [] });
  });
});
