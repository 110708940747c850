// Your own events without a full file: a date,title CSV imported through the preview (ids made
// from date and title, one category for the rows without one), an event added with the form,
// and both found again after a reload.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chartReady, markerIds, newPage, useServerAndBrowser } from './harness.mjs';

const env = useServerAndBrowser();

// Ids worked out by hand: slug of the title (or "event" when it has no ASCII letter or digit),
// the date, and the first 6 hex digits of FNV-1a over the UTF-16 of `${date}\n${title}`.
const IMPORTED = ['seoul-olympics-bid-note-1988-03-15-ecceb9', 'event-1988-06-01-7bbe6e'];
const ADDED = 'added-by-hand-1988-09-17-93b333';

// Scoped locators: queries over the whole page (hundreds of event rows) are slow here.
const yourEvents = (page, n) => page.locator('.toolbar-actions button', { hasText: `Your events (${n.toLocaleString('en-US')})` });
const notice = (page, text) => page.locator('.notices .notice', { hasText: text });

describe('your own events from a minimal file and the form', () => {
  it('imports a date,title CSV through the preview, adds an event with the form, and finds both after a reload', async () => {
    const page = await newPage(env.browser);
    // 1988 has no built-in event: every marker is one of ours.
    await page.goto(`${env.server.url}?source=snapshot&from=1988-01-01&to=1988-12-31`);
    await chartReady(page);

    const csv = 'Date,Title\n1988-03-15,Seoul Olympics bid note\n1988-06-01,환율 메모\n1988-06-01,환율 메모\n';
    await page.getByLabel('Events file to import (CSV or JSON)').setInputFiles({ name: 'analyst.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const preview = page.getByRole('dialog', { name: 'Import events from analyst.csv' });
    await preview.getByText('2 events found.').waitFor();
    await preview.getByText(`line 4: same date and title as line 3 (id "${IMPORTED[1]}"); skipped as a repeat`).waitFor();
    await preview.getByLabel('Category for rows without one').selectOption({ label: 'Diplomacy' });
    await preview.getByRole('button', { name: 'Import', exact: true }).click();
    await notice(page, 'Imported 2 events from analyst.csv').waitFor();

    const add = page.getByRole('button', { name: 'Add event', exact: true });
    await add.click();
    const form = page.getByRole('dialog', { name: 'Add event' });
    await form.getByLabel('Title', { exact: true }).fill('Added by hand');
    await form.getByLabel('Date').fill('1988-09-17');
    await form.getByLabel('Source link (optional)').fill('javascript:alert(1)');
    await form.getByText('source_url "javascript:alert(1)" is not an http or https link').waitFor();
    await form.getByLabel('Source link (optional)').fill('https://example.org/seoul-1988');
    await form.getByLabel('Category').selectOption({ label: 'Market shock' });
    await form.getByRole('button', { name: 'Save' }).click();
    await form.waitFor({ state: 'detached' });
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Add event');
    await yourEvents(page, 3).waitFor();

    await page.reload();
    await chartReady(page);
    await yourEvents(page, 3).waitFor();
    await page.waitForFunction((n) => document.querySelectorAll('[data-event-id], [data-event-ids]').length >= n, 1);
    const ids = await markerIds(page);
    for (const id of [...IMPORTED, ADDED]) assert.ok(ids.includes(id), `${id} on the chart after the reload (found ${ids.join(', ')})`);
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('krw-lens:user-events')).events);
    assert.deepEqual(
      stored.map((e) => [e.id, e.category, e.actor]),
      [[IMPORTED[0], 'diplomacy', ''], [IMPORTED[1], 'diplomacy', ''], [ADDED, 'market-shock', '']],
    );
    assert.deepEqual(page.errors, []);
    await page.close();
  });
});
