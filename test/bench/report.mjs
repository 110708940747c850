// The bench's summaries and printed tables (scripts/bench.mjs).
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join } from 'node:path';
import { median, quantile } from './bench-lib.mjs';
import { SCALE_SPAN } from './plans.mjs';

export const fmt = (v, d = 0) => (v === null || v === undefined || Number.isNaN(v) ? 'n/a' : v.toFixed(d));
export const mb = (b) => (b == null ? null : b / 1048576);
export const kb = (b) => (b == null ? null : b / 1000);

export function summarise(rounds) {
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
    // The app's own chart (takes input); a build without the mark: its one chart, the paint signal's.
    appMs: median(ok.map((r) => r.appMs ?? r.ttcMs)),
    domMs: median(ok.map((r) => r.domMs)),
    domMinMs: ok.some((r) => r.domMs != null) ? Math.min(...ok.map((r) => r.domMs ?? Infinity)) : null,
    domMaxMs: ok.some((r) => r.domMs != null) ? Math.max(...ok.map((r) => r.domMs ?? -Infinity)) : null,
    domInRaf: ok.filter((r) => r.domInRaf).length,
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
    heapObjectsGrowthPct: median(ok.map((r) => r.heapObjectsGrowthPct)),
    heapObjectsGrowthMidPct: median(ok.map((r) => r.heapObjectsGrowthMidPct)),
    midSteps: median(ok.map((r) => r.midSteps)),
    zoomSteps: median(ok.map((r) => r.steps)),
    pageErrors: [...new Set(rounds.flatMap((r) => r.errors))],
    failedRequests: median(rounds.map((r) => r.failedRequests.length)),
    failedUrls: [...new Set(rounds.flatMap((r) => r.failedRequests.map((u) => u.split('?')[0])))],
    failures: rounds.filter((r) => !r.ok).map((r) => r.error),
  };
}

export function table(rows) {
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
export function topFunctions(profile, distDir, n = 15) {
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
export function summariseScale(rounds) {
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

export function printScale(out, a, s) {
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
export function paired(xs, ys) {
  const rs = xs.map((x, i) => (x.ok && ys[i]?.ok ? x.ttcMs / ys[i].ttcMs : null)).filter((v) => v !== null);
  return rs.length ? `${fmt(median(rs), 2)}, ${rs.filter((v) => v > 1).length}/${rs.length}` : 'n/a';
}

/** The built-in view now and in the earlier build (--before), from the same rounds. */
export function printBefore(out, a, b) {
  const r = (x, y) => (x != null && y ? fmt(x / y, 2) : '');
  console.log('');
  console.log(`Built-in view, this build against ${out.before.dist} (same rounds, ${b.okRounds}/${b.rounds} ok)`);
  console.log(
    table([
      ['figure', 'this build', 'before', 'this/before'],
      ['time to chart painted, median (ms)', fmt(a.ttcMs), fmt(b.ttcMs), r(a.ttcMs, b.ttcMs)],
      [`  per round (this ÷ before, same round): median, slower in`, '', '', paired(out.raw.app, out.raw.before)],
      ["  the app's own chart painted, takes input (ms)", fmt(a.appMs), fmt(b.appMs), r(a.appMs, b.appMs)],
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

