// The bench's two uPlot baseline sites, built into a temp dir at bench time:
//  - "uPlot, snapshot" (uplot-page.mjs): fetches the same data/h10-snapshot.json as the app and
//    decodes it in the page;
//  - "uPlot, JSON" (uplot-json-page.mjs): fetches data/series.json, plain arrays of dates and of
//    the four pairs' values, derived here from that same snapshot with the app's own parser.
// Both are bundled with esbuild (minified: uPlot, the page, the built-in events' dates and categories).
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ROOT } from '../e2e/harness.mjs';
import { gz, importTs } from './bench-lib.mjs';

const BENCH_DIR = join(ROOT, 'test', 'bench');
const PAIR_IDS = ['USDKRW', 'JPYKRW', 'CNYKRW', 'EURKRW'];

/**
 * The snapshot as the app reads it (parseSnapshot: the H.10 columns decoded and crossed into the four
 * pairs), written as aligned plain arrays: `dates` = every day on which any pair has a value, and per
 * pair its value on each of those days or null. Values are rounded to 4 decimals (the app draws
 * doubles: 4 decimals of a KRW rate is far below a pixel), so the file is what a plain data file
 * would hold.
 */
export async function seriesJson(workDir, snapshotPath) {
  const m = await importTs(
    [`export { parseSnapshot } from './src/features/rates/model/snapshot-codec.ts';`, `export { isoFromDay } from './src/lib/units.ts';`].join('\n'),
    'series-json',
    workDir,
  );
  const bundle = m.parseSnapshot(JSON.parse(await readFile(snapshotPath, 'utf8')));
  const days = new Set();
  for (const id of PAIR_IDS) {
    const s = bundle.series[id];
    if (!s) throw new Error(`the snapshot has no ${id}`);
    for (const d of s.days) days.add(d);
  }
  const sorted = [...days].sort((a, b) => a - b);
  const at = new Map(sorted.map((d, i) => [d, i]));
  const series = {};
  for (const id of PAIR_IDS) {
    const s = bundle.series[id];
    const col = new Array(sorted.length).fill(null);
    for (let i = 0; i < s.days.length; i++) col[at.get(s.days[i])] = Math.round(s.values[i] * 1e4) / 1e4;
    series[id] = col;
  }
  return { source: 'derived by the bench from data/h10-snapshot.json', dates: sorted.map((d) => m.isoFromDay(d)), series };
}

async function bundlePage(entry, outfile, events) {
  const { build } = await import('esbuild');
  const eventsPlugin = {
    name: 'bench-events',
    setup(b) {
      b.onResolve({ filter: /^bench:events$/ }, (a) => ({ path: a.path, namespace: 'bench' }));
      b.onLoad({ filter: /.*/, namespace: 'bench' }, () => ({
        contents: JSON.stringify(events.map((e) => ({ date: e.date, category: e.category }))),
        loader: 'json',
      }));
    },
  };
  await build({
    entryPoints: [join(BENCH_DIR, entry)],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    outfile,
    plugins: [eventsPlugin],
    logLevel: 'silent',
  });
  const js = await readFile(outfile);
  return { jsGz: gz(js), jsRaw: js.length };
}

async function site(workDir, name, entry, events) {
  const dir = join(workDir, name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, 'data'), { recursive: true });
  const js = await bundlePage(entry, join(dir, 'uplot-page.js'), events);
  await copyFile(join(BENCH_DIR, 'uplot.html'), join(dir, 'index.html'));
  const uplotDir = dirname(createRequire(import.meta.url).resolve('uplot/dist/uPlot.min.css'));
  await copyFile(join(uplotDir, 'uPlot.min.css'), join(dir, 'uplot.css'));
  return { dir, ...js };
}

/**
 * Builds both baseline sites: { snapshot: { dir, jsGz, jsRaw }, json: { dir, jsGz, jsRaw, dataBytes, dataGz, days } }.
 * `distDir` is the site the app is served from (its data/h10-snapshot.json is the one both use).
 */
export async function buildBaselines(workDir, distDir, events) {
  const snapshotPath = join(distDir, 'data', 'h10-snapshot.json');
  const snapshot = await site(workDir, 'uplot-site', 'uplot-page.mjs', events);
  await copyFile(snapshotPath, join(snapshot.dir, 'data', 'h10-snapshot.json'));
  const json = await site(workDir, 'uplot-json-site', 'uplot-json-page.mjs', events);
  const data = Buffer.from(JSON.stringify(await seriesJson(workDir, snapshotPath)));
  await writeFile(join(json.dir, 'data', 'series.json'), data);
  const snap = await readFile(snapshotPath);
  return {
    snapshot: { ...snapshot, dataBytes: snap.length, dataGz: gz(snap) },
    json: { ...json, dataBytes: data.length, dataGz: gz(data), days: JSON.parse(data).dates.length },
  };
}
