// Hostile rates data (issue #17, items 5–7): a damaged ECB cache, an answer whose figures are one
// ulp apart, and the embed's storage. The API is answered with Frankfurter's real shapes.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { frankfurterResponse } from '../../mocks/fixtures/frankfurter-responses.mjs';
import { encodeSnapshot } from '../../scripts/snapshot-codec.mjs';
import { ROOT, chartReady, newPage, useServerAndBrowser } from './harness.mjs';

const fixture = JSON.parse(readFileSync(join(ROOT, 'mocks/fixtures/frankfurter-v1.json'), 'utf8'));
const API = /^https:\/\/api\.frankfurter\.dev\//;
const CACHE_KEY = 'krw-lens:ecb-cache:v1';
const LIVE = 'Source: ECB reference rates, 14:15 Frankfurt, as of 2024-09-26';
/** The embed's credit line says the same in two parts: the source, and the as-of date (always whole). */
const embedLive = (page) => page.getByTestId('source-line').filter({ hasText: 'ECB reference rates' }).filter({ hasText: 'as of 2024-09-26' });

const env = useServerAndBrowser();

/** Answers the page's Frankfurter requests with a scenario of the shared fixture, or with `body` as Frankfurter sends JSON. */
async function answerApi(page, scenario, body) {
  // n: the pairs' request (symbols with KRW); basket: the study's basket, asked after the first paint.
  const calls = { n: 0, basket: 0 };
  await page.unroute(API).catch(() => undefined);
  await page.route(API, (route) => {
    if (/[?&]symbols=[^&]*KRW/.test(route.request().url())) calls.n++;
    else calls.basket++;
    const a = frankfurterResponse('normal', fixture, route.request().url());
    if (scenario === 'body') return route.fulfill({ status: 200, headers: a.headers, body: JSON.stringify(body) });
    return route.fulfill({ status: a.status, headers: a.headers, body: a.body });
  });
  return calls;
}

/** The fixture's rows as the app caches them (the compact snapshot format), with any fetchedAt. */
function cacheEntry(fetchedAt) {
  const rows = Object.keys(fixture.rates)
    .sort()
    .map((date) => ({ date, ...fixture.rates[date] }));
  return JSON.stringify({ version: 1, file: encodeSnapshot(rows, { source: 'test', fix: '14:15 Europe/Berlin', fetchedAt }, ['KRW', 'JPY', 'CNY', 'EUR']) });
}

/** Opens the app's origin (a missing file) so its localStorage can be set before the app loads. */
async function seedStorage(page, entries) {
  await page.goto(`${env.server.url}seed-storage`);
  await page.evaluate((e) => {
    localStorage.clear();
    for (const [k, v] of Object.entries(e)) localStorage.setItem(k, v);
  }, entries);
}

const storage = (page) => page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));
/** Lets the effects of the last render run (one frame, then a task). */
const settle = (page) => page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0))));

describe('hostile rates data never blanks or freezes the page', () => {
  it('a cached entry fetched "in 9999" is discarded with a notice; live rates are charted and cached instead', async () => {
    const page = await newPage(env.browser);
    const calls = await answerApi(page, 'normal');
    await seedStorage(page, { [CACHE_KEY]: cacheEntry('9999-12-31T00:00:00.000Z') });
    await page.goto(`${env.server.url}?pairs=USDKRW,JPYKRW`);
    await chartReady(page);
    await page.getByText(LIVE).waitFor();
    const why = 'The cached ECB rates were discarded: fetchedAt "9999-12-31T00:00:00.000Z" is in the future.';
    await page.getByRole('status').filter({ hasText: why }).waitFor();
    assert.equal(calls.n, 1);
    const stored = JSON.parse((await storage(page))[CACHE_KEY]);
    assert.ok(Date.parse(stored.file.fetchedAt) <= Date.now(), `the good answer replaced it: ${stored.file.fetchedAt}`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('an answer with two days one ulp apart renders at once and is not cached', async () => {
    const page = await newPage(env.browser);
    const ulp = {
      amount: 1.0,
      base: 'USD',
      start_date: '2024-09-25',
      end_date: '2024-09-26',
      rates: {
        '2024-09-25': { CNY: 7.0225, EUR: 0.89493, JPY: 143.47, KRW: 1300 },
        '2024-09-26': { CNY: 7.0225, EUR: 0.89493, JPY: 143.47, KRW: 1300.0000000000002 },
      },
    };
    assert.notEqual(ulp.rates['2024-09-26'].KRW, 1300);
    await answerApi(page, 'body', ulp);
    const t0 = Date.now();
    await page.goto(`${env.server.url}?pairs=USDKRW&source=ecb`);
    // Before the fix the tick loop froze the page for 25–33 s, then threw "Invalid array length".
    await page.waitForSelector('[data-testid="timeline-chart"][data-ready="true"]', { timeout: 8_000 });
    await page.getByText(LIVE).waitFor({ timeout: 2_000 });
    const ms = Date.now() - t0;
    const labels = await page.locator('[data-testid="timeline-chart"] .value-axis-left text').allTextContents();
    // 1300 ± 1 %, in steps of 10: 1,280 … 1,320.
    assert.deepEqual(labels, ['1,280', '1,290', '1,300', '1,310', '1,320']);
    await settle(page);
    assert.equal((await storage(page))[CACHE_KEY], undefined, 'the answer that cannot be stored exactly is not cached');
    assert.deepEqual(page.errors, []);
    console.log(`one-ulp answer: chart ready ${ms} ms after navigation`);
    await page.context().close();
  });

  it('the embed writes nothing to storage (the full view does)', async () => {
    const page = await newPage(env.browser);
    await answerApi(page, 'normal');
    await seedStorage(page, {});
    await page.goto(`${env.server.url}?embed=1&pairs=USDKRW`);
    await chartReady(page);
    await embedLive(page).waitFor();
    await settle(page);
    assert.deepEqual(await storage(page), {}, 'the embed wrote nothing');

    // Nor does it remove a cache entry it discards.
    const seeded = { [CACHE_KEY]: cacheEntry('9999-12-31T00:00:00.000Z') };
    await seedStorage(page, seeded);
    await page.goto(`${env.server.url}?embed=1&pairs=USDKRW`);
    await chartReady(page);
    await embedLive(page).waitFor();
    await settle(page);
    assert.deepEqual(await storage(page), seeded, 'the embed left storage as it was');

    // The same answer in the full view is cached: the check above can fail.
    await page.goto(`${env.server.url}?pairs=USDKRW`);
    await page.getByText(LIVE).waitFor();
    await page.waitForFunction((k) => localStorage.getItem(k) !== null, CACHE_KEY);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
});
