// Browser-side instrumentation for the benchmark. `benchProbe` is injected as an
// init script (its source is stringified), so it must be self-contained.
// It is installed identically in the app and in the uPlot baseline page.
//
// - Paint signal: both pages call performance.mark('krw:chart-painted') in a
//   requestAnimationFrame after their first render with data. The probe wraps
//   performance.mark and posts a task from inside that frame; the task runs after
//   the frame's style/layout/paint, so `painted` is "chart painted" on the
//   main thread (navigation start = 0). That task also calls the CDP binding
//   `__benchPainted` when the harness has added it.
// - The app's own chart: the app marks 'krw:app-chart-painted' in the frame that shows its chart
//   (the one that takes input); `appPainted` is the task after that frame, like `painted`. Without
//   the early first frame it is the same frame as the paint signal's.
// - Input to next paint: a MutationObserver on the chart container records DOM
//   changes (the app re-renders SVG; the baseline's draw hook bumps an attribute
//   after each canvas redraw). After an input at t0 the probe waits frame by
//   frame (rAF + posted task = after that frame's paint); the latency is the
//   after-paint time of the last frame that changed the chart, once 3 frames in
//   a row have passed without change.

export function benchProbe() {
  const CHART = '[data-testid="timeline-chart"]';
  const B = (window.__bench = { painted: null, markAt: null, appPainted: null, pending: null });

  const afterFrame = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => resolve(performance.now());
        ch.port2.postMessage(null);
      }),
    );

  const origMark = performance.mark.bind(performance);
  performance.mark = function mark(name, ...rest) {
    const entry = origMark(name, ...rest);
    if (name === 'krw:chart-painted' && B.markAt === null) {
      B.markAt = entry ? entry.startTime : performance.now();
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        B.painted = performance.now();
        // The harness's CDP binding (Runtime.addBinding), when there is one: the bench learns of the
        // paint without Playwright's selector engine being injected into the page while it loads.
        if (typeof window.__benchPainted === 'function') window.__benchPainted(String(B.painted));
      };
      ch.port2.postMessage(null);
    }
    // The app's own chart (it takes input): after the early first frame (src/app/first-frame.ts),
    // which marks krw:chart-painted alone, React's chart marks this in the frame that shows it.
    if (name === 'krw:app-chart-painted' && B.appPainted === null) {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        B.appPainted = performance.now();
      };
      ch.port2.postMessage(null);
    }
    return entry;
  };

  // Scale case only (window.__benchWatch is set by an init script before this one, see scale.mjs):
  // the first paint of one line (a path with its `d` set: an imported series arrives from
  // IndexedDB after the chart's first paint), checked once a frame, timed after that frame's paint
  // like the paint signal; and the page's long tasks, to know when it has settled.
  if (typeof window.__benchWatch === 'string') {
    const sel = window.__benchWatch;
    B.linePainted = null;
    B.longTasks = [];
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) B.longTasks.push([e.startTime, e.duration]);
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // no Long Tasks API: quiet() waits its minimum only
    }
    const look = () =>
      requestAnimationFrame(() => {
        const d = document.querySelector(sel)?.getAttribute('d');
        if (!d || d.length < 2) return look();
        const ch = new MessageChannel();
        ch.port1.onmessage = () => {
          B.linePainted = performance.now();
        };
        ch.port2.postMessage(null);
      });
    look();
  }

  /** Waits (frame by frame) until no long task has ended for `quietMs`, at most `maxMs`; the time waited. */
  B.quiet = async (quietMs, maxMs) => {
    const t0 = performance.now();
    for (;;) {
      const now = await afterFrame();
      const lt = B.longTasks ?? [];
      const lastEnd = lt.reduce((m, [s, d]) => Math.max(m, s + d), 0);
      if ((now - Math.max(lastEnd, t0) >= quietMs) || now - t0 > maxMs) return now - t0;
    }
  };

  let target = null;
  let mo = null;
  let dirty = false;
  function observe() {
    const el = document.querySelector(CHART);
    if (!el) throw new Error('chart container not found');
    if (el !== target) {
      if (mo) mo.disconnect();
      target = el;
      mo = new MutationObserver(() => {
        dirty = true;
      });
      mo.observe(el, { subtree: true, childList: true, attributes: true, characterData: true });
    }
    mo.takeRecords();
    dirty = false;
  }

  async function settle(t0) {
    let last = null;
    let idle = 0;
    let frames = 0;
    for (;;) {
      const tp = await afterFrame();
      frames++;
      if (mo && mo.takeRecords().length) dirty = true;
      if (dirty) {
        dirty = false;
        last = tp;
        idle = 0;
      } else if (last !== null) {
        if (++idle >= 3) break;
      } else if (tp - t0 > 2000) {
        break; // nothing changed within 2 s of the input
      }
      if (tp - t0 > 10000) break;
    }
    return { ms: last === null ? null : last - t0, frames };
  }

  function rangeKey() {
    if (typeof window.__benchRangeKey === 'function') return window.__benchRangeKey();
    const q = new URLSearchParams(location.search);
    return `${q.get('from')}..${q.get('to')}`;
  }
  B.rangeKey = rangeKey;

  /** Programmatic zoom: window.__krwLens.setRange, else pushState + popstate. */
  B.zoomTo = async (from, to) => {
    observe();
    const before = rangeKey();
    let via;
    const t0 = performance.now();
    if (window.__krwLens && typeof window.__krwLens.setRange === 'function') {
      via = 'setRange';
      window.__krwLens.setRange(from, to);
    } else {
      via = 'popstate';
      const q = new URLSearchParams(location.search);
      q.set('from', from);
      q.set('to', to);
      history.pushState(null, '', `?${q}`);
      dispatchEvent(new PopStateEvent('popstate'));
    }
    const r = await settle(t0);
    return { ...r, via, changed: rangeKey() !== before, range: rangeKey() };
  };

  /** Arms a one-shot measurement from the next mouseup (its event timestamp) to the settled paint. */
  B.armMouseUp = () => {
    observe();
    const before = rangeKey();
    B.pending = new Promise((resolve) => {
      window.addEventListener(
        'mouseup',
        (e) => {
          mo.takeRecords();
          dirty = false;
          const t0 = e.timeStamp;
          void settle(t0).then((r) => resolve({ ...r, via: 'drag', changed: rangeKey() !== before, range: rangeKey() }));
        },
        { capture: true, once: true },
      );
    });
    return true;
  };
  B.result = () => B.pending;

  /** Waits n frames (after paint). */
  B.frames = async (n) => {
    for (let i = 0; i < n; i++) await afterFrame();
    return true;
  };

  /** The plot area in page coordinates (app: the chart's interaction rect over the plot; baseline: uPlot's overlay). */
  B.plotBox = () => {
    const el =
      document.querySelector(`${CHART} .u-over`) ||
      document.querySelector(`${CHART} .plot-hit`) ||
      document.querySelector(`${CHART} .plot-surface, ${CHART} .recharts-surface`);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  };

  /**
   * The x nearest to `x` (within `maxShift` px) where a mouse down at (x, y) lands on the plot's own
   * interaction rect, not on an event marker's hit column above it (dense events cover much of the
   * plot); null when there is none.
   */
  B.freeX = (x, y, maxShift) => {
    const free = (px) => {
      const el = document.elementFromPoint(px, y);
      return !!el && (el.classList.contains('plot-hit') || el.classList.contains('u-over'));
    };
    for (let d = 0; d <= maxShift; d++) {
      if (free(x - d)) return x - d;
      if (free(x + d)) return x + d;
    }
    return null;
  };

  /** Events drawn on the chart (app: singles and cluster members; baseline: its data-markers). */
  B.markerCount = () => {
    const el = document.querySelector(CHART);
    if (!el) return null;
    if (el.dataset.markers !== undefined) return Number(el.dataset.markers);
    let n = el.querySelectorAll('[data-event-id]').length;
    for (const c of el.querySelectorAll('[data-event-ids]')) n += c.getAttribute('data-event-ids').split(' ').length;
    return n;
  };

  /** The size of the drawn chart (app: the Recharts SVG; baseline: uPlot's root). */
  B.chartSize = () => {
    const el = document.querySelector(`${CHART} .plot-surface, ${CHART} .recharts-surface`) || document.querySelector(`${CHART} .uplot`);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { width: Math.round(r.width), height: Math.round(r.height) };
  };
}
