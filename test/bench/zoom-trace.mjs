// Where a zoom's time goes, from a Chromium trace: the scale case's view (or the built-in one),
// the same programmatic zooms as the bench, with each zoom's main-thread time split into script,
// style, layout, pre-paint, paint, layerize and the rest, summed over the frames until the chart
// settles. Not a bench figure (tracing slows the page); a tool to find what to change.
//
//   node test/bench/zoom-trace.mjs [--dist DIR] [--builtin] [--zooms N] [--out FILE.json]
import { writeFile } from 'node:fs/promises';
import { DIST, launch, newPage, serveStatic, chartReady } from '../e2e/harness.mjs';
import { benchProbe } from './probe.mjs';
import { zoomRanges } from './bench-lib.mjs';
import { addSample, profileTree } from './cpu-profile.mjs';
import { intradayRanges, scaleEventsText, seedScaleEvents, seedScaleSeries } from './scale.mjs';
import { APP_QUERY, FIRST, LAST, SCALE, SCALE_QUERY, SCALE_SEED } from './plans.mjs';

const args = process.argv.slice(2);
const opt = (k, d) => (args.includes(k) ? args[args.indexOf(k) + 1] : d);
const dist = opt('--dist', DIST);
const builtin = args.includes('--builtin');
const nZooms = Number(opt('--zooms', 20));
const out = opt('--out', null);
const gap = Number(opt('--gap', 0)); // ms to wait after each zoom has settled (0: the next zoom at once, as the bench)

const { firstMs, lastMs } = SCALE;
const PROG = zoomRanges(FIRST, LAST, nZooms, 20241129);
const INTRA = intradayRanges(firstMs, lastMs, nZooms, 1000);
const plan = builtin ? PROG : Array.from({ length: nZooms }, (_, i) => (i % 2 ? INTRA[i >> 1] : PROG[i >> 1]));

// Trace event names → bucket.
const BUCKET = {
  FunctionCall: 'script', EvaluateScript: 'script', TimerFire: 'script', FireAnimationFrame: 'script', RunMicrotasks: 'script', EventDispatch: 'script', 'V8.Execute': null,
  UpdateLayoutTree: 'style', RecalculateStyles: 'style', ScheduleStyleRecalculation: null,
  Layout: 'layout', UpdateLayerTree: 'layerTree', PrePaint: 'prePaint', Paint: 'paint', PaintImage: null,
  Layerize: 'layerize', Commit: 'commit', CompositeLayers: 'composite', HitTest: 'hitTest', 'IntersectionObserverController::computeIntersections': 'io', MajorGC: 'gc', MinorGC: 'gc',
};

/** Self and total time by function (name file:line) over the zooms, the top 30 of each. */
function printProfile(p) {
  const tree = profileTree(p);
  const dt = new Map();
  for (let i = 0; i < p.samples.length; i++) dt.set(p.samples[i], (dt.get(p.samples[i]) ?? 0) + (p.timeDeltas[i + 1] ?? 0) / 1000);
  const key = (n) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
  const self = new Map();
  const total = new Map();
  for (const [id, ms] of dt) addSample(tree, key, self, total, id, ms);
  const top = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOPN || 30)).map(([k, v]) => `  ${v.toFixed(1).padStart(8)} ${k}`).join('\n');
  console.log(`self (ms over all zooms):\n${top(self)}\ntotal:\n${top(total)}`);
}

