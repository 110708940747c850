// One page load of the bench (scripts/bench.mjs) in a fresh browser context: the paint signals,
// the heap, the zoom sequence. And the scale case's target (seeding before the measured load).
import { chartReady, newPage } from '../e2e/harness.mjs';
import { benchProbe } from './probe.mjs';
import { domPaintProbe } from './dom-probe.mjs';
import { heapObjects } from './heap.mjs';
import { BUILT_IN_PLAN, RESET_EVERY, SCALE, SCALE_QUERY, SCALE_SEED } from './plans.mjs';
import { seedScaleEvents, seedScaleSeries, watchLine } from './scale.mjs';

/**
 * Used V8 heap after two forced GCs, the same without its compiled code (heap.mjs: a memory-infra
 * dump, ~1 s), and (where Chromium tells it) the ArrayBuffers' storage outside it.
 */
async function heapUsed(cdp) {
  const h = await heapObjects(cdp);
  const { backingStorageSize } = await cdp.send('Runtime.getHeapUsage');
  return { used: h.used, objects: h.objects, buffers: backingStorageSize ?? null };
}
/** { heapLoad: used, heapLoadObjects: objects (no compiled code), heapLoadBuffers: buffers } */
const prefix = (name, h) => ({ [name]: h.used, [`${name}Objects`]: h.objects, [`${name}Buffers`]: h.buffers });

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
 * (the chart line whose first paint is timed too); `plan` is the zoom sequence. `target.dom`
 * ({ lines, events }) installs the DOM paint observer (dom-probe.mjs) before the page's code and
 * waits for its signal too (`domMs`): the first frame showing that many lines and event ids.
 */
export async function measure(browser, target, { zoom = true, plan = BUILT_IN_PLAN, profile = false } = {}) {
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
    if (target.dom) await page.addInitScript(domPaintProbe, target.dom);
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
    if (target.dom) await cdp.send('Runtime.addBinding', { name: '__benchDomPainted' });
    const timers = [];
    const signal = (name, what) =>
      new Promise((ok, fail) => {
        cdp.on('Runtime.bindingCalled', (e) => e.name === name && ok());
        timers.push(setTimeout(() => fail(new Error(`no ${what} within 20 s`)), 20_000));
      });
    // Both signals are awaited before any Playwright wait: the DOM signal may come after the mark.
    const painted = Promise.all([signal('__benchPainted', 'paint signal'), target.dom ? signal('__benchDomPainted', 'DOM paint signal') : null]);
    if (profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
      await cdp.send('Profiler.start');
    }
    await page.goto(target.url, { waitUntil: 'commit' });
    await painted.finally(() => timers.forEach(clearTimeout));
    await chartReady(page);
    await page.waitForFunction(() => window.__bench && window.__bench.painted !== null, null, { timeout: 10_000 });
    // The app's own chart marks krw:app-chart-painted (an older build or a baseline does not: null).
    if (await page.evaluate(() => performance.getEntriesByName('krw:app-chart-painted').length > 0)) {
      await page.waitForFunction(() => window.__bench.appPainted !== null, null, { timeout: 10_000 });
    }
    Object.assign(
      r,
      await page.evaluate(() => ({
        ttcMs: window.__bench.painted,
        appMs: window.__bench.appPainted,
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
    if (target.dom) {
      Object.assign(
        r,
        await page.evaluate(() => {
          const D = window.__benchDom;
          return {
            domMs: D.painted,
            domMetMs: D.metAt,
            domSeen: D.seen,
            domInRaf: D.inRafAtMet,
            domChecks: D.checks,
            jsBeforeDomPaint: performance
              .getEntriesByType('resource')
              .filter((e) => e.startTime <= D.painted && new URL(e.name).pathname.endsWith('.js'))
              .map((e) => new URL(e.name).pathname.replace(/^\//, '')),
          };
        }),
      );
    }
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
      r.heapObjectsGrowthPct = ((r.heapAfterObjects - r.heapLoadObjects) / r.heapLoadObjects) * 100;
      r.heapObjectsGrowthMidPct = ((r.heapAfterObjects - r.heapMidObjects) / r.heapMidObjects) * 100;
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
export function scaleTarget(appUrl, eventsText) {
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
      const seeded = await page.evaluate(seedScaleSeries, SCALE_SEED);
      if (!seeded.ok) throw new Error(`could not store the series: ${seeded.code}${seeded.detail ? ` (${seeded.detail})` : ''}`);
      if (seeded.id !== SCALE.id) throw new Error(`the series was stored as ${seeded.id}, not ${SCALE.id}`);
      const events = await page.evaluate(() => JSON.parse(localStorage.getItem('krw-lens:user-events') ?? '{}').events?.length ?? 0);
      return { buildMs: seeded.buildMs, storeMs: seeded.storeMs, events, seedS: (Date.now() - t) / 1000 };
    },
  };
}

