// Node-side helpers for scripts/bench.mjs: bundle sizes, the model imports (events, snapshot
// decoder, reactions) and statistics. The uPlot baselines are built by baselines.mjs.
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../e2e/harness.mjs';
import { gzipBytes as gz, listFiles } from '../../scripts/check-budgets.mjs';

async function esbuild() {
  return import('esbuild');
}

// ---------------------------------------------------------------- statistics

export function quantile(xs, q) {
  const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const pos = (v.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return v[lo] + (v[hi] - v[lo]) * (pos - lo);
}
export const median = (xs) => quantile(xs, 0.5);

/** Deterministic PRNG (mulberry32) so every run zooms through the same ranges. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY_MS = 86_400_000;
export const isoToDay = (s) => Date.parse(`${s}T00:00:00Z`) / DAY_MS;
export const dayToIso = (d) => new Date(d * DAY_MS).toISOString().slice(0, 10);

/** `n` ranges inside [first, last], widths log-uniform between 30 days and the full span. */
export function zoomRanges(first, last, n, seed) {
  const r = rng(seed);
  const a = isoToDay(first);
  const b = isoToDay(last);
  const span = b - a;
  const out = [];
  for (let i = 0; i < n; i++) {
    const w = Math.round(Math.exp(Math.log(30) + r() * (Math.log(span) - Math.log(30))));
    const start = a + Math.round(r() * (span - w));
    out.push([dayToIso(start), dayToIso(start + w)]);
  }
  return out;
}

// ---------------------------------------------------------------- bundle sizes

export { gzipBytes as gz } from '../../scripts/check-budgets.mjs'; // zlib default level (6), as most servers send it

/** Local JS files referenced by index.html: module scripts and modulepreload links. */
function htmlScripts(html, distDir) {
  const refs = new Set();
  const tagRe = /<(script|link)\b[^>]*>/gi;
  for (const [tag, name] of html.matchAll(tagRe)) {
    const attr = (a) => (new RegExp(`\\b${a}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag) || [])[1];
    let url = null;
    if (name.toLowerCase() === 'script') url = attr('src');
    else if (/modulepreload/i.test(attr('rel') || '')) url = attr('href');
    if (!url || /^(https?:)?\/\//i.test(url)) continue;
    refs.add(resolve(distDir, url.replace(/^\//, '').split(/[?#]/)[0]));
  }
  return [...refs];
}

/**
 * Gzip sizes of dist/: total = every .js file; initial = the scripts index.html
 * references plus everything they import statically (followed with esbuild's
 * metafile; dynamic imports are not followed).
 */
export async function bundleSizes(distDir) {
  const files = (await listFiles(distDir)).filter((f) => f.endsWith('.js'));
  const sizes = new Map();
  for (const f of files) {
    const buf = await readFile(f);
    sizes.set(f, { raw: buf.length, gz: gz(buf) });
  }
  const html = await readFile(join(distDir, 'index.html'), 'utf8');
  const roots = htmlScripts(html, distDir).filter((f) => sizes.has(f));
  const initial = new Set(roots);
  if (roots.length) {
    const { build } = await esbuild();
    const res = await build({
      entryPoints: roots,
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      splitting: true,
      outdir: join(tmpdir(), 'krw-bench-sizes'),
      logLevel: 'silent',
      absWorkingDir: distDir,
    });
    const inputs = res.metafile.inputs;
    const abs = (p) => resolve(distDir, p);
    const queue = [...roots];
    while (queue.length) {
      const f = queue.pop();
      const rel = relative(distDir, f).split('\\').join('/');
      for (const imp of inputs[rel]?.imports ?? []) {
        if (imp.kind !== 'import-statement' || imp.external) continue;
        const p = abs(imp.path);
        if (!initial.has(p) && sizes.has(p)) {
          initial.add(p);
          queue.push(p);
        }
      }
    }
  }
  const sum = (set, k) => [...set].reduce((s, f) => s + sizes.get(f)[k], 0);
  const cssFiles = (await listFiles(distDir)).filter((f) => f.endsWith('.css'));
  let cssGz = 0;
  for (const f of cssFiles) cssGz += gz(await readFile(f));
  return {
    initialGz: sum(initial, 'gz'),
    initialRaw: sum(initial, 'raw'),
    totalGz: sum(new Set(files), 'gz'),
    totalRaw: sum(new Set(files), 'raw'),
    cssGz,
    initialFiles: [...initial].map((f) => relative(distDir, f)).sort(),
    files: [...sizes].map(([f, s]) => ({ file: relative(distDir, f), ...s })).sort((a, b) => b.gz - a.gz),
  };
}

// ---------------------------------------------------------------- model imports

/** Bundles a TS entry (source text, resolved from the repo root) for Node and imports it. */
export async function importTs(contents, name, workDir) {
  const { build } = await esbuild();
  const out = join(workDir, `${name}.mjs`);
  await build({
    stdin: { contents, resolveDir: ROOT, sourcefile: `${name}-entry.ts`, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: out,
    logLevel: 'silent',
    tsconfig: join(ROOT, 'tsconfig.app.json'),
  });
  return import(pathToFileURL(out).href);
}

export function firstLine(e) {
  const err = e && Array.isArray(e.errors) && e.errors[0]; // esbuild: the first build error, with its file
  if (err) return `${err.text}${err.location ? ` (${err.location.file}:${err.location.line})` : ''}`;
  return String(e && e.message ? e.message : e).split('\n')[0];
}

// The built-in events as the app prepares them: prepareBuiltInEvents(BUILT_IN_EVENTS)
// (or, in older trees, validateEvents(BUILT_IN_EVENTS) or builtInEvents()).
const EVENTS_ENTRY = `
import * as model from './src/features/events/model/built-in.ts';
import * as data from './src/features/events/data/built-in-events.ts';
export function loadBuiltInEvents() {
  if (typeof model.prepareBuiltInEvents === 'function') return model.prepareBuiltInEvents(data.BUILT_IN_EVENTS).events;
  if (typeof model.validateEvents === 'function') return model.validateEvents(data.BUILT_IN_EVENTS, 'Built-in event').events;
  if (typeof model.builtInEvents === 'function') return model.builtInEvents();
  throw new Error('events/model/built-in.ts exports none of prepareBuiltInEvents(), validateEvents(), builtInEvents()');
}`;

/** The built-in events as validated by the app ({ id, date, category, day, … }). */
export async function loadEvents(workDir) {
  try {
    const m = await importTs(EVENTS_ENTRY, 'events', workDir);
    const events = m.loadBuiltInEvents();
    if (!Array.isArray(events) || !events.length) throw new Error('no built-in events');
    return { events, error: null };
  } catch (e) {
    return { events: null, error: firstLine(e) };
  }
}

/**
 * Times computeReactions(events, lines) over the real snapshot's four series and
 * the built-in events (all four pairs): one cold call, then repeated warm calls.
 */
export async function timeReactions(workDir, snapshotPath) {
  let m;
  try {
    m = await importTs(
      [
        `export { computeReactions } from './src/features/reactions/model/index.ts';`,
        EVENTS_ENTRY,
        `export { parseSnapshot } from './src/features/rates/model/snapshot-codec.ts';`,
      ].join('\n'),
      'reactions',
      workDir,
    );
  } catch (e) {
    return { ok: false, error: `import failed: ${firstLine(e)}` };
  }
  try {
    if (typeof m.computeReactions !== 'function') throw new Error('computeReactions is not exported as a function');
    const bundle = m.parseSnapshot(JSON.parse(await readFile(snapshotPath, 'utf8')));
    const events = m.loadBuiltInEvents();
    const pairs = Object.keys(bundle.series);
    const lines = Object.values(bundle.series);
    let t = performance.now();
    const first = m.computeReactions(events, lines);
    const coldMs = performance.now() - t;
    const runs = [];
    const until = performance.now() + 1500;
    while (runs.length < 5 || (runs.length < 200 && performance.now() < until)) {
      t = performance.now();
      m.computeReactions(events, lines);
      runs.push(performance.now() - t);
    }
    const count = Array.isArray(first) ? first.length : first instanceof Map ? first.size : first && typeof first === 'object' ? Object.keys(first).length : null;
    return { ok: true, events: events.length, pairs: pairs.length, coldMs, medianMs: median(runs), p95Ms: quantile(runs, 0.95), runs: runs.length, resultCount: count };
  } catch (e) {
    return { ok: false, error: `run failed: ${firstLine(e)}` };
  }
}

export async function makeWorkDir() {
  return mkdtemp(join(tmpdir(), 'krw-bench-'));
}

export async function writeJson(path, obj) {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(obj, null, 2)}\n`);
}
