// What the two uPlot baseline pages share (uplot-page.mjs decodes the snapshot, uplot-json-page.mjs
// reads plain JSON arrays): the four pairs' styles, the events as vertical lines, the chart itself
// and the paint signals. Bundled into each page by esbuild (test/bench/baselines.mjs).
import uPlot from 'uplot';

export const DAY_MS = 86_400_000;
export const DAY_S = 86_400;
export const isoDay = (s) => Date.parse(`${s}T00:00:00Z`) / DAY_MS;
/** A URL range end in seconds: a date (`2024-11-29`, its midnight UTC) or a UTC minute (`2023-05-22T01:14Z`). */
const endSeconds = (s) => (s.includes('T') ? Date.parse(s) / 1000 : isoDay(s) * DAY_S);

/** The pairs in the app's order; `scale` y2 = the right axis (CNY/KRW, as the app draws it). */
export const PAIRS = [
  { id: 'USDKRW', color: '#1f5fbf', scale: 'y' },
  { id: 'JPYKRW', color: '#c2410c', scale: 'y' },
  { id: 'CNYKRW', color: '#9f1239', scale: 'y2' },
  { id: 'EURKRW', color: '#047857', scale: 'y' },
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

/**
 * Every event as a vertical line, in one canvas pass in uPlot's `draw` hook (which uPlot calls
 * after it has drawn the axes and the series). After drawing, the hook writes what the canvas now
 * shows on the chart container: `data-markers` (events drawn) and `data-lines` (series drawn with
 * at least two points in view). Canvas pixels are not DOM: these attributes are the DOM trace
 * that the bench's DOM paint observer (dom-probe.mjs) reads for a canvas chart.
 */
function markersPlugin(events, el) {
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
        let lines = 0;
        for (let s = 1; s < u.series.length; s++) {
          const [i0, i1] = u.series[s].idxs ?? [0, -1];
          if (u.series[s].show && i1 - i0 >= 1) lines++;
        }
        el.dataset.lines = String(lines);
        el.dataset.markers = String(drawn);
      },
    },
  };
}

/**
 * Draws `data` (uPlot aligned data: x in seconds, one y array per pair, null = no observation) into
 * `[data-testid="timeline-chart"]` at the size in the URL (?w=&h=, the app's chart size), exposes
 * `window.__krwLens.setRange` as the app's automation build does, and gives the bench's first paint
 * signal like the app (returns the uPlot instance; `pairs` and `extra` series replace the four pairs): `data-ready="true"` and `performance.mark('krw:chart-painted')` in a
 * requestAnimationFrame after the chart is drawn.
 */
export function drawChart(data, events, { pairs = PAIRS, extra = [] } = {}) {
  const q = new URLSearchParams(location.search);
  const width = Number(q.get('w')) || 1200;
  const height = Number(q.get('h')) || 420;
  const el = document.querySelector('[data-testid="timeline-chart"]');
  let draws = 0;
  const u = new uPlot(
    {
      width,
      height,
      legend: { show: false },
      cursor: { drag: { x: true, y: false, setScale: true } },
      scales: { x: { time: true }, y: { auto: true }, y2: { auto: true } },
      axes: [{}, { scale: 'y', size: 64 }, { scale: 'y2', side: 1, size: 64, grid: { show: false } }],
      series: [{}, ...[...pairs, ...extra].map((p) => ({ label: p.id, scale: p.scale, stroke: p.color, width: 1.5, spanGaps: true, points: { show: false } }))],
      plugins: [
        markersPlugin(events, el),
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
  };
  window.__benchRangeKey = () => `${u.scales.x.min}..${u.scales.x.max}`;
  el.dataset.points = String(data[0].length * pairs.length);
  requestAnimationFrame(() => {
    el.dataset.ready = 'true';
    performance.mark('krw:chart-painted');
  });
  return u;
}

/** Runs the page's main; an error is put on <body data-error> and rethrown. */
export function run(main) {
  main().catch((e) => {
    document.body.dataset.error = String(e && e.message ? e.message : e);
    throw e;
  });
}
