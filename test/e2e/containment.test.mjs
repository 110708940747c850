// Containment: each panel sits behind its own error boundary. A fault injected into one panel (the
// automation hook's failPanel: that panel throws once on its next render) shows that panel's error
// with a Retry; the other panels keep working, and Retry re-mounts only the failed panel.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chartReady, newPage, useServerAndBrowser } from './harness.mjs';

const env = useServerAndBrowser();
const EVENT = '2016-01-06-fourth-nuclear-test';
const NEXT = '2016-02-07-kwangmyongsong-4-launch';

describe('a failing panel leaves the others working', () => {
  it('the reactions fail: chart, list and details still work; Retry brings back only the reactions', async () => {
    const page = await newPage(env.browser);
    await page.goto(`${env.server.url}?source=snapshot&from=2015-12-01&to=2016-06-30&event=${EVENT}`);
    await chartReady(page);
    const scorecard = page.getByRole('heading', { name: 'Scorecard' });
    await scorecard.waitFor();
    const chartBefore = await page.locator('[data-testid="timeline-chart"]').evaluate((el) => el.outerHTML.length);

    await page.evaluate(() => window.__krwLens.failPanel('area.reactions'));
    const alert = page.getByRole('alert').filter({ hasText: 'Something went wrong in the reactions.' });
    await alert.waitFor();
    assert.equal(await scorecard.count(), 0, 'the reactions panel is replaced by its error');
    // The rest works: the chart is there, and selecting the next event from the list updates the details and the link.
    assert.ok((await page.locator('[data-testid="timeline-chart"]').evaluate((el) => el.outerHTML.length)) > 0.5 * chartBefore);
    await page.locator(`[data-list-event-id="${NEXT}"]`).click();
    await page.waitForFunction((id) => new URL(location.href).searchParams.get('event') === id, NEXT);
    await page.getByRole('region', { name: 'Selected event' }).getByText(/Kwangmyongsong/).first().waitFor();
    await page.getByRole('region', { name: 'Did it move the won?' }).waitFor();

    await alert.getByRole('button', { name: 'Retry' }).click();
    await scorecard.waitFor();
    assert.equal(await alert.count(), 0);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('the chart fails: the event list, details and exports keep working; Retry redraws the chart', async () => {
    const page = await newPage(env.browser);
    await page.goto(`${env.server.url}?source=snapshot&from=2015-12-01&to=2016-06-30&event=${EVENT}`);
    await chartReady(page);
    await page.evaluate(() => window.__krwLens.failPanel('area.chart'));
    const alert = page.getByRole('alert').filter({ hasText: 'Something went wrong in the chart.' });
    await alert.waitFor();
    assert.equal(await page.locator('[data-testid="timeline-chart"]').count(), 0);
    // The list still selects (its item is a button in the event panel), and the data CSV still downloads.
    await page.locator(`[data-list-event-id="${NEXT}"]`).click();
    await page.waitForFunction((id) => new URL(location.href).searchParams.get('event') === id, NEXT);
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download data CSV', exact: true }).first().click()]);
    assert.match(dl.suggestedFilename(), /^krw-event-lens_data_/);
    await alert.getByRole('button', { name: 'Retry' }).click();
    await page.locator('[data-testid="timeline-chart"]').waitFor();
    assert.equal(await alert.count(), 0);
    await page.context().close();
  });
});
