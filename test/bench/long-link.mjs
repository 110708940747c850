// What a long link costs Chromium itself, beside what it costs the app: a page with no script of its
// own and the built app, each opened with `?…&zz=<N characters>`, in a Chromium of its own with no
// DevTools connection at all (a short start page navigates to the long address by itself). Each
// page posts its timings (navigation start = 0) when painted; the CPU time of every Chromium process
// over the load is read from /proc. Not a bench figure: a tool to tell Chromium's cost from the app's.
//
//   node test/bench/long-link.mjs [--sizes 100,400000,1600000] [--pages plain,app] [--runs 1] [--dist DIR] [--redirect] [-- chromium flags]
//
// --redirect: the server answers a request over 64 KB with a 303 to the same address without any
// parameter over 32,768 characters (what a host could do; the app then gives no notice).
//
// The plain page is `<p>plain page</p>` and the timing script (inline, first in <head>); the app
// page is DIST's index.html with the same script before its CSP meta (so the policy does not apply
// to it). "ready" is the app's chart ready (data-ready) or the plain page's load, then two frames.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { CHROMIUM, CHROMIUM_ARGS, DIST } from '../e2e/harness.mjs';

const args = process.argv.slice(2);
const dash = args.includes('--') ? args.indexOf('--') : args.length;
const opt = (k, d) => (args.slice(0, dash).includes(k) ? args[args.indexOf(k) + 1] : d);
const SIZES = opt('--sizes', '100,400000,1600000').split(',').map(Number);
const PAGES = opt('--pages', 'plain,app').split(',');
const RUNS = Number(opt('--runs', '1'));
const dist = opt('--dist', DIST);
const flags = args.slice(dash + 1);
const REDIRECT = args.slice(0, dash).includes('--redirect');
const APP_QUERY = 'source=snapshot&pairs=USDKRW,JPYKRW&from=2016-01-01&to=2016-12-31&';

// In the page, first thing: when painted, post the navigation's timings (no referrer: not the long address).
const timing = `<script>(${(() => {
  const tasks = [];
  new PerformanceObserver((l) => tasks.push(...l.getEntries().map((e) => Math.round(e.duration)))).observe({ type: 'longtask', buffered: true });
  const send = () => {
    const nav = performance.getEntriesByType('navigation')[0];
    const r = Math.round;
    const body = { ready: r(performance.now()), requestStart: r(nav.requestStart), responseEnd: r(nav.responseEnd), domInteractive: r(nav.domInteractive), load: r(nav.loadEventEnd), longestTask: Math.max(0, ...tasks), urlLength: location.href.length };
    fetch('/report', { method: 'POST', referrerPolicy: 'no-referrer', body: JSON.stringify(body) });
  };
  const check = () => {
    const app = !!document.getElementById('root');
    if (document.readyState !== 'complete' || (app && !document.querySelector('[data-testid="timeline-chart"][data-ready="true"]'))) return void setTimeout(check, 20);
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(send, 0)));
  };
  addEventListener('load', check);
}).toString()})()</script>`;
const PLAIN = `<!doctype html><html><head>${timing}<meta charset="utf-8"><title>plain</title></head><body><p>plain page</p></body></html>`;
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

/** CPU milliseconds of `root` and its descendants, by Chromium process type (browser, renderer, gpu-process, network, …). */
function cpuOfTree(root) {
  const procs = new Map();
  for (const d of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const st = readFileSync(`/proc/${d}/stat`, 'utf8');
      const f = st.slice(st.lastIndexOf(')') + 2).split(' ');
      const cmd = readFileSync(`/proc/${d}/cmdline`, 'utf8');
      const type = /--utility-sub-type=(\w+)/.exec(cmd)?.[1] ?? /--type=([\w-]+)/.exec(cmd)?.[1] ?? 'browser';
      procs.set(Number(d), { ppid: Number(f[1]), ms: (Number(f[11]) + Number(f[12])) * 10, type });
    } catch {
      // gone meanwhile
    }
  }
  const tree = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, p] of procs) {
      if (tree.has(pid) || !tree.has(p.ppid)) continue;
      tree.add(pid);
      grew = true;
    }
  }
  const by = {};
  for (const pid of tree) if (procs.has(pid)) by[procs.get(pid).type] = (by[procs.get(pid).type] ?? 0) + procs.get(pid).ms;
  return by;
}

