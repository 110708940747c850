// The build's budgets (test/budgets.json), checked by `npm test` on the production build dist/:
//  - the entry chunk (the module script(s) dist/index.html loads: the early first frame's) within
//    `entryGzipBytes`, gzip; the app's chunks (named in its `<meta name="krw-app-chunks">`, which
//    every page loads, after the first frame or at once) within `appGzipBytes`;
//  - no dev-only code: no file named in `devOnly.files` (MSW's mockServiceWorker.js) and none of
//    `devOnly.strings` (the automation hook `__krwLens`, MSW's worker set-up and messages, the scenario
//    switcher's storage key) in any .js/.html/.css file;
//  - the JS loaded before the first paint within `jsBeforePaintGzipBytes`: measured in a browser by
//    test/e2e/budgets.test.mjs with `gzipBytes` and `checkBudgets` from here.
//
//   node scripts/check-budgets.mjs [DIST]    exit 1 when a budget fails, 2 when dist/ is missing
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const BUDGETS_FILE = join(ROOT, 'test', 'budgets.json');

export async function readBudgets(file = BUDGETS_FILE) {
  return JSON.parse(await readFile(file, 'utf8'));
}

/** Gzip bytes (zlib default level, as most servers send it) of a file's content. */
export const gzipBytes = (buf) => gzipSync(buf).length;

/** Every file under `dir`, recursively. */
export async function listFiles(dir) {
  const out = [];
  for (const ent of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, ent.name);
    if (ent.isDirectory()) out.push(...(await listFiles(p)));
    else out.push(p);
  }
  return out;
}

/** The module scripts `index.html` loads (`<script type="module" src>`), as paths inside `distDir`. */
export function entryScripts(html) {
  const out = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    if (!/\btype\s*=\s*["']module["']/i.test(tag)) continue;
    const src = /\bsrc\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
    if (src && !/^(https?:)?\/\//i.test(src)) out.push(src.replace(/^\.?\//, '').split(/[?#]/)[0]);
  }
  return out;
}

/** The app's chunks a built index.html names in `<meta name="krw-app-chunks" content="./a.js ./b.js">`. */
export function appChunks(html) {
  const meta = /<meta\b[^>]*\bname\s*=\s*["']krw-app-chunks["'][^>]*>/i.exec(html)?.[0];
  const content = meta ? /\bcontent\s*=\s*["']([^"']*)["']/i.exec(meta)?.[1] ?? '' : '';
  return content.split(/\s+/).filter(Boolean).map((f) => f.replace(/^\.?\//, ''));
}

/** The app's chunks of a built site and their gzip size: { files, gz }. */
export async function appSize(distDir) {
  const files = appChunks(await readFile(join(distDir, 'index.html'), 'utf8'));
  let gz = 0;
  for (const f of files) gz += gzipBytes(await readFile(join(distDir, f)));
  return { files, gz };
}

/** The entry chunk(s) of a built site and their gzip size: { files, gz }. */
export async function entrySize(distDir) {
  const files = entryScripts(await readFile(join(distDir, 'index.html'), 'utf8'));
  let gz = 0;
  for (const f of files) gz += gzipBytes(await readFile(join(distDir, f)));
  return { files, gz };
}

/** Dev-only code in a built site: [{ file, marker }] for each file named in `devOnly.files` and each string found. */
export async function devOnlyHits(distDir, devOnly) {
  const hits = [];
  for (const path of await listFiles(distDir)) {
    const file = relative(distDir, path).split('\\').join('/');
    const name = file.split('/').pop();
    if (devOnly.files.includes(name)) hits.push({ file, marker: `file ${name}` });
    if (!/\.(m?js|html|css)$/.test(name)) continue;
    const text = await readFile(path, 'utf8');
    for (const s of devOnly.strings) if (text.includes(s)) hits.push({ file, marker: s });
  }
  return hits;
}

/**
 * measured: { entryGzipBytes?, jsBeforePaintGzipBytes?, devOnlyHits? }. Each figure present is held
 * against its limit in `budgets`; returns the failures as sentences (empty: all within budget).
 */
export function checkBudgets(measured, budgets) {
  const fails = [];
  for (const k of ['entryGzipBytes', 'appGzipBytes', 'jsBeforePaintGzipBytes']) {
    if (measured[k] === undefined) continue;
    if (typeof budgets[k] !== 'number') fails.push(`${k}: no limit in the budgets`);
    else if (!(measured[k] <= budgets[k])) fails.push(`${k}: ${measured[k]} > ${budgets[k]} (gzip bytes)`);
  }
  for (const h of measured.devOnlyHits ?? []) fails.push(`dev-only code in the build: ${h.marker} in ${h.file}`);
  return fails;
}

/** The static checks of a built site (entry size, dev-only code): { entry, hits, fails }. */
export async function checkDist(distDir, budgets) {
  const entry = await entrySize(distDir);
  const app = await appSize(distDir);
  if (!entry.files.length) return { entry, app, hits: [], fails: [`no module script in ${distDir}/index.html`] };
  if (!app.files.length) return { entry, app, hits: [], fails: [`no krw-app-chunks meta in ${distDir}/index.html`] };
  const hits = await devOnlyHits(distDir, budgets.devOnly);
  return { entry, app, hits, fails: checkBudgets({ entryGzipBytes: entry.gz, appGzipBytes: app.gz, devOnlyHits: hits }, budgets) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = resolve(process.argv[2] ?? join(ROOT, 'dist'));
  const budgets = await readBudgets();
  let r;
  try {
    r = await checkDist(dist, budgets);
  } catch (e) {
    console.error(`check-budgets: cannot read ${dist} (${e.message}): run "npm run build" first`);
    process.exit(2);
  }
  console.log(`entry ${r.entry.files.join(', ')}: ${r.entry.gz} B gz (limit ${budgets.entryGzipBytes}); app ${r.app.files.join(', ')}: ${r.app.gz} B gz (limit ${budgets.appGzipBytes}); dev-only markers found: ${r.hits.length}`);
  for (const f of r.fails) console.error(`FAIL ${f}`);
  process.exit(r.fails.length ? 1 : 0);
}
