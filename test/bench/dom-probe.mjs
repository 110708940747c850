// The bench's second paint signal, which no page emits itself: an observer in the page (an init
// script, installed identically in the app and in both uPlot baselines before any of their code)
// that finds the first frame whose DOM shows the chart — its lines and at least `events` event ids —
// and takes the time of the first task after that frame's paint.
//
// What "shows" means (`[data-testid="timeline-chart"]`, the first one in the document):
//  - SVG chart (the app): at least `lines` `path[data-line]` elements whose `d` attribute is at least
//    `minPath` characters long (a drawn line, not an empty or placeholder path), and at least
//    `events` distinct event ids among `[data-event-id]` (single markers) and the space-separated
//    `[data-event-ids]` (cluster badges) inside the container;
//  - canvas chart (the baselines): canvas pixels are not DOM, so the page's draw hook, which uPlot
//    calls after it has drawn the axes and the series, draws the event lines and then writes what
//    the canvas holds on the container: `data-lines` (series drawn) and `data-markers` (events
//    drawn). The same thresholds apply to those numbers.
//
// When: a MutationObserver (document-wide, from before the first byte of the page's code) checks
// the condition after each batch of DOM changes. When it first holds, the change that made it
// hold will be painted in the next frame — or in the current one, when the change was made inside
// a requestAnimationFrame callback (rAF is wrapped to know). The probe then waits for that frame
// (a requestAnimationFrame callback, unless already inside one) and posts a MessageChannel task from
// it: that task runs after the frame's style, layout and paint. Its `performance.now()` (ms from
// navigation start) is `__benchDom.painted`; the CDP binding `__benchDomPainted` is called too.
export function domPaintProbe(want) {
  const { lines: wantLines = 4, events: wantEvents = 60, minPath = 200 } = want ?? {};
  const D = (window.__benchDom = { want: { lines: wantLines, events: wantEvents, minPath }, metAt: null, painted: null, checks: 0, inRafAtMet: null, seen: null });
  const CHART = '[data-testid="timeline-chart"]';

  // Which callbacks run inside a frame: the flag is cleared in a microtask queued after the
  // callback returns, so a MutationObserver delivery queued during the callback still sees it.
  let inRaf = false;
  const origRaf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (cb) =>
    origRaf((ts) => {
      inRaf = true;
      try {
        cb(ts);
      } finally {
        queueMicrotask(() => {
          inRaf = false;
        });
      }
    });

  function shows() {
    const el = document.querySelector(CHART);
    if (!el) return null;
    let lines;
    let events;
    if (el.dataset.lines !== undefined || el.dataset.markers !== undefined) {
      lines = Number(el.dataset.lines) || 0;
      events = Number(el.dataset.markers) || 0;
    } else {
      lines = 0;
      for (const p of el.querySelectorAll('path[data-line]')) if ((p.getAttribute('d') ?? '').length >= minPath) lines++;
      const ids = new Set();
      for (const m of el.querySelectorAll('[data-event-id]')) ids.add(m.getAttribute('data-event-id'));
      for (const c of el.querySelectorAll('[data-event-ids]')) for (const id of c.getAttribute('data-event-ids').split(' ')) if (id) ids.add(id);
      events = ids.size;
    }
    return { lines, events };
  }

  const afterPaint = () => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      D.painted = performance.now();
      if (typeof window.__benchDomPainted === 'function') window.__benchDomPainted(String(D.painted));
    };
    ch.port2.postMessage(null);
  };

  const mo = new MutationObserver(() => {
    if (D.metAt !== null) return;
    D.checks++;
    const s = shows();
    if (!s || s.lines < wantLines || s.events < wantEvents) return;
    D.metAt = performance.now();
    D.seen = s;
    D.inRafAtMet = inRaf;
    mo.disconnect();
    window.requestAnimationFrame = origRaf; // no wrapper while the bench zooms
    if (inRaf) afterPaint(); // this frame paints the change
    else origRaf(afterPaint); // the next frame does
  });
  mo.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['d', 'data-event-id', 'data-event-ids', 'data-lines', 'data-markers'] });
}
