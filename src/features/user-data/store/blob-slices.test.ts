import { blobInSlices } from './blob-slices';

const read = async (b: Blob) => new Float64Array(await b.arrayBuffer());

describe('blobInSlices', () => {
  it('holds the array’s bytes in order, made a slice per task', async () => {
    // 10 numbers, 3 a slice (24 bytes): slices of 3, 3, 3 and 1, with a pause before each but the first.
    const a = Float64Array.from({ length: 10 }, (_, i) => 1000 + i / 4);
    const pauses: number[] = [];
    const b = await blobInSlices(a, 24, async () => void pauses.push(pauses.length));
    expect(b.size).toBe(80);
    expect(Array.from(await read(b))).toEqual([1000, 1000.25, 1000.5, 1000.75, 1001, 1001.25, 1001.5, 1001.75, 1002, 1002.25]);
    expect(pauses).toHaveLength(3);
  });

  it('makes a small array at once, and a view’s own bytes only', async () => {
    const buffer = Float64Array.from([1, 2, 3, 4, 5]);
    const view = buffer.subarray(1, 4);
    let paused = false;
    const b = await blobInSlices(view, 1024, async () => void (paused = true));
    expect(Array.from(await read(b))).toEqual([2, 3, 4]);
    expect(paused).toBe(false);
    expect((await blobInSlices(new Float64Array(0))).size).toBe(0);
  });

  it('pauses in a real new task by default', async () => {
    const order: string[] = [];
    const done = blobInSlices(Float64Array.from([7, 8, 9]), 8).then(() => order.push('blob'));
    await Promise.resolve();
    order.push('same task');
    await done;
    expect(order).toEqual(['same task', 'blob']);
  });
});
