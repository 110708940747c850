// The uPlot baseline page for `npm run bench`: the same snapshot file as the app,
// decoded the same way (delta-encoded integers / scale, H.10 crosses), the four
// pairs drawn with uPlot at the app's chart size, every event as a vertical line
// (one canvas pass in the draw hook), and the same paint signal as the app.
// Bundled by scripts/bench.mjs with esbuild; `bench:events` is the built-in
// event list ({ date, category }[]) injected at bundle time.
import uPlot from 'uplot';
import EVENTS from 'bench:events';

const DAY_MS = 86_400_000;
const DAY_S = 86_400;
const PAIRS = [
  { id: 'USDKRW', key: 'KOUS', f: (k) => k, color: '#1f5fbf', scale: 'y' },
  { id: 'JPYKRW', key: 'JPUS', f: (k, j) => (k / j) * 100, color: '#c2410c', scale: 'y' },
  { id: 'CNYKRW', key: 'CHUS', f: (k, c) => k / c, color: '#9f1239', scale: 'y2' },
  { id: 'EURKRW', key: 'USEU', f: (k, e) => k * e, color: '#047857', scale: 'y' },
];
const CATEGORY_COLORS = {
  sanction: '#7c3aed',
  provocation: '#dc2626',
  diplomacy: '#0e7490',
  'monetary-policy': '#15803d',
  'fx-policy': '#b45309',
  political: '#be185d',
  'market-shock': '#475569',
};

const isoDay = (s) => Date.parse(`${s}T00:00:00Z`) / DAY_MS;
/** A URL range end in seconds: a date (`2024-11-29`, its midnight UTC) or a UTC minute (`2023-05-22T01:14Z`). */
const endSeconds = (s) => (s.includes('T') ? Date.parse(s) / 1000 : isoDay(s) * DAY_S);

// The scale case (`?scale=1`, test/bench/zoom-scale.mjs): USD/KRW and JPY/KRW, the 2,000 synthetic
// events of the user (the app's localStorage text, put there by the same init script) besides the
// built-in ones, and the 1,000,000-point series handed over by `__krwLens.addSeries` after the
// first paint (as the app reads it from IndexedDB after its first paint).
const SCALE = new URLSearchParams(location.search).get('scale') === '1';

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
  const ys = PAIRS.map((p) => {
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

function markersPlugin(events) {
  const xs = events.map((e) => e.at ?? isoDay(e.date) * DAY_S);
  const colors = events.map((e) => CATEGORY_COLORS[e.category] ?? '#64748b');
  return {
    hooks: {
      draw: (u) => {
        const { ctx } = u;
        const { top, height } = u.bbox;
        const min = u.scales.x.min;
        const max = u.scales.x.max;
        let drawn = 0;
        ctx.save();
        ctx.lineWidth = 1;
        ctx.globalAlpha = 0.45;
        for (let i = 0; i < xs.length; i++) {
          if (xs[i] < min || xs[i] > max) continue;
          const px = Math.round(u.valToPos(xs[i], 'x', true)) + 0.5;
          ctx.strokeStyle = colors[i];
          ctx.beginPath();
          ctx.moveTo(px, top);
          ctx.lineTo(px, top + height);
          ctx.stroke();
          drawn++;
        }
        ctx.restore();
        u.root.parentElement.dataset.markers = String(drawn);
      },
    },
  };
}

async function main() {
  const q = new URLSearchParams(location.search);
  const width = Number(q.get('w')) || 1200;
  const height = Number(q.get('h')) || 420;
  const el = document.querySelector('[data-testid="timeline-chart"]');
  const res = await fetch('./data/h10-snapshot.json');
  if (!res.ok) throw new Error(`snapshot: HTTP ${res.status}`);
  const all = decode(await res.json());
  const pairs = SCALE ? PAIRS.slice(0, 2) : PAIRS;
  const data = SCALE ? [all[0], all[1], all[2], all[0].map(() => null)] : all;
  const seriesOpts = pairs.map((p) => ({ label: p.id, scale: p.scale, stroke: p.color, width: 1.5, spanGaps: true, points: { show: false } }));
  if (SCALE) seriesOpts.push({ label: 'csv:bench-1m', scale: 'y', stroke: '#6d28d9', width: 1.5, spanGaps: true, points: { show: false } });
  const events = SCALE ? [...EVENTS, ...userEvents()] : EVENTS;
  let draws = 0;
  const u = new uPlot(
    {
      width,
      height,
      legend: { show: false },
      cursor: { drag: { x: true, y: false, setScale: true } },
      scales: { x: { time: true }, y: { auto: true }, y2: { auto: true } },
      axes: [{}, { scale: 'y', size: 64 }, { scale: 'y2', side: 1, size: 64, grid: { show: false } }],
      series: [{}, ...seriesOpts],
      plugins: [
        markersPlugin(events),
        {
          hooks: {
            draw: () => {
              // a DOM-visible trace of each canvas redraw, for the latency probe
              el.dataset.draws = String(++draws);
            },
          },
        },
      ],
    },
    data,
    el,
  );
  window.__krwLens = {
    setRange: (from, to) => u.setScale('x', { min: endSeconds(from), max: endSeconds(to) }),
    // The scale case's series (instants in ms): joined to the daily pairs, drawn at the current range.
    addSeries: async ({ instants, values }) => {
      const x2 = Array.from(instants, (t) => t / 1000);
      const joined = joinColumns(all[0], [all[1], all[2]], x2, Array.from(values));
      const { min, max } = u.scales.x;
      u.setData(joined, false);
      u.setScale('x', { min, max });
      el.dataset.points = String(joined[0].length);
      return { ok: true, id: 'csv:bench-1m' };
    },
  };
  window.__benchRangeKey = () => `${u.scales.x.min}..${u.scales.x.max}`;
  el.dataset.points = String(data[0].length * pairs.length);
  requestAnimationFrame(() => {
    el.dataset.ready = 'true';
    performance.mark('krw:chart-painted');
  });
}

main().catch((e) => {
  document.body.dataset.error = String(e && e.message ? e.message : e);
  throw e;
});
