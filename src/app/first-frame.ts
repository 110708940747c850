// The page's entry: a small chunk that can show the chart before React and the rest of the app
// have loaded, then starts the app (main.tsx, its own chunk).
//
// For a link the app would draw from the bundled snapshot alone (first-frame-plan.ts), it reads the
// snapshot and the built-in events as the app does (the app's queries take both requests over, so
// each is read once), lays out the header and toolbar with the app's classes and words, measures the
// chart's box, and draws the chart's SVG (axes, lines, event markers) from the app's own chart model.
// After that frame has painted, the app loads (not before: its 400 kB held up this entry and the
// data on the network, and compiling it the main thread: the frame came ~40 ms later, measured);
// React's first render replaces this page with its own,
// the same at the same places, and with everything else. Any other link, or any failure here, starts
// the app at once, as before.
import './styles.css';
import { i18n, activateLang } from '../i18n/i18n';
import type { T } from '../i18n/use-t';
import { USER_EVENTS_KEY } from '../features/user-data/model/user-events-key';
import { requestSnapshotEarly } from '../features/rates/api/snapshot-request';
import { requestBuiltInEventsEarly } from '../features/events/api/built-in-request';
import { lastInstant } from '../features/rates/model/series';
import { filterEvents } from '../features/events/model/filter-events';
import { resolveRange } from '../features/timeline/model/range';
import { plotBoxOf } from '../features/timeline/model/chart-layout';
import { frameMargin } from '../features/timeline/model/chart-state';
import { hasRightAxis } from '../features/timeline/model/chart-rows';
import { shownSeries } from './shown-series-model';
import { firstFramePlan, wantsEarlyEcb } from './first-frame-plan';
import { ECB_CACHE_KEY } from '../features/rates/api/ecb-cache-key';
import { requestEcbEarly } from '../features/rates/api/ecb-request';
import { firstPage, legend } from './first-frame-page';
import { firstChartSvg } from './first-frame-chart';

/** The chart's height in the full view (full-view.tsx). */
const CHART_HEIGHT = 460;

/** Whether this browser holds cached ECB rates (read, not checked: the app checks them). */
function ecbCached(): boolean {
  try {
    return localStorage.getItem(ECB_CACHE_KEY) !== null;
  } catch {
    return false;
  }
}

function storedEvents(): string | null {
  try {
    return localStorage.getItem(USER_EVENTS_KEY);
  } catch {
    return 'unreadable';
  }
}

/** Draws the first frame when the link allows it; true when it did. */
async function drawFirstFrame(): Promise<boolean> {
  // `npm run dev:mock`: the data come through MSW's worker, which main.tsx starts.
  if (import.meta.env.MODE === 'mock') return false;
  const search = window.location.search;
  // The requests first (the app takes them over: with source=snapshot it needs both), then the
  // checks, the first read of localStorage among them, while the network works.
  // A link on live rates asks Frankfurter now: the answer, or the failure that brings the fallback,
  // is the longest wait of such a link, and the app's chunk takes ~150 ms more to load and start.
  if (wantsEarlyEcb(search, ecbCached())) requestEcbEarly();
  if (new URLSearchParams(search).get('source') === 'snapshot') {
    void requestSnapshotEarly().catch(() => undefined);
    void requestBuiltInEventsEarly().catch(() => undefined);
  }
  const plan = firstFramePlan(search, storedEvents(), navigator.languages);
  if (!plan.ok) return false;
  const { view, lang } = plan;
  const [bundle, builtIn] = await Promise.all([requestSnapshotEarly(), requestBuiltInEventsEarly(), activateLang(lang)]);
  // Problems in the built-in events are a notice above the chart in the app: a different layout.
  if (builtIn.problems.length) return false;
  const { series, first, last } = shownSeries(bundle, undefined, view.pairs, []);
  if (!series.length || !first || !last) return false;
  const all = builtIn.events;
  const lastEvent = all.length ? all[all.length - 1].date : '';
  const range = resolveRange(view.from, view.to, first, lastEvent > last ? lastEvent : last);
  const end = lastInstant(bundle);
  const events = filterEvents(all, { cats: view.cats, actor: view.actor, q: '', minImportance: view.imp });
  const t: T = (id, values) => i18n._(id, values as Record<string, unknown>);
  const root = document.getElementById('root');
  if (!root) return false;
  const before = [...root.childNodes];
  const page = firstPage(t, view, events.length, t('app.loadingRates'));
  root.replaceChildren(page.root);
  const width = Math.max(1, Math.round(page.chart.getBoundingClientRect().width));
  // The app shades the span after the data's end when it is a pixel wide or more, with words
  // (no-data-layer.tsx): such a view is left to the app.
  const plotWidth = plotBoxOf(width, CHART_HEIGHT, frameMargin(hasRightAxis(series), 'main')).width;
  if (end !== null && end < range.to && ((range.to - Math.max(range.from, end)) / (range.to - range.from)) * plotWidth >= 1) {
    root.replaceChildren(...before);
    return false;
  }
  const chart = firstChartSvg({ series, from: range.from, to: range.to, events, theme: view.theme, width, height: CHART_HEIGHT, lang });
  page.chart.dataset.points = String(chart.points);
  const frame = document.createElement('div');
  frame.className = 'plot-frame';
  frame.style.position = 'relative';
  frame.style.width = `${width}px`;
  frame.style.height = `${CHART_HEIGHT}px`;
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('class', 'plot-surface');
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(CHART_HEIGHT));
  svg.setAttribute('viewBox', `0 0 ${width} ${CHART_HEIGHT}`);
  svg.style.display = 'block';
  svg.innerHTML = chart.svg;
  frame.append(svg);
  page.chart.append(legend(t, series, chart.rightKeys), frame);
  // The same paint signal as the app's chart (timeline-chart.tsx), in the frame that shows it;
  // the app's own chart then marks `krw:app-chart-painted`.
  // The app is asked for after that frame's paint: a task posted from the frame, then one more, so
  // that what else waits for this paint (a posted task too) runs before the app's request.
  const afterTask = () =>
    new Promise<void>((done) => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => done();
      ch.port2.postMessage(null);
    });
  await new Promise<void>((done) =>
    requestAnimationFrame(() => {
      performance.mark('krw:chart-painted');
      void afterTask().then(afterTask).then(done);
    }),
  );
  return true;
}

async function start() {
  try {
    await drawFirstFrame();
  } catch {
    // The app draws everything itself, and says what went wrong.
  }
  await import('./main');
}

void start();
