// The uPlot baseline page for `npm run bench` ("uPlot, snapshot"): the same snapshot file as the
// app, decoded the same way (delta-encoded integers / scale, H.10 crosses), the four pairs drawn
// with uPlot at the app's chart size, every event as a vertical line (one canvas pass in the draw
// hook, uplot-chart.mjs), and the same paint signal as the app.
// Bundled by test/bench/baselines.mjs with esbuild; `bench:events` is the built-in
// event list ({ date, category }[]) injected at bundle time.
import EVENTS from 'bench:events';
import { DAY_S, isoDay, drawChart, run } from './uplot-chart.mjs';

/** The H.10 column each pair is crossed with, and how (SPEC: JPY = KOUS/JPUS×100, CNY = KOUS/CHUS, EUR = KOUS×USEU). */
const CROSSES = [
  { key: 'KOUS', f: (k) => k },
  { key: 'JPUS', f: (k, j) => (k / j) * 100 },
  { key: 'CHUS', f: (k, c) => k / c },
  { key: 'USEU', f: (k, e) => k * e },
];

function decodeColumn(col, n) {
  const out = new Float64Array(n);
  let acc = 0;
  for (let i = 0; i < n; i++) {
    const d = col.values[i];
    if (d === null) out[i] = NaN;
    else {
      acc += d;
      out[i] = acc / col.scale;
    }
  }
  return out;
}

/** Snapshot → uPlot aligned data: x in seconds, one y array per pair (null = no observation). */
function decode(file) {
  if (file.format !== 'krw-snapshot' || file.version !== 1) throw new Error('not a krw-snapshot v1 file');
  const n = file.days.length;
  const x = new Array(n);
  let day = isoDay(file.first) - (file.days[0] ?? 0);
  for (let i = 0; i < n; i++) {
    day += file.days[i];
    x[i] = day * DAY_S;
  }
  const cols = {};
  for (const k of ['KOUS', 'JPUS', 'CHUS', 'USEU']) cols[k] = decodeColumn(file.series[k], n);
  const ys = CROSSES.map((p) => {
    const other = cols[p.key];
    const y = new Array(n);
    for (let i = 0; i < n; i++) {
      const k = cols.KOUS[i];
      const o = other[i];
      y[i] = Number.isNaN(k) || Number.isNaN(o) ? null : p.f(k, o);
    }
    return y;
  });
  return [x, ...ys];
}

run(async () => {
  const res = await fetch('./data/h10-snapshot.json');
  if (!res.ok) throw new Error(`snapshot: HTTP ${res.status}`);
  drawChart(decode(await res.json()), EVENTS);
});