let onReport = null;
let cpuAtStart = null;
let chromium = null;
const server = createServer({ maxHeaderSize: 2 * 1024 * 1024 + 16 * 1024 }, async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (path === '/report') {
    let body = '';
    for await (const c of req) body += c;
    res.end();
    const cpu = cpuOfTree(chromium.pid);
    const used = Object.fromEntries(Object.entries(cpu).map(([k, v]) => [k, v - (cpuAtStart[k] ?? 0)]));
    onReport?.({ ...JSON.parse(body), cpu: used });
    return;
  }
  if (path === '/start.html') {
    // Navigates to the long address by itself (a command line holds at most 128 KB an argument).
    cpuAtStart = cpuOfTree(chromium.pid);
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<script>const [n, page, query] = decodeURIComponent(location.hash.slice(1)).split('|'); location.replace(page + '?' + query + 'zz=' + 'x'.repeat(+n));</script>`);
    return;
  }
  if (REDIRECT && req.url.length > 65_536) {
    const { pathname, searchParams } = new URL(req.url, 'http://x');
    const kept = new URLSearchParams([...searchParams].filter(([k, v]) => k.length <= 32_768 && v.length <= 32_768));
    res.writeHead(303, { location: `${pathname}${kept.size ? `?${kept}` : ''}` });
    res.end();
    return;
  }
  if (path === '/plain.html') {
    res.writeHead(200, { 'content-type': TYPES['.html'] });
    res.end(PLAIN);
    return;
  }
  try {
    const file = normalize(join(dist, path.replace(/^\/app\//, '/')));
    if (!file.startsWith(dist)) throw new Error('outside');
    let body = await readFile(path.endsWith('/') ? join(file, 'index.html') : file);
    if (path.endsWith('/')) body = String(body).replace('<head>', `<head>${timing}`);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? (path.endsWith('/') ? TYPES['.html'] : 'application/octet-stream'), 'cache-control': 'no-cache' });
    res.end(body);
  } catch {
    res.writeHead(404);
    res.end();
  }
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${server.address().port}`;

async function load(page, size) {
  const profile = mkdtempSync(join(tmpdir(), 'krw-long-link-'));
  const report = new Promise((ok) => (onReport = ok));
  const [path, query] = page === 'app' ? ['/app/', APP_QUERY] : ['/plain.html', ''];
  chromium = spawn(CHROMIUM, [...CHROMIUM_ARGS, ...flags, `--user-data-dir=${profile}`, `${base}/start.html#${encodeURIComponent(`${size}|${path}|${query}`)}`], { stdio: 'ignore' });
  const timer = new Promise((ok) => setTimeout(() => ok(null), 120_000));
  const r = await Promise.race([report, timer]);
  chromium.kill();
  await new Promise((ok) => (chromium.exitCode !== null ? ok() : chromium.once('exit', ok)));
  try {
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  } catch {
    // A helper process of Chromium may still be writing to it: a temporary folder is left behind.
  }
  return r;
}

console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')};${REDIRECT ? ' long requests redirected;' : ''} ${CHROMIUM} ${[...CHROMIUM_ARGS, ...flags].join(' ')}`);
console.log('page  | link chars | ready ms | request sent | response end | DOM interactive | load | longest task | CPU ms (by process)');
for (const size of SIZES) {
  for (const page of PAGES) {
    for (let i = 0; i < RUNS; i++) {
      const r = await load(page, size);
      if (!r) {
        console.log(`${page} | ${size} | no report in 120 s`);
        continue;
      }
      const total = Object.values(r.cpu).reduce((a, b) => a + b, 0);
      const by = Object.entries(r.cpu).filter(([, v]) => v >= 50).map(([k, v]) => `${k} ${v}`).join(', ');
      console.log(`${page.padEnd(5)} | ${String(size).padStart(10)} | ${String(r.ready).padStart(8)} | ${r.requestStart} | ${r.responseEnd} | ${r.domInteractive} | ${r.load} | ${r.longestTask} | ${total} (${by})`);
    }
  }
}
console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
server.close();
