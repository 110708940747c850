// The bundled snapshot's download, reading and decoding, off the main thread (snapshot-early.ts starts it).
import { loadSnapshotMessage } from './snapshot-load';
import type { SnapshotRequest } from './snapshot-protocol';

self.onmessage = async (event: MessageEvent<SnapshotRequest>) => {
  const { message, transfer } = await loadSnapshotMessage(event.data.url);
  self.postMessage(message, { transfer });
};
