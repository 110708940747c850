// Times the series CSV parser (src/features/user-data/model/series-csv.ts) in Node on generated
// files: 1,000,000 one-minute bars of `timestamp,value` with an offset (the fast path), the same
// as local times in Asia/Seoul, and as quoted fields (the general RFC 4180 path).
// Usage: node scripts/measure-series-parse.mjs [rows] [runs]   (default 1000000 rows, 5 runs)
import { performance } from 'node:perf_hooks';
import { createServer } from 'vite';

const rows = Number(process.argv[2] ?? 1_000_000);
const runs = Number(process.argv[3] ?? 5);
const START = Date.UTC(2024, 0, 1);

function file(kind) {
  const parts = [kind === 'quoted' ? '"timestamp","value"' : 'timestamp,value'];
  for (let i = 0; i < rows; i++) {
    const iso = new Date(START + i * 60_000).toISOString().slice(0, 19);
    const v = (1300 + (i % 997) / 10).toFixed(2);
    if (kind === 'offset') parts.push(`${iso}Z,${v}`);
    else if (kind === 'local') parts.push(`${iso},${v}`);
    else parts.push(`"${iso}Z","${v}"`);
  }
  return parts.join('\n') + '\n';
}

const vite = await createServer({ server: { middlewareMode: true, hmr: false }, appType: 'custom', logLevel: 'error', optimizeDeps: { noDiscovery: true, include: [] } });
try {
  const { parseSeriesCsv } = await vite.ssrLoadModule('/src/features/user-data/model/series-csv.ts');
  for (const kind of ['offset', 'local', 'quoted']) {
    const text = file(kind);
    const times = [];
    let result;
    for (let r = 0; r < runs; r++) {
      const t0 = performance.now();
      result = parseSeriesCsv(text, { timeZone: 'Asia/Seoul' });
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const ok = result.count === rows && result.issues.length === 0;
    console.log(
      `${kind.padEnd(6)} ${rows} rows, ${(text.length / 1e6).toFixed(1)} MB: median ${times[Math.floor(runs / 2)].toFixed(0)} ms, ` +
        `min ${times[0].toFixed(0)} ms, max ${times[runs - 1].toFixed(0)} ms (${runs} runs; fast path ${result.layout?.fastPath}; ` +
        `${result.count} rows, ${result.issues.length} bad, ${result.resolution})${ok ? '' : '  <-- UNEXPECTED'}`,
    );
  }
} finally {
  await vite.close();
}
