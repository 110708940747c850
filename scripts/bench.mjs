// `npm run bench` — the app against a plain uPlot page on the same data, same run.
// See test/bench/README.md for what each figure means and how it is measured.
//
//   node scripts/bench.mjs [--strict] [--no-build] [--rounds N] [--scale-rounds N] [--no-scale] [--profile]
//                          [--before DIR] [--dist DIR]
//
// Exit code: 0 when everything could be measured (budgets are reported, not
// enforced), 1 with --strict when a budget fails, 2 when it could not measure.
import { spawn, execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { SourceMap } from 'node:module';
import { DIST, PROD_DIST, ROOT, chartReady, launch, newPage, serveStatic } from '../test/e2e/harness.mjs';
import { benchProbe } from '../test/bench/probe.mjs';
import {
  buildBaseline,
  bundleSizes,
  loadEvents,
  makeWorkDir,
  median,
  quantile,
  timeReactions,
  writeJson,
  zoomRanges,
} from '../test/bench/bench-lib.mjs';
import { timeStudy } from '../test/bench/study-timing.mjs';
import { intradayRanges, minuteBars, scaleEventsText, seedScaleEvents, seedScaleSeries, spanDays, watchLine } from '../test/bench/scale.mjs';

// ------------------------------------------------------------------ settings

const FIRST = '1981-04-13';
const LAST = '2024-11-29';
const PAIRS = ['USDKRW', 'JPYKRW', 'CNYKRW', 'EURKRW'];
const APP_QUERY = `?source=snapshot&pairs=${PAIRS.join(',')}&from=${FIRST}&to=${LAST}`;
const BUDGETS = { ttcRatio: 1.5, ttcRatioGoal: 1.0, zoomP95Ms: 50, initialJsKb: 200, heapGrowthPct: 10, studyMs: 50 };
const PROG_STEPS = 20;
const DRAG_STEPS = 20;
const RESET_EVERY = 5; // drags start from the full range every 5 drags
const HEAP_STEPS = 50; // zoom steps between the two heap readings (all range changes count)
const PROG = zoomRanges(FIRST, LAST, PROG_STEPS, 20241129);
const DRAGS = Array.from({ length: DRAG_STEPS }, (_, i) => {
  const a = 0.1 + 0.06 * (i % 4);
  const b = a + 0.35 + 0.05 * (i % 3);
  return i % 2 ? [b, a] : [a, b]; // fractions of the plot width; every other drag goes right to left
});
const RESETS = Math.ceil(DRAG_STEPS / RESET_EVERY);
const EXTRA = zoomRanges(FIRST, LAST, Math.max(0, HEAP_STEPS - PROG_STEPS - DRAG_STEPS - RESETS - 1), 7);
const FULL = [FIRST, LAST];
/** The built-in view's zoom sequence: programmatic zooms, drags (each fifth from the full history), more zooms, back to full. */
const BUILT_IN_PLAN = { prog: PROG, drags: DRAGS, resets: Array(RESETS).fill(FULL), extra: EXTRA, full: FULL };

// The scale case (issue 10): one imported intraday series of 1,000,000 synthetic 1-minute bars
// (every weekday minute, UTC, ending on the last day of the snapshot) and 2,000 synthetic events of
// the user at Seoul times of day over the same span, shown with the built-in pairs USD/KRW and JPY/KRW.
const SCALE = {
  points: 1_000_000,
  events: 2_000,
  name: 'bench-1m',
  id: 'csv:bench-1m',
  unit: 'KRW per USD',
  level: 1300,
  endMs: Date.parse(`${LAST}T23:59:00Z`),
  seed: 20240101,
};
const SCALE_BARS = minuteBars(SCALE.endMs, SCALE.points);
SCALE.firstMs = SCALE_BARS[0];
SCALE.lastMs = SCALE_BARS[SCALE.points - 1];
const SCALE_SPAN = spanDays(SCALE.firstMs, SCALE.lastMs);
const SCALE_QUERY = `?source=snapshot&pairs=USDKRW,JPYKRW,${SCALE.id}&from=${FIRST}&to=${LAST}`;
const SCALE_BUDGETS = { zoomP95Ms: 50, heapGrowthPct: 10 };
/**
 * The scale case's zoom sequence, as many steps as the built-in one: the first 10 of its
 * programmatic zooms (over the whole history) taking turns with 10 into the intraday series
 * (2 hours … the whole series, under three days as UTC minutes); the same drags, each fifth from
 * the full history (drags 1 and 11) or from the intraday series' whole span (drags 6 and 16), so
 * that the drags narrow down to days of 1-minute bars; more zooms into the series; back to full.
 */
const SCALE_INTRADAY = intradayRanges(SCALE.firstMs, SCALE.lastMs, PROG_STEPS / 2 + EXTRA.length, 1000);
const SCALE_PLAN = {
  prog: Array.from({ length: PROG_STEPS }, (_, i) => (i % 2 ? SCALE_INTRADAY[i >> 1] : PROG[i >> 1])),
  drags: DRAGS,
  resets: Array.from({ length: RESETS }, (_, k) => (k % 2 ? SCALE_SPAN : FULL)),
  extra: SCALE_INTRADAY.slice(PROG_STEPS / 2),
  full: FULL,
  // 2,000 events in 32 months: in a view of a few months their markers' hit columns cover much of the
  // plot, and a drag that starts on one selects the event instead of zooming.
  freeStart: true,
};

function parseArgs(argv) {
  // `dist`: the site driven (the automation build, with window.__krwLens); `sizesDist`: the one weighed
  // (the production build). `--dist DIR` uses one built site for both.
  const o = { strict: false, build: true, rounds: 7, scaleRounds: null, scale: true, profile: false, before: null, dist: DIST, sizesDist: PROD_DIST };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--strict') o.strict = true;
    else if (a === '--no-build') o.build = false;
    else if (a === '--rounds') o.rounds = Number(argv[++i]);
    else if (a === '--scale-rounds') o.scaleRounds = Number(argv[++i]);
    else if (a.startsWith('--scale-rounds=')) o.scaleRounds = Number(a.slice(15));
    else if (a === '--no-scale') o.scale = false;
    else if (a === '--profile') o.profile = true;
    else if (a === '--before') o.before = resolve(argv[++i] ?? '');
    else if (a === '--dist') {
      o.dist = resolve(argv[++i] ?? '');
      o.sizesDist = o.dist;
      o.build = false; // an already built site elsewhere
    }
    else if (a.startsWith('--rounds=')) o.rounds = Number(a.slice(9));
    else if (a === '--help' || a === '-h') {
      console.log(
        'usage: node scripts/bench.mjs [--strict] [--no-build] [--rounds N (default 7)] [--scale-rounds N (default 3)] [--no-scale] [--profile] [--before DIR (an automation build of an earlier commit)] [--dist DIR (a built site; implies --no-build)]',
      );
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  if (!Number.isInteger(o.rounds) || o.rounds < 1) throw new Error('--rounds must be a positive integer');
  if (o.scaleRounds === null) o.scaleRounds = Math.min(3, o.rounds);
  if (!Number.isInteger(o.scaleRounds) || o.scaleRounds < 1) throw new Error('--scale-rounds must be a positive integer');
  return o;
}

const log = (...a) => console.error('[bench]', ...a);
const notes = [];
const note = (s) => {
  notes.push(s);
  log(`note: ${s}`);
};

function run(cmd, args) {
  return new Promise((ok) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => ok({ code, out }));
  });
}

