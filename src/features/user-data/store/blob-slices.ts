import { yieldToMain } from '../../../components/ui/run-in-slices';

/**
 * 2 MiB of bytes a task: making a Blob copies its bytes inside the page's task (for the 8 MB of a
 * million Float64 numbers, 50–180 ms here, twice per series); a Blob made of Blobs does not copy
 * them again.
 */
export const BLOB_SLICE_BYTES = 2 * 1024 * 1024;

/**
 * The bytes of `a` as one Blob, made a slice at a time with `pause` (a new task) between slices,
 * so that storing a big series leaves the page responsive (`yieldToMain` between slices). The parser's arrays come over from the
 * worker on a plain ArrayBuffer.
 */
export async function blobInSlices(a: Float64Array, sliceBytes = BLOB_SLICE_BYTES, pause: () => Promise<void> = yieldToMain): Promise<Blob> {
  const step = Math.max(1, Math.floor(sliceBytes / Float64Array.BYTES_PER_ELEMENT));
  if (a.length <= step) return new Blob([a as Float64Array<ArrayBuffer>]);
  const parts: Blob[] = [];
  for (let i = 0; i < a.length; i += step) {
    if (i > 0) await pause();
    parts.push(new Blob([a.subarray(i, i + step) as Float64Array<ArrayBuffer>]));
  }
  return new Blob(parts);
}