const srv = await serveStatic(dist);
const browser = await launch();
try {
  const page = await newPage(browser, { route: false });
  if (!builtin) {
    await page.addInitScript(seedScaleEvents, scaleEventsText(2000, firstMs, lastMs, 2000));
  }
  await page.addInitScript({ content: `(${benchProbe.toString()})();` });
  if (!builtin) {
    await page.goto(`${srv.url}?source=snapshot`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__krwLens && window.__bench?.painted !== null, null, { timeout: 30_000 });
    const s = await page.evaluate(seedScaleSeries, SCALE_SEED);
    if (!s.ok) throw new Error(`seed: ${s.code}`);
  }
  const q = builtin ? APP_QUERY : SCALE_QUERY;
  await page.goto(`${srv.url}${q}`);
  await chartReady(page);
  if (!builtin) await page.waitForSelector('path[data-line="csv:bench-1m"]', { timeout: 60_000 });
  await page.waitForTimeout(4000); // the reactions after the paint (a tool, not a test)
  await page.evaluate(() => window.__bench.frames(10));
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const finished = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing,v8',
    transferMode: 'ReportEvents',
  });
  const profile = args.includes('--profile');
  if (profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  const zooms = [];
  for (const [f, t] of plan) {
    const r = await page.evaluate(([a, b]) => {
      performance.mark('zt:start');
      return window.__bench.zoomTo(a, b);
    }, [f, t]);
    await page.evaluate(() => performance.mark('zt:end'));
    if (gap) await page.waitForTimeout(gap);
    zooms.push({ range: `${f}..${t}`, ms: r.ms, frames: r.frames });
  }
  if (profile) {
    const prof = (await cdp.send('Profiler.stop')).profile;
    printProfile(prof);
    if (out) await writeFile(out.replace(/\.json$/, '.cpuprofile'), JSON.stringify(prof));
  }
  await cdp.send('Tracing.end');
  await finished;
  // Main thread of the renderer: the thread of the user-timing marks' process with the most events named UpdateLayoutTree/Layout.
  const marks = events.filter((e) => e.name === 'zt:start' || e.name === 'zt:end').sort((a, b) => a.ts - b.ts);
  const pid = marks[0]?.pid;
  const counts = new Map();
  for (const e of events) if (e.pid === pid && (e.name === 'Layout' || e.name === 'FunctionCall')) counts.set(e.tid, (counts.get(e.tid) ?? 0) + 1);
  const tid = [...counts].sort((a, b) => b[1] - a[1])[0][0];
  const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur != null);
  const starts = marks.filter((m) => m.name === 'zt:start').map((m) => m.ts);
  const ends = marks.filter((m) => m.name === 'zt:end').map((m) => m.ts);
  const rows = [];
  for (let i = 0; i < starts.length; i++) {
    // Only what ran before the paint of the last frame that changed the chart (the latency's span).
    const until = zooms[i].ms == null || args.includes('--whole') ? ends[i] : starts[i] + zooms[i].ms * 1000;
    const inZoom = main.filter((e) => e.ts >= starts[i] && e.ts < until);
    const sum = {};
    // Top-level-ish: count each bucketed event, but not one nested in another of the same bucket.
    const open = [];
    for (const e of inZoom.sort((a, b) => a.ts - b.ts || b.dur - a.dur)) {
      const b = BUCKET[e.name];
      if (!b) continue;
      while (open.length && open[open.length - 1].end <= e.ts) open.pop();
      if (open.some((o) => o.b === b)) continue;
      open.push({ b, end: e.ts + e.dur });
      sum[b] = (sum[b] ?? 0) + (e.tdur ?? e.dur) / 1000; // thread time: what the load does not add
    }
    // Everything the main thread ran from the input until the next zoom (the deferred renders too), thread time.
    sum.allTasks = main.filter((e) => e.name === 'RunTask' && e.ts >= starts[i] && e.ts < ends[i]).reduce((a, e) => a + (e.tdur ?? e.dur) / 1000, 0);
    rows.push({ ...zooms[i], ...Object.fromEntries(Object.entries(sum).map(([k, v]) => [k, Math.round(v * 10) / 10])) });
  }
  const keys = ['allTasks', 'script', 'style', 'layout', 'prePaint', 'paint', 'layerize', 'commit', 'gc', 'hitTest'];
  console.log(['ms', 'frames', ...keys, 'range'].join('\t'));
  for (const r of rows) console.log([r.ms?.toFixed(1), r.frames, ...keys.map((k) => r[k] ?? 0), r.range].join('\t'));
  const tot = Object.fromEntries(keys.map((k) => [k, rows.reduce((s, r) => s + (r[k] ?? 0), 0) / rows.length]));
  console.log(['mean', '', ...keys.map((k) => tot[k].toFixed(1))].join('\t'));
  const lat = rows.map((r) => r.ms).filter((x) => x != null).sort((a, b) => a - b);
  const pq = (p) => lat[Math.min(lat.length - 1, Math.ceil(p * lat.length) - 1)];
  console.log(`latency p50 ${pq(0.5).toFixed(1)} p95 ${pq(0.95).toFixed(1)} max ${lat.at(-1).toFixed(1)} ms (n=${lat.length}); critical-path thread time mean ${keys.slice(1).reduce((s, k) => s + tot[k], 0).toFixed(1)} ms, all tasks per zoom ${tot.allTasks.toFixed(1)} ms`);
  console.log(`DOM elements: ${await page.evaluate(() => document.getElementsByTagName('*').length)}`);
  if (out) await writeFile(out, JSON.stringify({ rows, starts, ends, events: main.filter((e) => e.dur > 300).map((e) => ({ n: e.name, ts: e.ts, d: e.dur, a: e.args?.data?.functionName ?? e.args?.data?.url, x: e.name === "Paint" || e.name === "Layout" || e.name === "UpdateLayoutTree" ? e.args : undefined, td: e.tdur })) }));
} finally {
  await browser.close();
  await srv.close();
}
