// V8's heap with and without its compiled code, read over CDP (the bench, test/e2e/speed-budgets.test.mjs).
// Runtime.getHeapUsage().usedSize counts the code and trusted spaces too: machine code that the
// optimising compilers add for functions as they get hot, bytecode, and their tables. Over hundreds of
// zooms that grows by ~0.6 MB (2026-12-03) and says nothing of the app's data, so the leak figures
// compare the heap without it.

const CODE_SPACES = /^(code|code_large_object|trusted|trusted_large_object|shared_trusted|shared_trusted_large_object)_space$/;

/**
 * After two forced GCs: `used` = Runtime.getHeapUsage().usedSize; and from a memory-infra dump (CDP
 * Tracing.requestMemoryDump, "background" detail: V8's space sizes, ~1 s; a heap snapshot took
 * 5–25 s here) of the renderer's main V8 heap (the process whose old space is largest: the only
 * page open), `code` = the objects in the spaces of compiled code (code, trusted: machine code,
 * bytecode and their tables) and `objects` = the objects in every other space (JS objects, strings,
 * arrays, typed arrays' headers).
 */
export async function heapObjects(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const events = [];
  const onData = (e) => events.push(...e.value);
  cdp.on('Tracing.dataCollected', onData);
  const complete = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['disabled-by-default-memory-infra'], memoryDumpConfig: { triggers: [] } }, transferMode: 'ReportEvents' });
  const dump = await cdp.send('Tracing.requestMemoryDump', { deterministic: true, levelOfDetail: 'background' });
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', onData);
  if (!dump.success) throw new Error('memory dump failed');
  const perProcess = new Map();
  for (const e of events) {
    const a = e.ph === 'v' ? e.args?.dumps?.allocators : null;
    if (!a) continue;
    const sp = perProcess.get(e.pid) ?? { code: 0, objects: 0, old: 0 };
    for (const [k, v] of Object.entries(a)) {
      const m = /^v8\/main\/heap\/([a-z_]+)$/.exec(k);
      const hex = v.attrs?.allocated_objects_size?.value;
      if (!m || hex === undefined) continue;
      const bytes = parseInt(hex, 16);
      if (CODE_SPACES.test(m[1])) sp.code += bytes;
      else sp.objects += bytes;
      if (m[1] === 'old_space') sp.old = bytes;
    }
    perProcess.set(e.pid, sp);
  }
  const [page] = [...perProcess.values()].sort((x, y) => y.old - x.old);
  if (!page) throw new Error('no V8 heap in the memory dump');
  return { used: usedSize, code: page.code, objects: page.objects };
}