function git(args) {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

// ------------------------------------------------------------------ one page load

/** Used V8 heap after two forced GCs, and (where Chromium tells it) the ArrayBuffers' storage outside it. */
async function heapUsed(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize, backingStorageSize } = await cdp.send('Runtime.getHeapUsage');
  return { used: usedSize, buffers: backingStorageSize ?? null };
}
/** { heapLoad: used, heapLoadBuffers: buffers } */
const prefix = (name, h) => ({ [name]: h.used, [`${name}Buffers`]: h.buffers });

async function networkQuiet(net, quietMs, maxMs) {
  const until = Date.now() + maxMs;
  while (Date.now() < until && (net.inFlight > 0 || Date.now() - net.last < quietMs)) await new Promise((ok) => setTimeout(ok, 100));
}

/** One drag across the plot; with `freeStart`, the press moves off an event marker's hit column to the nearest free x (the shift is returned). */
async function drag(page, [fa, fb], freeStart = false) {
  const box = await page.evaluate(() => window.__bench.plotBox());
  if (!box) throw new Error('plot area not found');
  const y = box.y + box.height * 0.55;
  let x1 = box.x + box.width * fa;
  const x2 = box.x + box.width * fb;
  let shift = 0;
  if (freeStart) {
    const x = await page.evaluate(([px, py, m]) => window.__bench.freeX(px, py, m), [Math.round(x1), y, Math.round(box.width * 0.05)]);
    if (x !== null) {
      shift = x - Math.round(x1);
      x1 = x;
    }
  }
  await page.mouse.move(x1, y);
  await page.evaluate(() => window.__bench.frames(1));
  await page.mouse.down();
  await page.mouse.move(x2, y, { steps: 1 });
  await page.evaluate(() => window.__bench.frames(2)); // let the brush settle: only the release is timed
  await page.evaluate(() => window.__bench.armMouseUp());
  await page.mouse.up();
  const r = await page.evaluate(() => window.__bench.result());
  return freeStart ? { ...r, shift } : r;
}

/**
 * One fresh browser context: load → time to chart → heap → 20 programmatic
 * zooms → 20 drags (from the full range every 5) → more zooms back to the full
 * range (50 range changes in all) → heap.
 *
 * `target.url` is the page measured. The scale case adds `target.init` (init scripts run before
 * the probe), `target.prepare(page)` (runs first, in the same context: loads the app once and
 * stores the data, so that the measured load is a normal start with it stored) and `target.line`
 * (the chart line whose first paint is timed too); `plan` is the zoom sequence.
 */
