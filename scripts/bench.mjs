// `npm run bench` — the app against a plain uPlot page on the same data, same run.
// See test/bench/README.md for what each figure means and how it is measured.
//
//   node scripts/bench.mjs [--strict] [--no-build] [--rounds N] [--dist DIR]
//
// Exit code: 0 when everything could be measured (budgets are reported, not
// enforced), 1 with --strict when a budget fails, 2 when it could not measure.
import { spawn, execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { rm } from 'node:fs/promises';
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

// ------------------------------------------------------------------ settings

const FIRST = '1981-04-13';
const LAST = '2024-11-29';
const PAIRS = ['USDKRW', 'JPYKRW', 'CNYKRW', 'EURKRW'];
const APP_QUERY = `?source=snapshot&pairs=${PAIRS.join(',')}&from=${FIRST}&to=${LAST}`;
const BUDGETS = { ttcRatio: 1.5, ttcRatioGoal: 1.0, zoomP95Ms: 50, initialJsKb: 200, heapGrowthPct: 10 };
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

function parseArgs(argv) {
  // `dist`: the site driven (the automation build, with window.__krwLens); `sizesDist`: the one weighed
  // (the production build). `--dist DIR` uses one built site for both.
  const o = { strict: false, build: true, rounds: 7, dist: DIST, sizesDist: PROD_DIST };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--strict') o.strict = true;
    else if (a === '--no-build') o.build = false;
    else if (a === '--rounds') o.rounds = Number(argv[++i]);
    else if (a === '--dist') {
      o.dist = resolve(argv[++i] ?? '');
      o.sizesDist = o.dist;
      o.build = false; // an already built site elsewhere
    }
    else if (a.startsWith('--rounds=')) o.rounds = Number(a.slice(9));
    else if (a === '--help' || a === '-h') {
      console.log('usage: node scripts/bench.mjs [--strict] [--no-build] [--rounds N (default 7)] [--dist DIR (a built site; implies --no-build)]');
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  if (!Number.isInteger(o.rounds) || o.rounds < 1) throw new Error('--rounds must be a positive integer');
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

async function heapUsed(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

async function networkQuiet(net, quietMs, maxMs) {
  const until = Date.now() + maxMs;
  while (Date.now() < until && (net.inFlight > 0 || Date.now() - net.last < quietMs)) await new Promise((ok) => setTimeout(ok, 100));
}

async function drag(page, [fa, fb]) {
  const box = await page.evaluate(() => window.__bench.plotBox());
  if (!box) throw new Error('plot area not found');
  const y = box.y + box.height * 0.55;
  const x1 = box.x + box.width * fa;
  const x2 = box.x + box.width * fb;
  await page.mouse.move(x1, y);
  await page.evaluate(() => window.__bench.frames(1));
  await page.mouse.down();
  await page.mouse.move(x2, y, { steps: 1 });
  await page.evaluate(() => window.__bench.frames(2)); // let the brush settle: only the release is timed
  await page.evaluate(() => window.__bench.armMouseUp());
  await page.mouse.up();
  return page.evaluate(() => window.__bench.result());
}

/**
 * One fresh browser context: load → time to chart → heap → 20 programmatic
 * zooms → 20 drags (from the full range every 5) → more zooms back to the full
 * range (50 range changes in all) → heap.
 */
async function measure(browser, target, { zoom = true } = {}) {
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
    await page.addInitScript({ content: `(${benchProbe.toString()})();` });
    const cdp = await page.context().newCDPSession(page);
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
    if (zoom) {
      // "After load" = the page is quiet: no request started or ended for 1 s (lazy chunks loaded), then 10 frames.
      await networkQuiet(net, 1000, 10_000);
      await page.evaluate(() => window.__bench.frames(10));
      r.heapLoad = await heapUsed(cdp);
      const zoomTo = (f, t) => page.evaluate(([a, b]) => window.__bench.zoomTo(a, b), [f, t]);
      for (const [f, t] of PROG) {
        r.prog.push(await zoomTo(f, t));
        r.steps++;
      }
      for (let i = 0; i < DRAGS.length; i++) {
        if (i % RESET_EVERY === 0) {
          await zoomTo(FIRST, LAST);
          r.steps++;
          if (i === 0) {
            // mid reading, at the same full-history view: separates one-time growth (code, caches) from a leak
            await page.evaluate(() => window.__bench.frames(5));
            r.heapMid = await heapUsed(cdp);
            r.midSteps = r.steps;
          }
        }
        r.drag.push(await drag(page, DRAGS[i]));
        r.steps++;
      }
      for (const [f, t] of EXTRA) {
        await zoomTo(f, t);
        r.steps++;
      }
      const back = await zoomTo(FIRST, LAST);
      r.steps++;
      await page.evaluate(() => window.__bench.frames(10));
      r.heapAfter = await heapUsed(cdp);
      r.heapGrowthPct = ((r.heapAfter - r.heapLoad) / r.heapLoad) * 100;
      r.heapGrowthMidPct = ((r.heapAfter - r.heapMid) / r.heapMid) * 100;
      r.backToFull = back.changed || back.range === `${FIRST}..${LAST}`;
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

// ------------------------------------------------------------------ main

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const started = Date.now();
  if (opts.rounds < 7) note(`only ${opts.rounds} rounds (the issue asks for at least 7)`);
  const out = {
    when: new Date().toISOString(),
    commit: git(['rev-parse', '--short', 'HEAD']),
    dirty: (git(['status', '--porcelain']) ?? '') !== '',
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? null, node: process.version },
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

    const rounds = { app: [], uplot: [] };
    for (let i = 0; i < opts.rounds; i++) {
      const order = i % 2 === 0 ? ['app', 'uplot'] : ['uplot', 'app'];
      for (const k of order) {
        const t = Date.now();
        const r = await measure(browser, targets[k]);
        rounds[k].push(r);
        log(
          `round ${i + 1}/${opts.rounds} ${k.padEnd(5)} ` +
            (r.ok
              ? `chart ${fmt(r.ttcMs)} ms, zoom p50 ${fmt(median(r.prog.map((x) => x.ms)))} ms, drag p50 ${fmt(median(r.drag.map((x) => x.ms)))} ms, heap ${fmt(r.heapGrowthPct, 1)} % (${((Date.now() - t) / 1000).toFixed(1)} s)`
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
    out.raw = rounds;
    if (out.app.okRounds && rounds.app.some((r) => r.ok && !r.hook)) note('window.__krwLens.setRange missing in the app: programmatic zoom used pushState + popstate');
    for (const [k, s] of Object.entries({ app: out.app, uplot: out.uplot })) {
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
  ];
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
