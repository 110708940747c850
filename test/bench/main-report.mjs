// The bench's main tables (the built-in view against uPlot, the first paint two ways, the budgets,
// notes, the scale case, --before, CPU profiles) and its one-line summary (`BENCH {json}`).
import { kb, fmt, paired, printBefore, printScale, table } from './report.mjs';
import { printPaint } from './paint-report.mjs';

export function printTables(out, notes) {
  const ratio = (x, y) => (x != null && y ? x / y : null);
  const a = out.app;
  const u = out.uplot;
  const rx = out.reactions;
  const rows = [
    ['figure', 'app', 'uPlot', 'app/uPlot'],
    ['time to chart painted, median (ms)', fmt(a.ttcMs), fmt(u.ttcMs), fmt(out.ratio.ttc, 2)],
    ['  min … max (ms)', `${fmt(a.ttcMinMs)} … ${fmt(a.ttcMaxMs)}`, `${fmt(u.ttcMinMs)} … ${fmt(u.ttcMaxMs)}`, ''],
    ['  first contentful paint (ms)', fmt(a.fcpMs), fmt(u.fcpMs), ''],
    ["  the app's own chart painted, takes input (ms)", fmt(a.appMs), '', ''],
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
    ['  without compiled code, load → 50 zooms, median (%)', fmt(a.heapObjectsGrowthPct, 1), fmt(u.heapObjectsGrowthPct, 1), ''],
    [`  without compiled code, ${fmt(a.midSteps)} → ${fmt(a.zoomSteps)} zooms, median (%)`, fmt(a.heapObjectsGrowthMidPct, 1), fmt(u.heapObjectsGrowthMidPct, 1), ''],
    ['initial JS gzip (kB)', fmt(kb(out.sizes.initialGz), 1), fmt(kb(out.baselineJs.gz), 1), fmt(ratio(out.sizes.initialGz, out.baselineJs.gz), 1)],
    ['JS loaded before chart painted, gzip (kB)', fmt(kb(out.sizes.beforePaintGz), 1), fmt(kb(out.baselineJs.gz), 1), fmt(ratio(out.sizes.beforePaintGz, out.baselineJs.gz), 1)],
    ['  … before the DOM paint signal, gzip (kB)', fmt(kb(out.sizes.beforeDomPaintGz), 1), fmt(kb(out.baselineJs.gz), 1), fmt(ratio(out.sizes.beforeDomPaintGz, out.baselineJs.gz), 1)],
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
  printPaint(out.paint, out.rounds);
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
}

/** The summary printed as `BENCH {json}` (`file`: the full record's path). */
export function benchSummary(out, file) {
  const a = out.app;
  const u = out.uplot;
  const rx = out.reactions;
  return {
    when: out.when,
    commit: out.commit,
    rounds: out.rounds,
    ttcMs: { app: a.ttcMs, uplot: u.ttcMs, ratio: out.ratio.ttc },
    appChartMs: a.appMs,
    firstPaint: Object.fromEntries(
      Object.entries(out.paint).map(([sig, p]) => [
        sig,
        {
          ms: { app: p.app, uplot: p.uplot, json: p.json },
          ratio: { uplot: p.ratios.uplot.ofMedians, json: p.ratios.json.ofMedians },
          perRoundRatio: { uplot: p.ratios.uplot.perRound, json: p.ratios.json.perRound },
        },
      ]),
    ),
    zoomProgMs: { app: { p50: a.progP50, p95: a.progP95 }, uplot: { p50: u.progP50, p95: u.progP95 } },
    zoomDragMs: { app: { p50: a.dragP50, p95: a.dragP95 }, uplot: { p50: u.dragP50, p95: u.dragP95 } },
    heapMB: {
      app: { load: a.heapLoadMB, after: a.heapAfterMB, growthPct: a.heapGrowthPct, growthAfterWarmPct: a.heapGrowthMidPct, withoutCodeGrowthPct: a.heapObjectsGrowthPct },
      uplot: { load: u.heapLoadMB, after: u.heapAfterMB, growthPct: u.heapGrowthPct, growthAfterWarmPct: u.heapGrowthMidPct, withoutCodeGrowthPct: u.heapObjectsGrowthPct },
    },
    jsGzKB: { initial: kb(out.sizes.initialGz), beforePaint: kb(out.sizes.beforePaintGz), total: kb(out.sizes.totalGz), uplot: kb(out.baselineJs.gz) },
    reactionsMs: rx.ok ? rx.medianMs : null,
    studyMs: out.study?.ok ? { median: out.study.medianMs, cpu: out.study.cpuMedianMs, p95: out.study.p95Ms, cold: out.study.coldMs, workerJobUsdKrw: out.study.usdkrwWorkerJobMedianMs } : null,
    before: out.before
      ? { dist: out.before.dist, ttcMs: out.before.ttcMs, appChartMs: out.before.appMs, ttcPaired: paired(out.raw.app, out.raw.before), zoomProgMs: { p50: out.before.progP50, p95: out.before.progP95 }, zoomDragMs: { p50: out.before.dragP50, p95: out.before.dragP95 }, heapGrowthPct: out.before.heapGrowthPct }
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
    file,
  };
}
