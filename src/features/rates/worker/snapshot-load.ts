import { parseSnapshot } from '../model/snapshot-codec';
import type { SnapshotMessage } from './snapshot-protocol';
import { bundleBuffers } from './snapshot-transfer';

/**
 * The worker's work: fetch the snapshot, read and decode it. Any failure is only reported: the
 * page then loads the snapshot itself and shows the failure in its own words.
 */
export async function loadSnapshotMessage(url: string, fetchFn: typeof fetch = fetch): Promise<{ message: SnapshotMessage; transfer: ArrayBuffer[] }> {
  try {
    const res = await fetchFn(url);
    if (!res.ok) return { message: { type: 'failed', reason: `http ${res.status}` }, transfer: [] };
    const bundle = parseSnapshot(await res.json());
    return { message: { type: 'done', bundle }, transfer: bundleBuffers(bundle) };
  } catch (e) {
    return { message: { type: 'failed', reason: e instanceof Error ? e.message.slice(0, 200) : String(e) }, transfer: [] };
  }
}
