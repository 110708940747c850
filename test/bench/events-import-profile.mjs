// Where the main thread's time goes when 20,000 SYNTHETIC events are imported through the toolbar
// and the page is then reloaded with them: a CPU profile (CDP Profiler) of each phase and, for
// each long task of 100 ms or more (PerformanceObserver 'longtask'), the functions with the most
// self time and the page's own functions with the most total time in it. Not a bench figure
// (profiling slows the page); a tool to find the long tasks. Every event here is SYNTHETIC.
//
//   node test/bench/events-import-profile.mjs [--dist DIR] [--n 20000] [--top 15] [--trace]
// --trace: no profile; a Chromium trace instead, and each task of 50 ms or more of the page's main
// thread with its wall time and its thread time (CPU: what the machine's other load does not add).
// An unminified build names the functions: `npx vite build --mode automation --minify false --outDir /tmp/dist-prof`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, chartReady, launch, newPage, serveStatic } from '../e2e/harness.mjs';
import { addSample, profileTree } from './cpu-profile.mjs';

const args = process.argv.slice(2);
const opt = (k, d) => (args.includes(k) ? args[args.indexOf(k) + 1] : d);
const dist = opt('--dist', DIST);
const n = Number(opt('--n', 20_000));
const topN = Number(opt('--top', 15));
const trace = args.includes('--trace');

/** The page's main-thread tasks (RunTask) of 50 ms or more in a trace: wall and thread ms. */
function traceTasks(events) {
  const names = new Map(events.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args.name]));
  const runs = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && names.get(`${e.pid}:${e.tid}`) === 'CrRendererMain');
  const busiest = new Map();
  for (const e of runs) busiest.set(`${e.pid}:${e.tid}`, (busiest.get(`${e.pid}:${e.tid}`) ?? 0) + e.dur);
  const main = [...busiest].sort((a, b) => b[1] - a[1])[0]?.[0];
  const onMain = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.dur != null);
  // What ran inside: the biggest slices of script (by function), GC, style/layout and paint (thread ms).
  const what = (task) => {
    const sums = new Map();
    for (const e of onMain) {
      if (e.ts < task.ts || e.ts + e.dur > task.ts + task.dur || e === task) continue;
      const f = e.args?.data?.functionName;
      const k = e.name === 'FunctionCall' ? `fn ${f || '(anon)'}@${(e.args?.data?.url ?? '').split('/').pop()}:${e.args?.data?.lineNumber ?? ''}` : ['MajorGC', 'MinorGC', 'V8.GC_MARK_COMPACTOR', 'BlinkGC.AtomicPhase'].includes(e.name) ? `gc ${e.name}` : ['Layout', 'UpdateLayoutTree', 'Paint', 'PrePaint', 'Layerize', 'ParseHTML', 'EvaluateScript', 'v8.compile', 'TimerFire', 'FireAnimationFrame', 'RunMicrotasks', 'EventDispatch'].includes(e.name) ? e.name : null;
      if (k) sums.set(k, (sums.get(k) ?? 0) + (e.tdur ?? e.dur) / 1000);
    }
    return [...sums].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ');
  };
  return runs
    .filter((e) => `${e.pid}:${e.tid}` === main && e.dur >= 50_000)
    .map((e) => ({ ms: Math.round(e.dur / 1000), cpu: Math.round((e.tdur ?? 0) / 1000), what: e.tdur >= 60_000 ? what(e) : '' }));
}

const dir = mkdtempSync(join(tmpdir(), 'krw-prof-'));
const file = join(dir, 'synthetic-events.csv');
{
  const lines = ['date,title,category'];
  const day = (i) => new Date(Date.UTC(1990, 0, 1) + Math.floor((i * 12_400) / n) * 86_400_000).toISOString().slice(0, 10);
  for (let i = 0; i < n; i++) lines.push(`${day(i)},Synthetic load event ${String(i).padStart(5, '0')},${i % 2 ? 'political' : 'diplomacy'}`);
  writeFileSync(file, `${lines.join('\n')}\n`);
}

/**
 * The samples inside each long task of the page: page time ↔ profile time from the first sample of
 * `krwCalibrate` (a busy function the page runs at a known performance.now(), `calibAt`).
 */
