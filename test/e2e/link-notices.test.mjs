// A link that asks for what the data cannot give gets notices (full view and embed), each at most
// 300 characters; the automation hook is in the automation build only, never in the production dist/.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST, PROD_DIST, ROOT, chartReady, newPage, useServerAndBrowser } from './harness.mjs';

const SHOTS = join(ROOT, 'test/e2e/artifacts');
const ACTOR = 'Q'.repeat(10_240); // a 10 KB actor that no event has (the test server takes URLs up to 16 KB)
const LINK = `?source=snapshot&from=1900-01-01&event=nope&actor=${encodeURIComponent(ACTOR)}`;

const env = useServerAndBrowser();

/** Every file under `dir`, recursively. */
async function files(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath ?? e.path, e.name));
}

async function filesContaining(dir, needle) {
  const hits = [];
  for (const f of await files(dir)) if ((await readFile(f, 'latin1')).includes(needle)) hits.push(f);
  return hits;
}

describe('notices for a link the data cannot satisfy', () => {
  it('full view: says a from before the data, an unknown event and an unknown 10 KB actor, each ≤ 300 characters', async () => {
    const page = await newPage(env.browser);
    await page.goto(`${env.server.url}${LINK}`);
    await chartReady(page);
    const list = page.getByRole('status').getByRole('list', { name: 'Notices' });
    await list.getByText('Link: event=nope: no such event; nothing selected').waitFor();
    await list.getByText('Link: from=1900-01-01 is before the first observation (1981-04-13); showing from 1981-04-13').waitFor();
    await list.getByText(/^Link: actor="Q+…": no event has this actor/).waitFor();
    const texts = await list.getByRole('listitem').allTextContents();
    assert.equal(texts.length, 3, texts.join('\n'));
    for (const t of texts) assert.ok(t.replace(/×$/, '').length <= 300, `${t.length} characters: ${t.slice(0, 80)}…`);
    // The page renders: the range shown starts at the first observation, the actor filter can be cleared.
    assert.equal(await page.getByLabel('From date', { exact: true }).inputValue(), '1981-04-13');
    const count = page.locator('.event-count');
    await count.getByText(/^0 in view · 0 of \d+ in all$/).waitFor();
    await page.getByRole('combobox', { name: 'Filter events by actor' }).selectOption('');
    await count.getByText(/^\d+ in view · \d+ in all$/).waitFor();
    assert.deepEqual(page.errors, []);
  });

  it('embed at 320×200: one notice line (latest, "+N more", dismissible) and no scroll bars', async () => {
    const page = await newPage(env.browser, { viewport: { width: 320, height: 200 } });
    await page.goto(`${env.server.url}${LINK}&embed=1`);
    await chartReady(page);
    const line = page.locator('.notice-line');
    await line.getByText(/\+2 more/).waitFor();
    assert.equal(await page.getByRole('status').count(), 1);
    const box = await page.evaluate(() => {
      const r = (sel) => document.querySelector(sel).getBoundingClientRect();
      const el = document.documentElement;
      const text = document.querySelector('.notice-line-text');
      return {
        sw: el.scrollWidth, sh: el.scrollHeight, cw: el.clientWidth, ch: el.clientHeight,
        line: r('.notice-line'), chart: r('[data-testid="timeline-chart"]'), foot: r('.embed-foot'),
        lineHeight: parseFloat(getComputedStyle(text).lineHeight) || 16,
        app: { sh: document.querySelector('.embed-view').scrollHeight, ch: document.querySelector('.embed-view').clientHeight },
      };
    });
    assert.ok(box.sw <= box.cw && box.sh <= box.ch, `page scrolls: ${box.sw}×${box.sh} in ${box.cw}×${box.ch}`);
    assert.ok(box.app.sh <= box.app.ch, `embed content ${box.app.sh} px high in ${box.app.ch} px: something is cut off`);
    assert.ok(box.line.height < 2 * box.lineHeight, `notice line ${box.line.height} px high: more than one line`);
    assert.ok(box.line.bottom <= box.chart.top + 0.5, 'the notice line overlaps the chart');
    assert.ok(box.chart.bottom <= box.foot.top + 0.5 && box.foot.bottom <= box.ch, 'the chart or its foot is pushed out of the frame');
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'embed-320x200-notice.png') });
    // × dismisses the notice shown; the next latest takes its place.
    const first = await line.locator('.notice-line-text').textContent();
    await line.getByRole('button', { name: /^Dismiss notice: / }).click();
    await line.getByText(/\+1 more/).waitFor();
    assert.notEqual(await line.locator('.notice-line-text').textContent(), first);
    assert.deepEqual(page.errors, []);
  });
});

describe('the automation hook (window.__krwLens)', () => {
  it('is in the automation build the tests drive, and nowhere in the production dist/', async () => {
    assert.notEqual(DIST, PROD_DIST, 'the end-to-end tests must drive the automation build, not dist/');
    assert.ok((await filesContaining(DIST, '__krwLens')).length > 0, `${DIST} has no __krwLens: is it the automation build?`);
    const prod = await files(PROD_DIST).catch(() => {
      throw new Error(`${PROD_DIST} is missing: run "npm run build" first`);
    });
    assert.ok(prod.some((f) => f.endsWith('.js')), `${PROD_DIST} holds no script`);
    assert.deepEqual(await filesContaining(PROD_DIST, '__krwLens'), [], 'the production build carries the automation hook');
    const page = await newPage(env.browser);
    await page.goto(`${env.server.url}?source=snapshot`);
    await chartReady(page);
    assert.equal(await page.evaluate(() => typeof window.__krwLens?.setRange), 'function');
  });
});
