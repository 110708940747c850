// Zoom latency at the scale case, the app against uPlot (issue 16, item 4): the app's scale view
// (test/bench/scale.mjs: 1,000,000 synthetic 1-minute bars stored through the automation hook,
// 2,000 synthetic events of the user, USD/KRW and JPY/KRW) and the uPlot baseline page in its scale
// mode (`?scale=1`: the same two pairs from the snapshot, the same events as vertical lines, the same
// 1,000,000 points handed to it by the same in-page generator), in one Chromium, interleaved rounds
// (each a fresh context, which goes first alternating), the same zoom steps as the bench's scale
// case (programmatic zooms and drags), timed by the same probe (test/bench/probe.mjs).
//
//   npm run build:automation && node test/bench/zoom-scale.mjs [--rounds N (3)] [--dist DIR] [--before DIR]
//
// Prints p50 / p95 of both and the ratio, the load average, and one line `ZOOMSCALE {json}`.
import { loadavg, cpus } from 'node:os';
import { DIST, launch, newPage, serveStatic, chartReady } from '../e2e/harness.mjs';
import { benchProbe } from './probe.mjs';
import { loadEvents, makeWorkDir, quantile } from './bench-lib.mjs';
import { DRAGS, FIRST, LAST, RESET_EVERY, SCALE, SCALE_PLAN, SCALE_QUERY, SCALE_SEED } from './plans.mjs';
import { buildBaselines } from './baselines.mjs';
import { scaleEventsText, seedScaleEvents, seedScaleSeries } from './scale.mjs';

const args = process.argv.slice(2);
const opt = (k, d) => (args.includes(k) ? args[args.indexOf(k) + 1] : d);
const dist = opt('--dist', DIST);
const rounds = Number(opt('--rounds', 3));
const before = opt('--before', null); // an earlier automation build: its scale view in the same rounds

// The bench's scale case and plan (test/bench/plans.mjs).
const PLAN = SCALE_PLAN;
const EVENTS_TEXT = scaleEventsText(SCALE.events, SCALE.firstMs, SCALE.lastMs, 2000);

/** As scripts/bench.mjs's drag: press, one move, let the brush settle, time the release. */
async function drag(page, [fa, fb]) {
  const box = await page.evaluate(() => window.__bench.plotBox());
  const y = box.y + box.height * 0.55;
  let x1 = box.x + box.width * fa;
  const x2 = box.x + box.width * fb;
  const free = await page.evaluate(([px, py, m]) => window.__bench.freeX(px, py, m), [Math.round(x1), y, Math.round(box.width * 0.05)]);
  if (free !== null) x1 = free;
  await page.mouse.move(x1, y);
  await page.evaluate(() => window.__bench.frames(1));
  await page.mouse.down();
  await page.mouse.move(x2, y, { steps: 1 });
  await page.evaluate(() => window.__bench.frames(2));
  await page.evaluate(() => window.__bench.armMouseUp());
  await page.mouse.up();
  return page.evaluate(() => window.__bench.result());
}

/** One fresh context: load the view with the data in, settle, then the plan's zooms. */
async function run(browser, kind, urls) {
  const page = await newPage(browser, { route: false });
  const r = { kind, prog: [], drag: [] };
  try {
    await page.addInitScript(seedScaleEvents, EVENTS_TEXT);
    await page.addInitScript({ content: `(${benchProbe.toString()})();` });
    if (kind !== 'uplot') {
      // As the bench: store the series (IndexedDB) in a first load, then a normal start with it stored.
      const base = urls[kind];
      await page.goto(`${base}?source=snapshot`);
      await page.waitForFunction(() => window.__krwLens && window.__bench?.painted !== null, null, { timeout: 30_000 });
      const s = await page.evaluate(seedScaleSeries, SCALE_SEED);
      if (!s.ok) throw new Error(`seed: ${s.code}`);
      await page.goto(`${base}${SCALE_QUERY}`);
      await chartReady(page);
      await page.waitForSelector('path[data-line="csv:bench-1m"]', { timeout: 60_000 });
    } else {
      await page.goto(urls.uplot);
      await chartReady(page);
      // The same generator, handed to the page's addSeries (the app's hook has the same shape).
      const s = await page.evaluate(seedScaleSeries, SCALE_SEED);
      if (!s.ok) throw new Error(`seed: ${s.code}`);
    }
    // Settled: 2 s without a long task (the app's reactions over the series run after its paint).
    await page.evaluate(async () => {
      const t0 = performance.now();
      let last = t0;
      new PerformanceObserver((l) => l.getEntries().forEach((e) => (last = Math.max(last, e.startTime + e.duration)))).observe({ type: 'longtask', buffered: true });
      while (performance.now() - Math.max(last, t0) < 2000 && performance.now() - t0 < 60_000) await window.__bench.frames(5);
    });
    r.points = await page.evaluate(() => document.querySelector('[data-testid="timeline-chart"]')?.dataset.points);
    const zoomTo = (f, t) => page.evaluate(([a, b]) => window.__bench.zoomTo(a, b), [f, t]);
    for (const [f, t] of PLAN.prog) r.prog.push(await zoomTo(f, t));
    for (let i = 0; i < DRAGS.length; i++) {
      if (i % RESET_EVERY === 0) await zoomTo(...PLAN.resets[i / RESET_EVERY]);
      r.drag.push(await drag(page, DRAGS[i]));
    }
    for (const [f, t] of PLAN.extra) r.prog.push(await zoomTo(f, t));
    r.ok = true;
  } catch (e) {
    r.error = String(e?.message ?? e).split('\n')[0];
  } finally {
    await page.context().close();
  }
  return r;
}

