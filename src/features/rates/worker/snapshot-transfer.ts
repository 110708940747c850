import type { SeriesBundle } from '../model/series';

/** The ArrayBuffers behind a bundle's arrays, each once (a transfer list may not name one twice). */
export function bundleBuffers(bundle: SeriesBundle): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const s of Object.values(bundle.series)) {
    if (!s) continue;
    for (const a of [s.days, s.t, s.values]) if (a.buffer instanceof ArrayBuffer) buffers.add(a.buffer);
  }
  return [...buffers];
}
