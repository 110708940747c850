// The uPlot baseline page for `npm run bench` ("uPlot, snapshot"): the same snapshot file as the
// app, decoded the same way (delta-encoded integers / scale, H.10 crosses), the four pairs drawn
// with uPlot at the app's chart size, every event as a vertical line (one canvas pass in the draw
// hook, uplot-chart.mjs), and the same paint signal as the app.
// Bundled by test/bench/baselines.mjs with esbuild; `bench:events` is the built-in
// event list ({ date, category }[]) injected at bundle time.
// `?scale=1` is the scale case (test/bench/zoom-scale.mjs): USD/KRW and JPY/KRW, the 2,000 synthetic
// events of the user (the app's localStorage text, put there by the same init script) besides the
// built-in ones, and the 1,000,000-point series handed over by `__krwLens.addSeries` after the
// first paint (as the app reads it from IndexedDB after its first paint).
import EVENTS from 'bench:events';
import { DAY_S, PAIRS, isoDay, drawChart, run } from './uplot-chart.mjs';

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

/** The user's events of the scale case, as instants (s): date and time of day in Seoul. */
function userEvents() {
  try {
    const list = JSON.parse(localStorage.getItem('krw-lens:user-events') ?? '{}').events ?? [];
    return list.map((e) => ({ at: Date.parse(`${e.date}T${e.time ?? '00:00'}:00+09:00`) / 1000, category: e.category }));
  } catch {
    return [];
  }
}

/** Aligned data for uPlot: the union of the two x columns (s, ascending), each y null where it has no point. */
function joinColumns(x1, ys1, x2, y2) {
  const n1 = x1.length;
  const n2 = x2.length;
  const x = [];
  const ys = ys1.map(() => []);
  const y = [];
  let i = 0;
  let j = 0;
  while (i < n1 || j < n2) {
    const a = i < n1 ? x1[i] : Infinity;
    const b = j < n2 ? x2[j] : Infinity;
    const t = Math.min(a, b);
    x.push(t);
    for (let k = 0; k < ys.length; k++) ys[k].push(a === t ? ys1[k][i] : null);
    y.push(b === t ? y2[j] : null);
    if (a === t) i++;
    if (b === t) j++;
  }
  return [x, ...ys, y];
}

/** The scale case: two pairs, an empty third line until `__krwLens.addSeries` hands over the 1M points. */
function drawScale(all) {
  const el = document.querySelector('[data-testid="timeline-chart"]');
  const data = [all[0], all[1], all[2], all[0].map(() => null)];
  const extra = [{ id: 'csv:bench-1m', scale: 'y', color: '#6d28d9' }];
  const u = drawChart(data, [...EVENTS, ...userEvents()], { pairs: PAIRS.slice(0, 2), extra });
  // The scale case's series (instants in ms): joined to the daily pairs, drawn at the current range.
  window.__krwLens.addSeries = async ({ instants, values }) => {
    const x2 = Array.from(instants, (t) => t / 1000);
    const joined = joinColumns(all[0], [all[1], all[2]], x2, Array.from(values));
    const { min, max } = u.scales.x;
    u.setData(joined, false);
    u.setScale('x', { min, max });
    el.dataset.points = String(joined[0].length);
    return { ok: true, id: 'csv:bench-1m' };
  };
}

run(async () => {
  const res = await fetch('./data/h10-snapshot.json');
  if (!res.ok) throw new Error(`snapshot: HTTP ${res.status}`);
  const all = decode(await res.json());
  if (new URLSearchParams(location.search).get('scale') === '1') drawScale(all);
  else drawChart(all, EVENTS);
});