const fmt = (v) => (v == null ? 'n/a' : v.toFixed(1));
const load = () => loadavg().map((x) => x.toFixed(2)).join(' / ');

const work = await makeWorkDir();
const ev = await loadEvents(work);
if (!ev.events) throw new Error(`built-in events: ${ev.error}`);
const site = (await buildBaselines(work, dist, ev.events)).snapshot;
const appSrv = await serveStatic(dist);
const uSrv = await serveStatic(site.dir);
const bSrv = before ? await serveStatic(before) : null;
const browser = await launch();
const loadStart = load();
const all = { app: [], uplot: [], before: [] };
try {
  // The chart's size as the app draws it, for the baseline (as the bench does).
  const probe = await newPage(browser, { route: false });
  await probe.goto(`${appSrv.url}?source=snapshot&pairs=USDKRW,JPYKRW&from=${FIRST}&to=${LAST}`);
  await chartReady(probe);
  const size = await probe.evaluate(() => {
    const r = document.querySelector('[data-testid="timeline-chart"] .plot-surface').getBoundingClientRect();
    return { width: Math.round(r.width), height: Math.round(r.height) };
  });
  await probe.context().close();
  const urls = { app: appSrv.url, before: bSrv?.url, uplot: `${uSrv.url}?scale=1&w=${size.width}&h=${size.height}` };
  for (let i = 0; i < rounds; i++) {
    const order = i % 2 ? ['uplot', 'app'] : ['app', 'uplot'];
    if (bSrv) order.splice(i % 3, 0, 'before');
    for (const kind of order) {
      const t = Date.now();
      const r = await run(browser, kind, urls);
      all[kind].push(r);
      const ms = (k) => r[k].map((x) => x.ms).filter((x) => x != null);
      console.error(`round ${i + 1} ${kind}: ${r.ok ? `points ${r.points}, prog p50 ${fmt(quantile(ms('prog'), 0.5))} p95 ${fmt(quantile(ms('prog'), 0.95))}, drag p50 ${fmt(quantile(ms('drag'), 0.5))} p95 ${fmt(quantile(ms('drag'), 0.95))}` : r.error} (${((Date.now() - t) / 1000).toFixed(1)} s, load ${load()})`);
    }
  }
} finally {
  await browser.close();
  await appSrv.close();
  await uSrv.close();
  await bSrv?.close();
}
const sum = (kind, k) => {
  const xs = all[kind].filter((r) => r.ok).flatMap((r) => r[k].map((x) => x.ms)).filter((x) => x != null);
  return { n: xs.length, p50: quantile(xs, 0.5), p95: quantile(xs, 0.95) };
};
const out = { rounds, dist, load: { start: loadStart, end: load() }, cpus: cpus().length };
for (const k of ['prog', 'drag']) out[k] = { app: sum('app', k), uplot: sum('uplot', k), ratioP95: sum('app', k).p95 / sum('uplot', k).p95, ...(bSrv ? { before: sum('before', k) } : {}) };
console.log(`zoom at the scale case (1,000,000 points, 2,000 + built-in events), ${rounds} rounds; load ${out.load.start} → ${out.load.end} on ${out.cpus} CPUs`);
console.log(`| figure | app | uPlot | app ÷ uPlot |${bSrv ? ' before |' : ''}\n| --- | --- | --- | --- |${bSrv ? ' --- |' : ''}`);
for (const [k, name] of [['prog', 'programmatic'], ['drag', 'drag']]) {
  const a = out[k].app;
  const u = out[k].uplot;
  const b = out[k].before;
  console.log(`| ${name} p50 (n=${a.n}/${u.n}) | ${fmt(a.p50)} ms | ${fmt(u.p50)} ms | ${(a.p50 / u.p50).toFixed(2)} |${b ? ` ${fmt(b.p50)} ms |` : ''}`);
  console.log(`| ${name} p95 | ${fmt(a.p95)} ms | ${fmt(u.p95)} ms | **${out[k].ratioP95.toFixed(2)}** |${b ? ` ${fmt(b.p95)} ms |` : ''}`);
}
console.log(`ZOOMSCALE ${JSON.stringify(out)}`);
