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
import { rm } from 'node:fs/promises';
import { DIST, PROD_DIST, ROOT, launch, serveStatic } from '../test/e2e/harness.mjs';
import { bundleSizes, loadEvents, makeWorkDir, median, timeReactions, writeJson } from '../test/bench/bench-lib.mjs';
import { buildBaselines } from '../test/bench/baselines.mjs';
import { measure, scaleTarget } from '../test/bench/measure.mjs';
import { APP_QUERY, BUDGETS, BUILT_IN_PLAN, FIRST, HEAP_STEPS, LAST, SCALE, SCALE_BUDGETS, SCALE_PLAN, SCALE_QUERY } from '../test/bench/plans.mjs';
import { fmt, kb, summarise, summariseScale, topFunctions } from '../test/bench/report.mjs';
import { paintComparison } from '../test/bench/paint-report.mjs';
import { benchSummary, printTables } from '../test/bench/main-report.mjs';
import { timeStudy } from '../test/bench/study-timing.mjs';
import { scaleEventsText } from '../test/bench/scale.mjs';

/** The DOM paint signal's condition for the built-in view (dom-probe.mjs): its four lines and at least 60 event ids. */
const DOM_WANT = { lines: 4, events: 60 };
/** The six orders of the app and the two baselines, one per round in turn. */
const ORDERS = [
  ['app', 'uplot', 'json'],
  ['uplot', 'json', 'app'],
  ['json', 'app', 'uplot'],
  ['app', 'json', 'uplot'],
  ['json', 'uplot', 'app'],
  ['uplot', 'app', 'json'],
];

