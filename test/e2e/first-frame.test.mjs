// The early first frame (src/app/first-frame.ts): for a link on the bundled snapshot, a small entry
// draws the page's header, toolbar and chart before the app has loaded; React then replaces it.
// Held to the app's own first render: the same chart box, the same line paths, the same event
// markers at the same places, the same axis labels, the same legend — in English and in Korean,
// light and dark, wide and narrow. The first frame is held on screen by never answering the app's
// chunk (main-*.js); the app's chart is read from a second, normal load of the same link.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chartReady, newPage, useServerAndBrowser } from './harness.mjs';

const SHOTS = process.env.SHOTS_DIR ?? '/work/notes/shots';
mkdirSync(SHOTS, { recursive: true });

const env = useServerAndBrowser();

/** What the chart shows, read from its DOM: box, lines, markers (id → x), axis labels, legend text. */
function readChart() {
  const chart = document.querySelector('[data-testid="timeline-chart"]');
  const r = chart.getBoundingClientRect();
  const svg = chart.querySelector('svg.plot-surface');
  const s = svg.getBoundingClientRect();
  const x = (g) => Number(/translate\(([-\d.e]+)/.exec(g.getAttribute('transform'))[1]).toFixed(3);
  return {
    box: [r.x, r.y, r.width].map((v) => v.toFixed(1)).join(' '),
    plot: [s.x, s.y, s.width, s.height].map((v) => v.toFixed(1)).join(' '),
    lines: Object.fromEntries([...svg.querySelectorAll('path[data-line]')].map((p) => [p.getAttribute('data-line'), p.getAttribute('d')])),
    markers: [...svg.querySelectorAll('[data-event-id]')].map((g) => `${g.getAttribute('data-event-id')}@${x(g)}`),
    clusters: [...svg.querySelectorAll('[data-event-ids]')].map((g) => `${g.getAttribute('data-event-ids')}@${x(g)}`),
    ticks: [...svg.querySelectorAll('.chart-axes text')].map((t) => `${t.textContent}@${Number(t.getAttribute('x')).toFixed(1)},${Number(t.getAttribute('y')).toFixed(1)}`),
    legend: chart.querySelector('.chart-legend').textContent,
    points: chart.dataset.points,
  };
}

async function firstFrame(link, viewport) {
  const page = await newPage(env.browser, { viewport });
  // The app's chunk never comes: the first frame stays.
  await page.route(/\/assets\/main-[^/]*\.js$/, () => {});
  await page.goto(`${env.server.url}${link}`);
  await page.waitForSelector('[data-first-frame] svg.plot-surface');
  const seen = await page.evaluate(readChart);
  const page2 = {
    inert: await page.evaluate(() => document.querySelector('.first-frame').inert),
    hidden: await page.evaluate(() => document.querySelector('.first-frame').getAttribute('aria-hidden')),
    status: await page.locator('[role="status"]').first().textContent(),
    marks: await page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name)),
  };
  return { seen, page, extra: page2 };
}

async function appFrame(link, viewport) {
  const page = await newPage(env.browser, { viewport });
  await page.goto(`${env.server.url}${link}`);
  await chartReady(page);
  const seen = await page.evaluate(readChart);
  return { seen, page };
}

const CASES = [
  {
    name: 'full history, four pairs, English, light, 1440×900',
    link: '?source=snapshot&pairs=USDKRW,JPYKRW,CNYKRW,EURKRW&from=1981-04-13&to=2024-11-29',
    viewport: { width: 1440, height: 900 },
    shot: 'first-frame-en',
  },
  {
    name: 'two pairs and two categories, Korean, dark, 700×900',
    link: '?source=snapshot&pairs=USDKRW,CNYKRW&from=2016-01-01&to=2020-12-31&cats=sanction,provocation&lang=ko&theme=dark',
    viewport: { width: 700, height: 900 },
    shot: 'first-frame-ko-dark',
  },
];

describe('the early first frame', () => {
  for (const c of CASES) {
    it(`draws what the app draws, where the app draws it: ${c.name}`, async () => {
      const first = await firstFrame(c.link, c.viewport);
      await first.page.screenshot({ path: join(SHOTS, `${c.shot}.png`) });
      const app = await appFrame(c.link, c.viewport);
      // Controls: the first frame did draw (lines, ≥ 60 event ids for the full history), and is not the app.
      assert.ok(Object.keys(first.seen.lines).length >= 2, JSON.stringify(Object.keys(first.seen.lines)));
      assert.ok(Object.values(first.seen.lines).every((d) => d.length > 200));
      assert.equal(await first.page.locator('[data-ready="true"]').count(), 0);
      assert.deepEqual(first.extra.marks, ['krw:chart-painted']);
      // Inert and hidden from assistive technology, which hears that the page is loading.
      assert.equal(first.extra.inert, true);
      assert.equal(first.extra.hidden, 'true');
      assert.ok(first.extra.status.trim().length > 0);
      // The same chart, at the same place.
      assert.equal(first.seen.box, app.seen.box);
      assert.equal(first.seen.plot, app.seen.plot);
      assert.deepEqual(first.seen.lines, app.seen.lines);
      assert.deepEqual(first.seen.markers, app.seen.markers);
      assert.deepEqual(first.seen.clusters, app.seen.clusters);
      assert.deepEqual(first.seen.ticks, app.seen.ticks);
      assert.equal(first.seen.legend, app.seen.legend);
      assert.equal(first.seen.points, app.seen.points);
      // The app's own chart marked its paint after the first frame's.
      const marks = await app.page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name));
      assert.deepEqual(marks.filter((m) => m.endsWith('chart-painted')), ['krw:chart-painted', 'krw:chart-painted', 'krw:app-chart-painted']);
      assert.deepEqual(first.page.errors, []);
      assert.deepEqual(app.page.errors, []);
      await first.page.context().close();
      await app.page.context().close();
    });
  }

  it('is not drawn for a link the app draws differently; the app starts at once', async () => {
    // Live rates (the default source), a selected event, and stored events of the user's own.
    for (const [link, setup] of [
      ['?pairs=USDKRW&from=2016-01-01&to=2020-12-31', null],
      ['?source=snapshot&pairs=USDKRW&from=2016-01-01&to=2020-12-31&event=2016-01-06-fourth-nuclear-test', null],
      ['?source=snapshot&pairs=USDKRW&from=2016-01-01&to=2020-12-31', () => localStorage.setItem('krw-lens:user-events', '{"version":1,"events":[]}')],
    ]) {
      const page = await newPage(env.browser);
      if (setup) await page.addInitScript(setup);
      await page.addInitScript(() => {
        window.__firstFrameSeen = false;
        new MutationObserver(() => {
          if (document.querySelector('[data-first-frame]')) window.__firstFrameSeen = true;
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(`${env.server.url}${link}`);
      await chartReady(page);
      assert.equal(await page.evaluate(() => window.__firstFrameSeen), false, link);
      await page.context().close();
    }
  });
});