function byTask(p, tasks, calibAt) {
  const tree = profileTree(p);
  const { byId } = tree;
  let t = p.startTime;
  const times = p.timeDeltas.map((d) => (t += d));
  const at = p.samples.findIndex((id) => byId.get(id).callFrame.functionName === 'krwCalibrate');
  if (at < 0) return console.log('  (no calibration sample)');
  const pageOf = (ts) => calibAt + (ts - times[at]) / 1000;
  const key = (x) => `${x.callFrame.functionName || '(anon)'} ${x.callFrame.url.split('/').pop()}:${x.callFrame.lineNumber + 1}`;
  for (const task of tasks.filter((x) => x.ms >= 100)) {
    const self = new Map();
    const total = new Map();
    for (let i = 0; i < p.samples.length; i++) {
      const pt = pageOf(times[i]);
      if (pt < task.start || pt > task.start + task.ms) continue;
      const ms = (p.timeDeltas[i + 1] ?? 0) / 1000;
      addSample(tree, key, self, total, p.samples[i], ms);
    }
    const top = (m, re) => [...m].filter(([k]) => !re || re.test(k)).sort((a, b) => b[1] - a[1]).slice(0, topN).map(([k, v]) => `      ${v.toFixed(1).padStart(7)} ${k}`).join('\n');
    console.log(`  -- long task ${task.ms} ms at ${task.start} ms\n    self:\n${top(self)}\n    total (app functions):\n${top(total, APP)}`);
  }
}
// What the page's own code is called (not React's or the browser's internals).
const APP = /^(?!(\(|performWork|renderRoot|workLoop|performUnitOfWork|beginWork|completeWork|completeUnitOfWork|renderWithHooks|update[A-Z]|mount[A-Z]|react_|commit|flush|recursively|dispatch|batchedUpdates|processDispatchQueue|processRootSchedule|run[A-Z]|callback|(anon) index)).+/;

function print(label, p, tasks, calibAt) {
  console.log(`\n== ${label}: long tasks ${tasks.map((x) => `${x.start}:${x.ms}`).join(' ')}`);
  byTask(p, tasks, calibAt);
}

const srv = await serveStatic(dist);
const browser = await launch();
try {
  const page = await newPage(browser);
  page.setDefaultTimeout(60_000);
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__longTasks.push({ start: Math.round(e.startTime), ms: Math.round(e.duration) }))).observe({ type: 'longtask', buffered: true });
    window.krwCalibrate = function krwCalibrate() {
      const at = performance.now();
      while (performance.now() < at + 8);
      return at;
    };
    window.__calibAt = window.krwCalibrate();
  });
  await page.goto(`${srv.url}?source=snapshot&from=1989-12-01&to=2024-11-29`);
  await chartReady(page);
  await page.locator('.rx-scorecard').waitFor();
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const startTrace = () => cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  const endTrace = async (label) => {
    const finished = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
    await cdp.send('Tracing.end');
    await finished;
    const tasks = traceTasks(events.splice(0));
    const worst = (k) => Math.max(0, ...tasks.map((x) => x[k]));
    console.log(`== ${label}: tasks ≥ 50 ms (wall/cpu ms) ${tasks.map((x) => `${x.ms}/${x.cpu}`).join(' ')}; longest wall ${worst('ms')}, longest cpu ${worst('cpu')}`);
    for (const x of tasks.filter((t) => t.what)) console.log(`   ${x.ms}/${x.cpu}: ${x.what}`);
  };
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });

  if (trace) await startTrace();
  else await cdp.send('Profiler.start');
  const calibAt = await page.evaluate(() => window.krwCalibrate());
  await page.locator('input[type="file"][accept^=".csv,.json"]').setInputFiles(file);
  await page.locator('.import-preview[role="dialog"] button:text-is("Import")').click();
  await page.waitForFunction((k) => {
    const m = document.querySelector('.event-count')?.textContent.match(/· ([\d,]+) in all$/);
    return m && Number(m[1].replaceAll(',', '')) >= k;
  }, n);
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
  await page.waitForTimeout(1500);
  if (trace) await endTrace('import');
  else print('import', (await cdp.send('Profiler.stop')).profile, await page.evaluate((t) => window.__longTasks.filter((x) => x.start >= t), calibAt), calibAt);

  // The reload: a fresh profile from the navigation.
  if (trace) await startTrace();
  else await cdp.send('Profiler.start');
  await page.reload();
  await chartReady(page);
  await page.waitForFunction(() => document.querySelectorAll('[data-event-ids]').length > 0);
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
  await page.waitForTimeout(2500);
  if (trace) await endTrace('reload');
  else print('reload', (await cdp.send('Profiler.stop')).profile, await page.evaluate(() => window.__longTasks), await page.evaluate(() => window.__calibAt));
  await page.context().close();
} finally {
  await browser.close();
  await srv.close();
  rmSync(dir, { recursive: true, force: true });
}