function parseArgs(argv) {
  // `dist`: the site driven (the automation build, with window.__krwLens); `sizesDist`: the one weighed
  // (the production build). `--dist DIR` uses one built site for both.
  const o = { strict: false, build: true, rounds: 9, scaleRounds: null, scale: true, profile: false, before: null, dist: DIST, sizesDist: PROD_DIST };
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
        'usage: node scripts/bench.mjs [--strict] [--no-build] [--rounds N (default 9)] [--scale-rounds N (default 3)] [--no-scale] [--profile] [--before DIR (an automation build of an earlier commit)] [--dist DIR (a built site; implies --no-build)]',
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

// ------------------------------------------------------------------ main

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const started = Date.now();
  if (opts.rounds < 9) note(`only ${opts.rounds} rounds (issue 16 asks for at least 9)`);
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
    const baselines = await buildBaselines(work, opts.dist, events);
    out.baselineJs = { gz: baselines.snapshot.jsGz, raw: baselines.snapshot.jsRaw };
    out.baselines = { snapshot: { ...baselines.snapshot, dir: undefined }, json: { ...baselines.json, dir: undefined } };
    log(`baselines: uPlot, snapshot ${fmt(kb(baselines.snapshot.jsGz), 1)} kB gz JS; uPlot, JSON ${fmt(kb(baselines.json.jsGz), 1)} kB gz JS + series.json ${fmt(kb(baselines.json.dataBytes), 0)} kB (${fmt(kb(baselines.json.dataGz), 0)} kB gz, ${baselines.json.days} days)`);

    const appSrv = await serveStatic(opts.dist);
    servers.push(appSrv);
    const uSrv = await serveStatic(baselines.snapshot.dir);
    servers.push(uSrv);
    const jSrv = await serveStatic(baselines.json.dir);
    servers.push(jSrv);
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
    const warm = await measure(browser, { url: `${appSrv.url}${APP_QUERY}`, dom: DOM_WANT }, { zoom: false });
    let size = warm.ok && warm.size ? warm.size : null;
    if (!size) {
      note(`app warm-up failed (${warm.error ?? 'no chart size'}); baseline drawn at 1200×420`);
      size = { width: 1200, height: 420 };
    }
    out.chartSize = size;
    const targets = {
      app: { url: `${appSrv.url}${APP_QUERY}`, dom: DOM_WANT },
      uplot: { url: `${uSrv.url}?w=${size.width}&h=${size.height}`, dom: DOM_WANT },
      json: { url: `${jSrv.url}?w=${size.width}&h=${size.height}`, dom: DOM_WANT },
    };
    await measure(browser, targets.uplot, { zoom: false });
    await measure(browser, targets.json, { zoom: false });
    if (beforeSrv) {
      // By the page's own mark only: an earlier build may not mark its lines and markers for the DOM signal.
      targets.before = { url: `${beforeSrv.url}${APP_QUERY}` };
      await measure(browser, targets.before, { zoom: false });
    }

    const rounds = { app: [], uplot: [], json: [], scale: [], before: [] };
    const plans = { app: BUILT_IN_PLAN, uplot: BUILT_IN_PLAN, before: BUILT_IN_PLAN, scale: SCALE_PLAN };
    // The JSON baseline is measured for its first paint only (its zooms are uPlot's, as the other baseline's).
    const loadOnly = new Set(['json']);
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
      // The app and the two baselines in each of the six orders in turn.
      const order = i >= opts.rounds ? [] : [...ORDERS[i % ORDERS.length]];
      // The earlier build right before or after the app, taking turns.
      if (beforeSrv && i < opts.rounds) order.splice(order.indexOf('app') + (i % 2), 0, 'before');
      // The scale case runs after the pair in the first rounds (its page's memory never overlaps theirs).
      if (opts.scale && i < opts.scaleRounds) order.push('scale');
      for (const k of order) {
        const t = Date.now();
        const r = await measure(browser, targets[k], { plan: plans[k], zoom: !loadOnly.has(k) });
        rounds[k].push(r);
        log(
          `round ${i + 1}/${opts.rounds} ${k.padEnd(6)} ` +
            (r.ok
              ? `chart ${fmt(r.ttcMs)} ms${r.domMs != null ? ` (DOM ${fmt(r.domMs)} ms)` : ''}${k === 'scale' ? `, series line ${fmt(r.linePaintedMs)} ms` : ''}, zoom p50 ${fmt(median(r.prog.map((x) => x.ms)))} ms, drag p50 ${fmt(median(r.drag.map((x) => x.ms)))} ms, heap ${fmt(r.heapGrowthPct, 1)} % (${((Date.now() - t) / 1000).toFixed(1)} s)`
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
    out.json = summarise(rounds.json);
    out.paint = paintComparison(rounds);
    for (const r of rounds.app) if (r.ok && r.jsBeforeDomPaint) r.jsBeforeDomPaintGz = r.jsBeforeDomPaint.reduce((sum, f) => sum + (gzOf.get(f) ?? 0), 0);
    out.sizes.beforeDomPaintGz = median(rounds.app.filter((r) => r.ok).map((r) => r.jsBeforeDomPaintGz));
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
    for (const [k, s] of Object.entries({ app: out.app, uplot: out.uplot, json: out.json, ...(out.scale ? { scale: out.scale } : {}), ...(out.before ? { before: out.before } : {}) })) {
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
    budget('first paint ratio, mark, to uPlot JSON (goal)', out.paint.mark.ratios.json.ofMedians, BUDGETS.ttcRatioGoal, '×', true),
    budget('first paint ratio, DOM, to uPlot snapshot (goal)', out.paint.dom.ratios.uplot.ofMedians, BUDGETS.ttcRatioGoal, '×', true),
    budget('first paint ratio, DOM, to uPlot JSON (goal)', out.paint.dom.ratios.json.ofMedians, BUDGETS.ttcRatioGoal, '×', true),
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

  printTables(out, notes);
  const stamp = out.when.replace(/[:.]/g, '-');
  const file = join(ROOT, 'test', 'bench', 'results', `bench-${stamp}.json`);
  await writeJson(file, out);
  console.log(`\nresults: ${file.slice(ROOT.length + 1)} (${out.durationS.toFixed(0)} s)`);
  const summary = benchSummary(out, file.slice(ROOT.length + 1));
  console.log(`BENCH ${JSON.stringify(summary)}`);

  if (!out.app.okRounds || !out.uplot.okRounds || out.app.ttcMs === null) {
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
