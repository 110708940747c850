import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, chartReady, markerIds, newPage, useServerAndBrowser } from './harness.mjs';

const SHOTS = join(ROOT, 'test/e2e/artifacts');
mkdirSync(SHOTS, { recursive: true });

const env = useServerAndBrowser();

/** The list's count line ("N in view · M in all" / "N in view · M of T in all"): the events matching the filters, of all. */
async function counts(page) {
  // The line reads "N events" until the list knows the range shown (a frame after the chart's paint).
  await page.locator('.event-count', { hasText: 'in view' }).waitFor();
  const text = await page.locator('.event-count').textContent();
  const n = text.match(/\d+/g).map(Number);
  return n.length === 2 ? { shown: n[1], total: n[1] } : { shown: n[1], total: n[2] };
}

describe('event importance', () => {
  it('shows every built-in event with its level, and imp=3 keeps only the major ones, in the list and on the chart', async () => {
    const page = await newPage(env.browser);
    await page.goto(`${env.server.url}?source=snapshot&from=2006-01-01&to=2025-12-31`);
    await chartReady(page);
    const all = await counts(page);
    assert.ok(all.total >= 160, `only ${all.total} built-in events`);
    await page.waitForFunction(() => document.querySelectorAll('.event-item .importance').length > 0);
    const levels = await page.locator('.event-item .importance').evaluateAll((els) => els.map((e) => e.getAttribute('data-importance')));
    assert.ok(levels.every((l) => ['1', '2', '3'].includes(l)), 'a built-in event without a rating');
    await page.screenshot({ path: join(SHOTS, 'importance-all.png') });

    await page.goto(`${env.server.url}?source=snapshot&from=2006-01-01&to=2025-12-31&imp=3`);
    await chartReady(page);
    const major = await counts(page);
    assert.equal(major.total, all.total);
    assert.ok(major.shown > 0 && major.shown < all.total, `${major.shown} of ${major.total}`);
    await page.waitForFunction((n) => document.querySelectorAll('.event-item').length === n, major.shown);
    const listed = await page.locator('.event-item .importance').evaluateAll((els) => els.map((e) => e.getAttribute('data-importance')));
    assert.deepEqual([...new Set(listed)], ['3']);
    const ids = await markerIds(page);
    assert.equal(ids.length, major.shown, 'the chart draws the events the list shows');
    const singles = await page.locator('[data-event-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-importance')));
    assert.ok(singles.every((l) => l === '3'));
    assert.equal(await page.getByRole('combobox', { name: 'Minimum importance' }).inputValue(), '3');
    await page.screenshot({ path: join(SHOTS, 'importance-major.png') });
    assert.deepEqual(page.errors, []);
  });

  it('drops a bad imp with a notice that names it and shows every event', async () => {
    const page = await newPage(env.browser);
    await page.goto(`${env.server.url}?source=snapshot&imp=9`);
    await chartReady(page);
    await assert.doesNotReject(page.getByText(/imp="9": expected a minimum importance of 1, 2 or 3/).first().waitFor());
    const c = await counts(page);
    assert.equal(c.shown, c.total);
    assert.deepEqual(page.errors, []);
  });

  it("says plainly where the bundled data end: a labelled shaded span on the chart and \"after this source's data\" in the list", async () => {
    const page = await newPage(env.browser);
    await page.goto(`${env.server.url}?source=snapshot&from=2024-01-01&to=2025-12-31`);
    await chartReady(page);
    const span = page.getByTestId('no-data-span');
    await assert.doesNotReject(span.waitFor());
    assert.match(await span.getAttribute('aria-label'), /^No Federal Reserve H\.10 figures after 2024-11-29: .*npm run data:update/);
    await page.waitForFunction(() => document.querySelectorAll('.after-data-badge').length > 0);
    const after = await page.locator('.event-item:has(.after-data-badge) .event-item-date').allTextContents();
    const before = await page.locator('.event-item:not(:has(.after-data-badge)) .event-item-date').allTextContents();
    assert.ok(after.length > 0 && after.every((d) => d > '2024-11-29'), after.join(' '));
    assert.ok(before.every((d) => d <= '2024-11-29'), before.join(' '));
    await page.screenshot({ path: join(SHOTS, 'data-end.png') });
    assert.deepEqual(page.errors, []);
  });
});
