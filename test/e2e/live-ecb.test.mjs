import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { frankfurterResponse } from '../../mocks/fixtures/frankfurter-responses.mjs';
import { ROOT, chartReady, downloadText, newPage, useServerAndBrowser } from './harness.mjs';

const fixture = JSON.parse(readFileSync(join(ROOT, 'mocks/fixtures/frankfurter-v1.json'), 'utf8'));
const API = /^https:\/\/api\.frankfurter\.dev\//;

const env = useServerAndBrowser();

/**
 * Answers the page's Frankfurter requests with a scenario (Frankfurter's real shapes) and counts them:
 * `n` the pairs' request (its symbols hold KRW), `basket` the study's regional basket (asked after the
 * first paint, without KRW).
 */
async function answerApi(page, scenario, options) {
  const calls = { n: 0, basket: 0, scenario };
  await page.unroute(API).catch(() => undefined);
  await page.route(API, async (route) => {
    if (/[?&]symbols=[^&]*KRW/.test(route.request().url())) calls.n++;
    else calls.basket++;
    const a = frankfurterResponse(calls.scenario, fixture, route.request().url(), options);
    if (a.networkError) return route.abort('internetdisconnected');
    if (a.delayMs) await new Promise((ok) => setTimeout(ok, a.delayMs));
    return route.fulfill({ status: a.status, headers: a.headers, body: a.body });
  });
  return calls;
}

describe('live ECB rates through the Frankfurter API', () => {
  it('charts ECB figures, says so, exports them, and makes one request however much you zoom', async () => {
    const page = await newPage(env.browser);
    const calls = await answerApi(page, 'normal');
    await page.goto(`${env.server.url}?pairs=USDKRW,JPYKRW`);
    await chartReady(page);
    await page.getByText('Source: ECB reference rates, 14:15 Frankfurt, as of 2024-09-26').waitFor();
    for (const q of ['1M', '3M', 'Max', '1M', 'Max']) await page.getByRole('button', { name: q, exact: true }).click();
    for (const [f, t] of [['2024-08-01', '2024-08-31'], ['2024-07-15', '2024-09-15'], ['2024-07-09', '2024-09-26']]) {
      await page.evaluate(([a, b]) => window.__krwLens.setRange(a, b), [f, t]);
      await chartReady(page);
    }
    assert.equal(calls.n, 1, `${calls.n} requests for one session of zooming`);
    assert.ok(calls.basket <= 1, `${calls.basket} basket requests for one session of zooming`);
    const { text } = await downloadText(page, 'Download data CSV');
    const lines = text.trim().split('\n');
    assert.equal(lines[0], 'date,USDKRW,JPYKRW');
    const last = fixture.rates['2024-09-26'];
    assert.equal(lines.at(-1), `2024-09-26,${last.KRW},${(last.KRW / last.JPY) * 100}`);
    assert.equal(lines.length - 1, Object.keys(fixture.rates).length);
    assert.deepEqual(page.errors, []);
  });

  it('falls back to the snapshot with a notice when the API answers garbage', async () => {
    const page = await newPage(env.browser);
    const calls = await answerApi(page, 'malformed');
    await page.goto(`${env.server.url}`);
    await chartReady(page);
    await page.getByText(/as of 2024-11-29/).first().waitFor();
    const notice = page.getByRole('status').filter({ hasText: /ECB/ });
    await notice.first().waitFor();
    assert.match(await notice.first().textContent(), /H\.10/);
    assert.equal(calls.n, 1, 'malformed answers are not retried');
    await page.getByRole('button', { name: /Dismiss notice: .*ECB/ }).click();
    assert.equal(await page.getByRole('status').filter({ hasText: /ECB/ }).count(), 0);
    assert.deepEqual(page.errors, []);
  });

  it('retries a 500 a bounded number of times, then falls back without a page error', async () => {
    const page = await newPage(env.browser);
    const calls = await answerApi(page, '500');
    await page.goto(`${env.server.url}?source=ecb`);
    await chartReady(page);
    await page.getByRole('status').filter({ hasText: /HTTP 500/ }).first().waitFor({ timeout: 30_000 });
    assert.ok(calls.n >= 2 && calls.n <= 4, `${calls.n} requests`);
    await page.waitForTimeout(1500);
    assert.ok(calls.n <= 4, `request storm: ${calls.n}`);
    await page.getByText(/as of 2024-11-29/).first().waitFor();
    assert.deepEqual(page.errors, []);
  });

  it('shows the cached ECB data, labelled, when a reload finds the API down', async () => {
    const page = await newPage(env.browser);
    const calls = await answerApi(page, 'normal');
    await page.goto(`${env.server.url}`);
    await page.getByText(/ECB reference rates, 14:15 Frankfurt, as of 2024-09-26/).waitFor();
    calls.scenario = 'offline';
    await page.reload();
    await chartReady(page);
    await page.getByText(/ECB reference rates, 14:15 Frankfurt, cached, as of 2024-09-26/).waitFor();
    assert.deepEqual(page.errors, []);
  });
});