async function measure(browser, target, { zoom = true, plan = BUILT_IN_PLAN, profile = false } = {}) {
  // No request interception: Playwright would hold each request for a round trip through Node
  // (~20 ms more on the app's load, ~3 ms on the baseline's). With source=snapshot the app asks
  // Frankfurter nothing; a request that fails anyway is counted and noted below.
  const page = await newPage(browser, { route: false });
  const r = { ok: false, prog: [], drag: [], steps: 0, errors: [], failedRequests: [] };
  const net = { inFlight: 0, last: Date.now() };
  page.on('request', () => {
    net.inFlight++;
    net.last = Date.now();
  });
  const done = () => {
    net.inFlight = Math.max(0, net.inFlight - 1);
    net.last = Date.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', (q) => {
    done();
    r.failedRequests.push(q.url());
  });
  try {
    for (const [fn, arg] of target.init ?? []) await page.addInitScript(fn, arg);
    await page.addInitScript({ content: `(${benchProbe.toString()})();` });
    if (target.prepare) {
      r.prepared = await target.prepare(page);
      r.failedRequests = [];
    }
    const cdp = await page.context().newCDPSession(page);
    // The measured load starts with an empty HTTP cache, as in a fresh context (prepare loaded the app once).
    if (target.prepare) await cdp.send('Network.clearBrowserCache');
    // Wait for the paint through a CDP binding, not a Playwright wait: waitForSelector and
    // waitForFunction inject Playwright's selector engine into the page and poll it, which took
    // ~20 ms of the main thread in the middle of each page's load (12 ms more for the app, 22 ms
    // for uPlot, 9 interleaved loads each).
    await cdp.send('Runtime.enable');
    await cdp.send('Runtime.addBinding', { name: '__benchPainted' });
    let timer;
    const painted = new Promise((ok, fail) => {
      cdp.on('Runtime.bindingCalled', (e) => e.name === '__benchPainted' && ok());
      timer = setTimeout(() => fail(new Error('no paint signal within 20 s')), 20_000);
    });
    if (profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
      await cdp.send('Profiler.start');
    }
    await page.goto(target.url, { waitUntil: 'commit' });
    await painted.finally(() => clearTimeout(timer));
    await chartReady(page);
    await page.waitForFunction(() => window.__bench && window.__bench.painted !== null, null, { timeout: 10_000 });
    Object.assign(
      r,
      await page.evaluate(() => ({
        ttcMs: window.__bench.painted,
        markMs: window.__bench.markAt,
        fcpMs: performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint')?.startTime ?? null,
        points: Number(document.querySelector('[data-testid="timeline-chart"]')?.dataset.points) || null,
        markers: window.__bench.markerCount(),
        // JS files requested before the chart was painted (the critical path, lazy chunks included)
        jsBeforePaint: performance
          .getEntriesByType('resource')
          .filter((e) => e.startTime <= window.__bench.painted && new URL(e.name).pathname.endsWith('.js'))
          .map((e) => new URL(e.name).pathname.replace(/^\//, '')),
        size: window.__bench.chartSize(),
        hook: typeof window.__krwLens?.setRange === 'function',
      })),
    );
    if (target.line) {
      // The imported series comes from IndexedDB after the first paint: its line's first paint, then
      // what the chart shows with it (the points drawn, the markers).
      await page.waitForFunction(() => window.__bench.linePainted !== null, null, { timeout: 60_000 });
      Object.assign(
        r,
        await page.evaluate(() => ({
          linePaintedMs: window.__bench.linePainted,
          pointsWithLine: Number(document.querySelector('[data-testid="timeline-chart"]')?.dataset.points) || null,
          markersWithLine: window.__bench.markerCount(),
          linesDrawn: document.querySelectorAll('[data-testid="timeline-chart"] path[data-line]').length,
        })),
      );
    }
    if (zoom) {
      // "After load" = the page is quiet: no request started or ended for 1 s (lazy chunks loaded), then 10 frames.
      await networkQuiet(net, 1000, 10_000);
      if (target.line) {
        // …and, in the scale case, no long task for 2 s (the reactions over 1,000,000 points and 2,000 events)
        const before = await page.evaluate(() => window.__bench.longTasks.length);
        r.settleMs = await page.evaluate(() => window.__bench.quiet(2000, 60_000));
        r.loadLongTasks = await page.evaluate(() => window.__bench.longTasks.map(([s, d]) => [Math.round(s), Math.round(d)]));
        r.longTasksWhileSettling = r.loadLongTasks.length - before;
      }
      await page.evaluate(() => window.__bench.frames(10));
      if (profile) {
        r.profiles = { load: (await cdp.send('Profiler.stop')).profile };
        await cdp.send('Profiler.start');
      }
      Object.assign(r, prefix('heapLoad', await heapUsed(cdp)));
      const zoomTo = (f, t) => page.evaluate(([a, b]) => window.__bench.zoomTo(a, b), [f, t]);
      for (const [f, t] of plan.prog) {
        r.prog.push(await zoomTo(f, t));
        r.steps++;
      }
      for (let i = 0; i < plan.drags.length; i++) {
        if (i % RESET_EVERY === 0) {
          const [f, t] = plan.resets[i / RESET_EVERY];
          await zoomTo(f, t);
          r.steps++;
          if (i === 0) {
            // mid reading, at the same full-history view: separates one-time growth (code, caches) from a leak
            await page.evaluate(() => window.__bench.frames(5));
            Object.assign(r, prefix('heapMid', await heapUsed(cdp)));
            r.midSteps = r.steps;
          }
        }
        r.drag.push(await drag(page, plan.drags[i], plan.freeStart));
        r.steps++;
      }
      for (const [f, t] of plan.extra) {
        const x = await zoomTo(f, t);
        if (target.line) r.prog.push({ ...x, extra: true }); // the scale case counts them with the programmatic zooms
        r.steps++;
      }
      const back = await zoomTo(...plan.full);
      r.steps++;
      if (profile) r.profiles.zooms = (await cdp.send('Profiler.stop')).profile;
      await page.evaluate(() => window.__bench.frames(10));
      Object.assign(r, prefix('heapAfter', await heapUsed(cdp)));
      r.heapGrowthPct = ((r.heapAfter - r.heapLoad) / r.heapLoad) * 100;
      r.heapGrowthMidPct = ((r.heapAfter - r.heapMid) / r.heapMid) * 100;
      if (r.heapLoadBuffers != null) {
        // V8 heap plus the ArrayBuffers' storage (typed arrays: the series, the decimated points)
        const all = (k) => r[k] + r[`${k}Buffers`];
        r.heapBuffersGrowthPct = ((all('heapAfter') - all('heapLoad')) / all('heapLoad')) * 100;
      }
      r.backToFull = back.changed || back.range === `${plan.full[0]}..${plan.full[1]}`;
    }
    r.ok = true;
  } catch (e) {
    r.error = String(e && e.message ? e.message : e).split('\n')[0];
  } finally {
    r.errors = page.errors.map((e) => String(e.message ?? e).split('\n')[0]);
    await page.context().close();
  }
  return r;
}

/** The scale case's target: seeds 2,000 events (init script) and the 1,000,000-point series (in the page), then loads the view. */
function scaleTarget(appUrl, eventsText) {
  return {
    url: `${appUrl}${SCALE_QUERY}`,
    line: SCALE.id,
    init: [
      [seedScaleEvents, eventsText],
      [watchLine, `[data-testid="timeline-chart"] path[data-line="${SCALE.id}"]`],
    ],
    async prepare(page) {
      const t = Date.now();
      await page.goto(`${appUrl}?source=snapshot`, { waitUntil: 'load' });
      await page.waitForFunction(() => window.__krwLens && window.__bench?.painted !== null, null, { timeout: 30_000 });
      const seeded = await page.evaluate(seedScaleSeries, {
        barsSource: minuteBars.toString(),
        name: SCALE.name,
        unit: SCALE.unit,
        endMs: SCALE.endMs,
        n: SCALE.points,
        level: SCALE.level,
        seed: SCALE.seed,
      });
      if (!seeded.ok) throw new Error(`could not store the series: ${seeded.code}${seeded.detail ? ` (${seeded.detail})` : ''}`);
      if (seeded.id !== SCALE.id) throw new Error(`the series was stored as ${seeded.id}, not ${SCALE.id}`);
      const events = await page.evaluate(() => JSON.parse(localStorage.getItem('krw-lens:user-events') ?? '{}').events?.length ?? 0);
      return { buildMs: seeded.buildMs, storeMs: seeded.storeMs, events, seedS: (Date.now() - t) / 1000 };
    },
  };
}

// ------------------------------------------------------------------ summary

const fmt = (v, d = 0) => (v === null || v === undefined || Number.isNaN(v) ? 'n/a' : v.toFixed(d));
const mb = (b) => (b == null ? null : b / 1048576);
const kb = (b) => (b == null ? null : b / 1000);

function summarise(rounds) {
  const ok = rounds.filter((r) => r.ok);
  const lat = (k) => ok.flatMap((r) => r[k].map((x) => x.ms)).filter((x) => x !== null);
  const noPaint = (k) => ok.reduce((s, r) => s + r[k].filter((x) => x.ms === null).length, 0);
  const noChange = (k) => ok.reduce((s, r) => s + r[k].filter((x) => !x.changed).length, 0);
  const prog = lat('prog');
  const drg = lat('drag');
  return {
    rounds: rounds.length,
    okRounds: ok.length,
    ttcMs: median(ok.map((r) => r.ttcMs)),
    ttcMinMs: ok.length ? Math.min(...ok.map((r) => r.ttcMs)) : null,
    ttcMaxMs: ok.length ? Math.max(...ok.map((r) => r.ttcMs)) : null,
    markMs: median(ok.map((r) => r.markMs)),
    fcpMs: median(ok.map((r) => r.fcpMs)),
    points: median(ok.map((r) => r.points)),
    markers: median(ok.map((r) => r.markers)),
    progP50: quantile(prog, 0.5),
    progP95: quantile(prog, 0.95),
    progN: prog.length,
    progNoPaint: noPaint('prog'),
    progNoChange: noChange('prog'),
    progVia: [...new Set(ok.flatMap((r) => r.prog.map((x) => x.via)))],
    dragP50: quantile(drg, 0.5),
    dragP95: quantile(drg, 0.95),
    dragN: drg.length,
    dragNoPaint: noPaint('drag'),
    dragNoChange: noChange('drag'),
    heapLoadMB: mb(median(ok.map((r) => r.heapLoad))),
    heapAfterMB: mb(median(ok.map((r) => r.heapAfter))),
    heapGrowthPct: median(ok.map((r) => r.heapGrowthPct)),
    heapMidMB: mb(median(ok.map((r) => r.heapMid))),
    heapGrowthMidPct: median(ok.map((r) => r.heapGrowthMidPct)),
    midSteps: median(ok.map((r) => r.midSteps)),
    zoomSteps: median(ok.map((r) => r.steps)),
    pageErrors: [...new Set(rounds.flatMap((r) => r.errors))],
    failedRequests: median(rounds.map((r) => r.failedRequests.length)),
    failedUrls: [...new Set(rounds.flatMap((r) => r.failedRequests.map((u) => u.split('?')[0])))],
    failures: rounds.filter((r) => !r.ok).map((r) => r.error),
  };
}

function table(rows) {
  const w = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => (i === 0 ? String(c).padEnd(w[i]) : String(c).padStart(w[i]))).join('  ');
  return [line(rows[0]), w.map((n) => '-'.repeat(n)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

/**
 * The functions of a CPU profile (CDP Profiler) that took the most time: self (samples in the
 * function itself) and, for the app's own code, total (samples with it anywhere on the stack, once
 * per sample). A built site with source maps (`vite build --mode automation --minify false
 * --sourcemap`) names each frame by its source file; without them only the self list says much.
 */
function topFunctions(profile, distDir, n = 15) {
  const maps = new Map();
  const mapOf = (url) => {
    const path = url && url.startsWith('http') ? join(distDir, new URL(url).pathname) : null;
    if (!path) return null;
    if (!maps.has(path)) {
      let m = null;
      try {
        m = new SourceMap(JSON.parse(readFileSync(`${path}.map`, 'utf8')));
      } catch {
        // no map: the bundle's own line and column
      }
      maps.set(path, m);
    }
    return maps.get(path);
  };
  const byId = new Map(profile.nodes.map((x) => [x.id, x]));
  const parent = new Map();
  for (const x of profile.nodes) for (const c of x.children ?? []) parent.set(c, x.id);
  const keys = new Map();
  /** [label, whether it is the app's own code (src/)] */
  const key = (x) => {
    let k = keys.get(x.id);
    if (k) return k;
    const f = x.callFrame;
    const name = f.functionName || '(anonymous)';
    const m = f.url ? mapOf(f.url) : null;
    const e = m ? m.findEntry(f.lineNumber, f.columnNumber) : null;
    if (e && e.originalSource) {
      const src = e.originalSource.replace(/^.*?\/(src|node_modules)\//, '$1/');
      k = [`${name} ${src}:${e.originalLine + 1}`, src.startsWith('src/')];
    } else {
      const file = f.url ? f.url.split('/').pop().split('?')[0] : '';
      k = [`${name} ${file}${file ? `:${f.lineNumber + 1}:${f.columnNumber + 1}` : ''}`, false];
    }
    keys.set(x.id, k);
    return k;
  };
  const self = new Map();
  const total = new Map();
  let all = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    all += dt;
    const x = byId.get(id);
    const [k] = key(x);
    self.set(k, (self.get(k) ?? 0) + dt);
    const seen = new Set();
    for (let y = x; y; y = byId.get(parent.get(y.id))) {
      const [ky, app] = key(y);
      if (!app || seen.has(ky)) continue;
      seen.add(ky);
      total.set(ky, (total.get(ky) ?? 0) + dt);
    }
  });
  const top = (m) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([fn, ms]) => ({ fn, ms: Math.round(ms) }));
  return { ms: Math.round(all), self: top(self), appTotal: top(total), sourceMaps: [...maps.values()].some(Boolean) };
}

/** The scale case: the usual figures, the imported line's paint, and the slowest zooms (where to look). */
function summariseScale(rounds) {
  const s = summarise(rounds);
  const ok = rounds.filter((r) => r.ok);
  const med = (k) => median(ok.map((r) => r[k]).filter((x) => x != null));
  const samples = ok.flatMap((r) => [...r.prog.map((x) => ({ ...x, kind: 'programmatic' })), ...r.drag.map((x) => ({ ...x, kind: 'drag' }))]);
  // Zooms into the intraday series (a range inside its span, not the whole history) apart from the others.
  const inSeries = (x) => x.range && x.range.split('..')[0] >= SCALE_SPAN[0];
  const lat = (xs) => xs.map((x) => x.ms).filter((x) => x !== null);
  return {
    ...s,
    linePaintedMs: med('linePaintedMs'),
    pointsWithLine: med('pointsWithLine'),
    markersWithLine: med('markersWithLine'),
    linesDrawn: med('linesDrawn'),
    settleMs: med('settleMs'),
    longestLoadTaskMs: median(ok.map((r) => Math.max(0, ...(r.loadLongTasks ?? []).map(([, d]) => d)))),
    heapLoadBuffersMB: mb(med('heapLoadBuffers')),
    heapAfterBuffersMB: mb(med('heapAfterBuffers')),
    heapBuffersGrowthPct: med('heapBuffersGrowthPct'),
    dragsMovedOffMarker: ok.reduce((n, r) => n + r.drag.filter((x) => x.shift).length, 0),
    seed: { buildMs: median(ok.map((r) => r.prepared?.buildMs)), storeMs: median(ok.map((r) => r.prepared?.storeMs)), events: median(ok.map((r) => r.prepared?.events)) },
    intradayP95: quantile(lat(samples.filter(inSeries)), 0.95),
    intradayN: lat(samples.filter(inSeries)).length,
    otherP95: quantile(lat(samples.filter((x) => !inSeries(x))), 0.95),
    otherN: lat(samples.filter((x) => !inSeries(x))).length,
    slowest: samples
      .filter((x) => x.ms !== null)
      .sort((x, y) => y.ms - x.ms)
      .slice(0, 5)
      .map((x) => ({ ms: Math.round(x.ms * 10) / 10, kind: x.kind, range: x.range })),
  };
}

function printScale(out, a, s) {
  const c = out.scaleCase;
  console.log('');
  console.log(
    `Scale case — ${c.points.toLocaleString('en')} synthetic 1-minute bars (${c.id}, ${c.first.slice(0, 16)}Z … ${c.last.slice(0, 16)}Z) + ` +
      `${c.events.toLocaleString('en')} synthetic events of the user, with USDKRW and JPYKRW; ${s.okRounds}/${s.rounds} rounds`,
  );
  console.log(
    table([
      ['figure', 'built-in view', 'scale view'],
      ['time to chart painted, median (ms)', fmt(a.ttcMs), fmt(s.ttcMs)],
      ['time to the imported line painted, median (ms)', '', fmt(s.linePaintedMs)],
      ['  points drawn / lines', `${fmt(a.points)}`, `${fmt(s.pointsWithLine)} / ${fmt(s.linesDrawn)}`],
      ['  event markers drawn', fmt(a.markers), fmt(s.markersWithLine)],
      ['  settled after load (no long task for 2 s) (ms)', '', fmt(s.settleMs)],
      ['  longest task while loading (ms)', '', fmt(s.longestLoadTaskMs)],
      [`zoom, programmatic p50 (ms, n=${a.progN}/${s.progN})`, fmt(a.progP50, 1), fmt(s.progP50, 1)],
      ['zoom, programmatic p95 (ms)', fmt(a.progP95, 1), fmt(s.progP95, 1)],
      [`zoom, drag p50 (ms, n=${a.dragN}/${s.dragN})`, fmt(a.dragP50, 1), fmt(s.dragP50, 1)],
      ['zoom, drag p95 (ms)', fmt(a.dragP95, 1), fmt(s.dragP95, 1)],
      [`  p95 of zooms into the series' span (n=${s.intradayN}) / the rest (n=${s.otherN})`, '', `${fmt(s.intradayP95, 1)} / ${fmt(s.otherP95, 1)}`],
      ['JS heap after load (MB)', fmt(a.heapLoadMB, 2), fmt(s.heapLoadMB, 2)],
      [`JS heap after ${fmt(s.zoomSteps)} zooms (MB)`, fmt(a.heapAfterMB, 2), fmt(s.heapAfterMB, 2)],
      ['  heap growth, load → 50 zooms, median (%)', fmt(a.heapGrowthPct, 1), fmt(s.heapGrowthPct, 1)],
      [`  heap growth, ${fmt(s.midSteps)} → ${fmt(s.zoomSteps)} zooms, median (%)`, fmt(a.heapGrowthMidPct, 1), fmt(s.heapGrowthMidPct, 1)],
      ['ArrayBuffer storage after load → after zooms (MB)', '', `${fmt(s.heapLoadBuffersMB, 1)} → ${fmt(s.heapAfterBuffersMB, 1)}`],
      ['  heap + ArrayBuffers growth, median (%)', '', fmt(s.heapBuffersGrowthPct, 1)],
      ['seeding: build 1M points in the page / store in IndexedDB (ms)', '', `${fmt(s.seed.buildMs)} / ${fmt(s.seed.storeMs)}`],
    ]),
  );
  if (s.dragsMovedOffMarker) console.log(`${s.dragsMovedOffMarker} drag(s) started a few px aside, off an event marker's hit column (a press on a marker selects the event)`);
  if (s.slowest.length) console.log(`slowest zooms: ${s.slowest.map((x) => `${fmt(x.ms, 1)} ms ${x.kind} ${x.range}`).join('; ')}`);
}

/** Time to chart of two builds loaded in the same rounds: the median of the per-round ratios, and in how many rounds the first was slower. */
function paired(xs, ys) {
  const rs = xs.map((x, i) => (x.ok && ys[i]?.ok ? x.ttcMs / ys[i].ttcMs : null)).filter((v) => v !== null);
  return rs.length ? `${fmt(median(rs), 2)}, ${rs.filter((v) => v > 1).length}/${rs.length}` : 'n/a';
}

/** The built-in view now and in the earlier build (--before), from the same rounds. */
function printBefore(out, a, b) {
  const r = (x, y) => (x != null && y ? fmt(x / y, 2) : '');
  console.log('');
  console.log(`Built-in view, this build against ${out.before.dist} (same rounds, ${b.okRounds}/${b.rounds} ok)`);
  console.log(
    table([
      ['figure', 'this build', 'before', 'this/before'],
      ['time to chart painted, median (ms)', fmt(a.ttcMs), fmt(b.ttcMs), r(a.ttcMs, b.ttcMs)],
      [`  per round (this ÷ before, same round): median, slower in`, '', '', paired(out.raw.app, out.raw.before)],
      ['  points drawn', fmt(a.points), fmt(b.points), ''],
      ['zoom, programmatic p50 (ms)', fmt(a.progP50, 1), fmt(b.progP50, 1), r(a.progP50, b.progP50)],
      ['zoom, programmatic p95 (ms)', fmt(a.progP95, 1), fmt(b.progP95, 1), r(a.progP95, b.progP95)],
      ['zoom, drag p50 (ms)', fmt(a.dragP50, 1), fmt(b.dragP50, 1), r(a.dragP50, b.dragP50)],
      ['zoom, drag p95 (ms)', fmt(a.dragP95, 1), fmt(b.dragP95, 1), r(a.dragP95, b.dragP95)],
      ['JS heap after load (MB)', fmt(a.heapLoadMB, 2), fmt(b.heapLoadMB, 2), r(a.heapLoadMB, b.heapLoadMB)],
      ['heap growth after 50 zooms (%)', fmt(a.heapGrowthPct, 1), fmt(b.heapGrowthPct, 1), ''],
    ]),
  );
}

// ------------------------------------------------------------------ main

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const started = Date.now();
  if (opts.rounds < 7) note(`only ${opts.rounds} rounds (the issue asks for at least 7)`);
  const out = {
    when: new Date().toISOString(),
    commit: git(['rev-parse', '--short', 'HEAD']),
    dirty: (git(['status', '--porcelain']) ?? '') !== '',
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? null, node: process.version, loadavgAtStart: loadavg() },
    rounds: opts.rounds,
    budgets: BUDGETS,
  };

  if (opts.build) {
    // The production build (weighed) and the automation build (driven: it has window.__krwLens).
    const t = Date.now();
    for (const script of ['build', 'build:automation']) {
      log(`building (npm run ${script})…`);
      const b = await run('npm', ['run', script]);
      if (b.code !== 0) {
        console.error(b.out.split('\n').slice(-40).join('\n'));
        log(`could not measure: "npm run ${script}" failed (exit ${b.code})`);
        process.exit(2);
      }
    }
    out.buildS = (Date.now() - t) / 1000;
    log(`built in ${out.buildS.toFixed(1)} s`);
  }

  const work = await makeWorkDir();
  let browser;
  const servers = [];
  try {
    // Static figures first (no browser running).
    out.sizes = await bundleSizes(opts.sizesDist);
    log(`initial JS ${fmt(kb(out.sizes.initialGz), 1)} kB gz, total ${fmt(kb(out.sizes.totalGz), 1)} kB gz`);

    log('timing computeReactions in Node…');
    out.reactions = await timeReactions(work, join(opts.dist, 'data', 'h10-snapshot.json'));
    if (!out.reactions.ok) note(`reactions n/a: ${out.reactions.error}`);
    log('timing the event study in Node…');
    out.study = await timeStudy(join(opts.dist, 'data', 'h10-snapshot.json'));
    if (!out.study.ok) note(`event study n/a: ${out.study.error}`);

    const ev = await loadEvents(work);
    let events = ev.events;
    if (!events) {
      note(`built-in events could not be loaded (${ev.error}); the baseline draws 120 evenly spaced markers instead`);
      const a = Date.parse(`${FIRST}T00:00:00Z`);
      const b = Date.parse(`${LAST}T00:00:00Z`);
      events = Array.from({ length: 120 }, (_, i) => ({ date: new Date(a + ((b - a) * (i + 0.5)) / 120).toISOString().slice(0, 10), category: 'political' }));
    }
    out.events = { count: events.length, source: ev.events ? 'built-in' : 'synthetic' };
    const baseline = await buildBaseline(work, opts.dist, events);
    out.baselineJs = { gz: baseline.jsGz, raw: baseline.jsRaw };

    const appSrv = await serveStatic(opts.dist);
    servers.push(appSrv);
    const uSrv = await serveStatic(baseline.dir);
    servers.push(uSrv);
    let beforeSrv = null;
    if (opts.before) {
      // The built-in view of an earlier build, measured in the same rounds (same machine, same load).
      beforeSrv = await serveStatic(opts.before);
      servers.push(beforeSrv);
      out.before = { dist: opts.before };
    }

    try {
      browser = await launch();
    } catch (e) {
      log(`could not measure: Chromium did not start (${String(e.message).split('\n')[0]})`);
      process.exitCode = 2;
      return;
    }
    out.machine.chromium = browser.version();

    // Warm-up (not counted): caches, and the app's chart size for the baseline.
    log('warm-up…');
    const warm = await measure(browser, { url: `${appSrv.url}${APP_QUERY}` }, { zoom: false });
    let size = warm.ok && warm.size ? warm.size : null;
    if (!size) {
      note(`app warm-up failed (${warm.error ?? 'no chart size'}); baseline drawn at 1200×420`);
      size = { width: 1200, height: 420 };
    }
    out.chartSize = size;
    const targets = {
      app: { url: `${appSrv.url}${APP_QUERY}` },
      uplot: { url: `${uSrv.url}?w=${size.width}&h=${size.height}` },
    };
    await measure(browser, targets.uplot, { zoom: false });
    if (beforeSrv) {
      targets.before = { url: `${beforeSrv.url}${APP_QUERY}` };
      await measure(browser, targets.before, { zoom: false });
    }

    const rounds = { app: [], uplot: [], scale: [], before: [] };
    const plans = { app: BUILT_IN_PLAN, uplot: BUILT_IN_PLAN, before: BUILT_IN_PLAN, scale: SCALE_PLAN };
    if (opts.scale) {
      targets.scale = scaleTarget(appSrv.url, scaleEventsText(SCALE.events, SCALE.firstMs, SCALE.lastMs, 2000));
      out.scaleCase = {
        points: SCALE.points,
        events: SCALE.events,
        id: SCALE.id,
        first: new Date(SCALE.firstMs).toISOString(),
        last: new Date(SCALE.lastMs).toISOString(),
        query: SCALE_QUERY,
        rounds: opts.scaleRounds,
        plan: SCALE_PLAN,
      };
      log(`scale case: ${SCALE.points.toLocaleString('en')} synthetic 1-minute bars ${out.scaleCase.first} … ${out.scaleCase.last}, ${SCALE.events.toLocaleString('en')} synthetic events, ${opts.scaleRounds} round(s)`);
    }
    for (let i = 0; i < Math.max(opts.rounds, opts.scale ? opts.scaleRounds : 0); i++) {
      const order = i >= opts.rounds ? [] : i % 2 === 0 ? ['app', 'uplot'] : ['uplot', 'app'];
      // The earlier build right before or after the app, taking turns.
      if (beforeSrv && i < opts.rounds) order.splice(order.indexOf('app') + (i % 2), 0, 'before');
      // The scale case runs after the pair in the first rounds (its page's memory never overlaps theirs).
      if (opts.scale && i < opts.scaleRounds) order.push('scale');
      for (const k of order) {
        const t = Date.now();
        const r = await measure(browser, targets[k], { plan: plans[k] });
        rounds[k].push(r);
        log(
          `round ${i + 1}/${opts.rounds} ${k.padEnd(6)} ` +
            (r.ok
              ? `chart ${fmt(r.ttcMs)} ms${k === 'scale' ? `, series line ${fmt(r.linePaintedMs)} ms` : ''}, zoom p50 ${fmt(median(r.prog.map((x) => x.ms)))} ms, drag p50 ${fmt(median(r.drag.map((x) => x.ms)))} ms, heap ${fmt(r.heapGrowthPct, 1)} % (${((Date.now() - t) / 1000).toFixed(1)} s)`
              : `FAILED: ${r.error}`),
        );
      }
    }
    // The pages load the automation build, whose entry chunk differs from production's by the hook
    // (and so has another hash): what they loaded is weighed in the build they loaded.
    const served = opts.dist === opts.sizesDist ? out.sizes : await bundleSizes(opts.dist);
    const gzOf = new Map(served.files.map((f) => [f.file.split('\\').join('/'), f.gz]));
    for (const r of rounds.app) if (r.ok) r.jsBeforePaintGz = r.jsBeforePaint.reduce((sum, f) => sum + (gzOf.get(f) ?? 0), 0);
    out.app = summarise(rounds.app);
    out.sizes.beforePaintGz = median(rounds.app.filter((r) => r.ok).map((r) => r.jsBeforePaintGz));
    out.sizes.beforePaintFiles = rounds.app.find((r) => r.ok)?.jsBeforePaint ?? [];
    out.uplot = summarise(rounds.uplot);
    if (opts.scale) out.scale = summariseScale(rounds.scale);
    if (beforeSrv) Object.assign(out.before, summarise(rounds.before));
    if (opts.profile) {
      // One more load and its zooms of each view under the CPU profiler (not counted: profiling slows them).
      // Function names are readable in an unminified build with source maps (see test/bench/README.md).
      const stamp = out.when.replace(/[:.]/g, '-');
      out.profile = {};
      const cases = [['built-in', targets.app, BUILT_IN_PLAN]];
      if (opts.scale) cases.unshift(['scale', targets.scale, SCALE_PLAN]);
      for (const [name, target, plan] of cases) {
        log(`profiling one more load and its zooms (${name} view)…`);
        const p = await measure(browser, target, { plan, profile: true });
        if (!p.ok || !p.profiles) {
          note(`profile of the ${name} view failed: ${p.error ?? 'no profile'}`);
          continue;
        }
        for (const [phase, prof] of Object.entries(p.profiles)) {
          const file = join(ROOT, 'test', 'bench', 'results', `${name}-${phase}-${stamp}.cpuprofile`);
          await writeJson(file, prof);
          out.profile[`${name}, ${phase}`] = { file: file.slice(ROOT.length + 1), ...topFunctions(prof, opts.dist) };
        }
      }
    }
    out.raw = rounds;
    if (out.app.okRounds && rounds.app.some((r) => r.ok && !r.hook)) note('window.__krwLens.setRange missing in the app: programmatic zoom used pushState + popstate');
    for (const [k, s] of Object.entries({ app: out.app, uplot: out.uplot, ...(out.scale ? { scale: out.scale } : {}), ...(out.before ? { before: out.before } : {}) })) {
      if (s.failures.length) note(`${k}: ${s.failures.length} round(s) failed: ${[...new Set(s.failures)].join('; ')}`);
      if (s.pageErrors.length) note(`${k}: page errors: ${s.pageErrors.slice(0, 3).join('; ')}`);
      if (s.failedRequests) note(`${k}: ${s.failedRequests} failed request(s) per load (no network here): ${s.failedUrls.slice(0, 3).join(', ')}`);
      if (s.progNoChange || s.dragNoChange) note(`${k}: ${s.progNoChange} programmatic and ${s.dragNoChange} drag steps did not change the range`);
      if (s.progNoPaint || s.dragNoPaint) note(`${k}: ${s.progNoPaint} programmatic and ${s.dragNoPaint} drag steps showed no chart change within 2 s (left out of the latencies)`);
    }
  } finally {
    if (browser) await browser.close().catch(() => {});
    for (const s of servers) await s.close().catch(() => {});
    await rm(work, { recursive: true, force: true }).catch(() => {});
  }
  if (!out.app) return;

  // Ratios and budgets.
  const ratio = (a, b) => (a != null && b ? a / b : null);
  out.ratio = {
    ttc: ratio(out.app.ttcMs, out.uplot.ttcMs),
    progP95: ratio(out.app.progP95, out.uplot.progP95),
    dragP95: ratio(out.app.dragP95, out.uplot.dragP95),
  };
  const budget = (name, value, limit, unit, goal = false) => ({ name, value, limit, unit, goal, pass: value === null ? null : value <= limit });
  out.budgetResults = [
    budget('time-to-chart ratio to uPlot', out.ratio.ttc, BUDGETS.ttcRatio, '×'),
    budget('time-to-chart ratio (goal)', out.ratio.ttc, BUDGETS.ttcRatioGoal, '×', true),
    budget('zoom p95, programmatic', out.app.progP95, BUDGETS.zoomP95Ms, 'ms'),
    budget('zoom p95, drag', out.app.dragP95, BUDGETS.zoomP95Ms, 'ms'),
    budget('initial JS gzip', kb(out.sizes.initialGz), BUDGETS.initialJsKb, 'kB'),
    budget(`heap growth after ${HEAP_STEPS} zooms`, out.app.heapGrowthPct, BUDGETS.heapGrowthPct, '%'),
    budget('event study, warm median', out.study?.ok ? out.study.medianMs : null, BUDGETS.studyMs, 'ms'),
  ];
  if (out.scale) {
    out.budgets.scale = SCALE_BUDGETS;
    out.budgetResults.push(
      budget('scale: zoom p95, programmatic', out.scale.progP95, SCALE_BUDGETS.zoomP95Ms, 'ms'),
      budget('scale: zoom p95, drag', out.scale.dragP95, SCALE_BUDGETS.zoomP95Ms, 'ms'),
      budget(`scale: heap growth after ${HEAP_STEPS} zooms`, out.scale.heapGrowthPct, SCALE_BUDGETS.heapGrowthPct, '%'),
    );
  }
  out.machine.loadavgAtEnd = loadavg();
  // The bench itself keeps about two CPUs busy (Chromium and Node): more than that, or a load before it started, is other work.
  if (out.machine.loadavgAtStart[0] > out.machine.cpus / 2 || out.machine.loadavgAtEnd[0] > out.machine.cpus + 0.5)
    note(
      `the machine was busy (load average ${out.machine.loadavgAtStart[0].toFixed(1)} at the start, ${out.machine.loadavgAtEnd.map((x) => x.toFixed(1)).join(' / ')} (1/5/15 min) at the end, ` +
        `${out.machine.cpus} CPUs; the bench itself accounts for about 2): the figures are noisier than usual`,
    );
  out.notes = notes;
  out.durationS = (Date.now() - started) / 1000;

  const a = out.app;
  const u = out.uplot;
  const rx = out.reactions;
  const rows = [
    ['figure', 'app', 'uPlot', 'app/uPlot'],
    ['time to chart painted, median (ms)', fmt(a.ttcMs), fmt(u.ttcMs), fmt(out.ratio.ttc, 2)],
    ['  min … max (ms)', `${fmt(a.ttcMinMs)} … ${fmt(a.ttcMaxMs)}`, `${fmt(u.ttcMinMs)} … ${fmt(u.ttcMaxMs)}`, ''],
    ['  first contentful paint (ms)', fmt(a.fcpMs), fmt(u.fcpMs), ''],
    ['  points drawn', fmt(a.points), fmt(u.points), ''],
    ['  event markers drawn', fmt(a.markers), fmt(u.markers), ''],
    [`zoom, programmatic p50 (ms, n=${a.progN}/${u.progN})`, fmt(a.progP50, 1), fmt(u.progP50, 1), fmt(ratio(a.progP50, u.progP50), 1)],
    ['zoom, programmatic p95 (ms)', fmt(a.progP95, 1), fmt(u.progP95, 1), fmt(out.ratio.progP95, 1)],
    [`zoom, drag p50 (ms, n=${a.dragN}/${u.dragN})`, fmt(a.dragP50, 1), fmt(u.dragP50, 1), fmt(ratio(a.dragP50, u.dragP50), 1)],
    ['zoom, drag p95 (ms)', fmt(a.dragP95, 1), fmt(u.dragP95, 1), fmt(out.ratio.dragP95, 1)],
    ['JS heap after load (MB)', fmt(a.heapLoadMB, 2), fmt(u.heapLoadMB, 2), fmt(ratio(a.heapLoadMB, u.heapLoadMB), 1)],
    [`JS heap after ${fmt(a.zoomSteps)} zooms (MB)`, fmt(a.heapAfterMB, 2), fmt(u.heapAfterMB, 2), ''],
    ['  heap growth, load → 50 zooms, median (%)', fmt(a.heapGrowthPct, 1), fmt(u.heapGrowthPct, 1), ''],
    [`  heap growth, ${fmt(a.midSteps)} → ${fmt(a.zoomSteps)} zooms, median (%)`, fmt(a.heapGrowthMidPct, 1), fmt(u.heapGrowthMidPct, 1), ''],
    ['initial JS gzip (kB)', fmt(kb(out.sizes.initialGz), 1), fmt(kb(out.baselineJs.gz), 1), fmt(ratio(out.sizes.initialGz, out.baselineJs.gz), 1)],
    ['JS loaded before chart painted, gzip (kB)', fmt(kb(out.sizes.beforePaintGz), 1), fmt(kb(out.baselineJs.gz), 1), fmt(ratio(out.sizes.beforePaintGz, out.baselineJs.gz), 1)],
    ['total JS gzip (kB)', fmt(kb(out.sizes.totalGz), 1), fmt(kb(out.baselineJs.gz), 1), ''],
    [
      `reactions, ${rx.ok ? `${rx.events} events × ${rx.pairs} pairs` : 'all events × 4 pairs'} (ms)`,
      rx.ok ? `${fmt(rx.medianMs, 2)} (cold ${fmt(rx.coldMs, 1)})` : 'n/a',
      '',
      '',
    ],
    [
      `event study, ${out.study?.ok ? `${out.study.groups} groups × 5 windows × ${out.study.pairs.length} pairs, ${out.study.events} events` : 'all groups × 5 windows × 4 pairs'}, warm median (ms)`,
      out.study?.ok ? `${fmt(out.study.medianMs, 1)} (CPU ${fmt(out.study.cpuMedianMs, 1)}, p95 ${fmt(out.study.p95Ms, 1)}, cold ${fmt(out.study.coldMs, 0)})` : 'n/a',
      '',
      '',
    ],
  ];
  console.log('');
  console.log(`KRW Event Lens bench — ${out.rounds} rounds, ${a.okRounds}/${u.okRounds} ok, chart ${out.chartSize.width}×${out.chartSize.height}, ${out.events.count} events (${out.events.source}), ${out.machine.cpus} CPUs, Chromium ${out.machine.chromium}`);
  console.log(table(rows));
  console.log('');
  console.log(
    table([
      ['budget', 'value', 'limit', 'result'],
      ...out.budgetResults.map((b) => [b.name, `${fmt(b.value, b.unit === '×' ? 2 : 1)} ${b.unit}`, `≤ ${b.limit} ${b.unit}`, b.pass === null ? 'n/a' : b.goal ? (b.pass ? 'met' : 'not met') : b.pass ? 'pass' : 'FAIL']),
    ]),
  );
  if (notes.length) {
    console.log('');
    for (const n of notes) console.log(`note: ${n}`);
  }
  if (out.scale) printScale(out, a, out.scale);
  if (out.before) printBefore(out, a, out.before);
  for (const [phase, p] of Object.entries(out.profile ?? {})) {
    console.log(`\nCPU profile of the ${phase} (${p.ms} ms sampled; ${p.file}):`);
    console.log(table([['function (self time)', 'ms'], ...p.self.map((x) => [x.fn, x.ms])]));
    if (p.appTotal.length) console.log(table([["the app's own functions (total time, src/)", 'ms'], ...p.appTotal.map((x) => [x.fn, x.ms])]));
    else if (!p.sourceMaps) console.log('(no source maps: build with --minify false --sourcemap and pass --dist for the app functions)');
  }
  const stamp = out.when.replace(/[:.]/g, '-');
  const file = join(ROOT, 'test', 'bench', 'results', `bench-${stamp}.json`);
  await writeJson(file, out);
  console.log(`\nresults: ${file.slice(ROOT.length + 1)} (${out.durationS.toFixed(0)} s)`);
  const summary = {
    when: out.when,
    commit: out.commit,
    rounds: out.rounds,
    ttcMs: { app: a.ttcMs, uplot: u.ttcMs, ratio: out.ratio.ttc },
    zoomProgMs: { app: { p50: a.progP50, p95: a.progP95 }, uplot: { p50: u.progP50, p95: u.progP95 } },
    zoomDragMs: { app: { p50: a.dragP50, p95: a.dragP95 }, uplot: { p50: u.dragP50, p95: u.dragP95 } },
    heapMB: {
      app: { load: a.heapLoadMB, after: a.heapAfterMB, growthPct: a.heapGrowthPct, growthAfterWarmPct: a.heapGrowthMidPct },
      uplot: { load: u.heapLoadMB, after: u.heapAfterMB, growthPct: u.heapGrowthPct, growthAfterWarmPct: u.heapGrowthMidPct },
    },
    jsGzKB: { initial: kb(out.sizes.initialGz), beforePaint: kb(out.sizes.beforePaintGz), total: kb(out.sizes.totalGz), uplot: kb(out.baselineJs.gz) },
    reactionsMs: rx.ok ? rx.medianMs : null,
    studyMs: out.study?.ok ? { median: out.study.medianMs, cpu: out.study.cpuMedianMs, p95: out.study.p95Ms, cold: out.study.coldMs, workerJobUsdKrw: out.study.usdkrwWorkerJobMedianMs } : null,
    before: out.before
      ? { dist: out.before.dist, ttcMs: out.before.ttcMs, ttcPaired: paired(out.raw.app, out.raw.before), zoomProgMs: { p50: out.before.progP50, p95: out.before.progP95 }, zoomDragMs: { p50: out.before.dragP50, p95: out.before.dragP95 }, heapGrowthPct: out.before.heapGrowthPct }
      : null,
    scale: out.scale
      ? {
          rounds: out.scale.okRounds,
          ttcMs: out.scale.ttcMs,
          linePaintedMs: out.scale.linePaintedMs,
          zoomProgMs: { p50: out.scale.progP50, p95: out.scale.progP95 },
          zoomDragMs: { p50: out.scale.dragP50, p95: out.scale.dragP95 },
          heapMB: { load: out.scale.heapLoadMB, after: out.scale.heapAfterMB, growthPct: out.scale.heapGrowthPct, withBuffersGrowthPct: out.scale.heapBuffersGrowthPct },
        }
      : null,
    budgets: Object.fromEntries(out.budgetResults.map((b) => [b.name, b.pass])),
    file: file.slice(ROOT.length + 1),
  };
  console.log(`BENCH ${JSON.stringify(summary)}`);

  if (!a.okRounds || !u.okRounds || a.ttcMs === null) {
    log('could not measure: no successful round for the app or the baseline');
    process.exitCode = 2;
  } else if (opts.strict && out.budgetResults.some((b) => !b.goal && b.pass === false)) {
    log('--strict: a budget failed');
    process.exitCode = 1;
  }
}

main().catch((e) => {
  console.error(e);
  log('could not measure');
  process.exit(2);
});
