// Reactions on an imported intraday series (issue #10, feature 7): an event of yours at 10:30 Seoul
// on the day of the synthetic 1-minute bars meets the 10:30 bar (01:30 UTC), not the next day; the
// detail says which bar was T0 (and T−1), and the reactions CSV has a row for the series with its
// id in `pair` and `csv` in `source`.
//
// Needs the reactions on any series (branch h/B): against a main without it this file fails (the
// imported series gets no reaction row).
//
// The imported bars are SYNTHETIC (series-kit.mjs): made up by the tests, not real quotes.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chartReady, downloadText, newPage, parseCsv, useServerAndBrowser } from './harness.mjs';
import { CHART, INTRADAY, confirmSeriesImport, drawnPoints, openSeriesImport } from './series-kit.mjs';

const env = useServerAndBrowser();
const DAY = INTRADAY.day;
const TITLE = 'Synthetic 10:30 Seoul announcement';

describe('reactions on an imported intraday series', () => {
  it('takes the 10:30 Seoul bar as T0 for a 10:30 Seoul event, says so, and exports the csv row', async () => {
    // The viewer in UTC: the detail also gives T0 in the viewer's time (01:30).
    const page = await newPage(env.browser, { timezoneId: 'UTC' });
    page.setDefaultTimeout(10_000);
    // Opened on days with H.10 fixes (the chart is ready once a line has points), then zoomed to the session.
    await page.goto(`${env.server.url}?source=snapshot&from=2024-03-04&to=2024-03-06`);
    await chartReady(page);
    const preview = await openSeriesImport(page, INTRADAY);
    await confirmSeriesImport(preview, INTRADAY.name);
    await page.evaluate(([f, t]) => window.__krwLens.setRange(f, t), [`${DAY}T00:00Z`, `${DAY}T06:00Z`]);
    await drawnPoints(page, INTRADAY.id, 100);

    // An event of yours with the form: 2024-03-05 10:30 Asia/Seoul.
    await page.getByRole('button', { name: 'Add event', exact: true }).click();
    const form = page.getByRole('dialog', { name: 'Add event' });
    await form.getByLabel('Title', { exact: true }).fill(TITLE);
    await form.getByLabel('Date').fill(DAY);
    await form.getByLabel('Time (optional)').fill('10:30');
    await form.getByLabel('Time zone').fill('Asia/Seoul');
    await form.getByLabel('Category').selectOption({ label: 'Market shock' });
    await form.getByRole('button', { name: 'Save' }).click();
    await form.waitFor({ state: 'detached' });
    const id = await page.evaluate((title) => JSON.parse(localStorage.getItem('krw-lens:user-events')).events.find((e) => e.title === title).id, TITLE);

    // Selected on the chart: its marker on the day.
    await page.locator(`${CHART} [data-event-id="${id}"]`).click();
    await page.waitForFunction((eid) => new URLSearchParams(location.search).get('event') === eid, id);
    const detail = page.getByRole('region', { name: 'Market reaction figures' });
    await detail.waitFor();
    // The statement naming the imported series' T0: the 10:30 Seoul bar, T−1 the 10:29 one.
    const t0 = detail.locator('p', { hasText: INTRADAY.name }).filter({ hasText: 'T0' }).first();
    await t0.waitFor();
    const said = (await t0.textContent()).replace(/\s+/g, ' ');
    assert.match(said, /\(T0\)[^·]*2024-03-05 10:30 Seoul/, said);
    assert.match(said, /T−1[^·]*2024-03-05 10:29 Seoul/, said);
    const text = (await detail.textContent()).replace(/\s+/g, ' ');
    assert.match(text, /your time \(UTC\) the T0 bar was at 2024-03-05 01:30/, text);

    const { text: csv } = await downloadText(page, 'Download reactions CSV');
    const [header, ...rows] = parseCsv(csv);
    const col = Object.fromEntries(header.map((h, i) => [h, i]));
    const row = rows.find((r) => r[col.event_id] === id && r[col.pair] === INTRADAY.id);
    assert.ok(row, `no ${INTRADAY.id} row for ${id} in:\n${csv}`);
    assert.equal(row[col.source], 'csv');
    assert.equal(row[col.t0], DAY);
    if ('t0_utc' in col) assert.equal(row[col.t0_utc], `${DAY}T01:30:00Z`);
    // T0 and T−1 are the bars at 10:30 and 10:29 Seoul: their figures as imported.
    assert.equal(row[col.t0_rate], INTRADAY.at('10:30'));
    assert.equal(row[col.base_rate], INTRADAY.at('10:29'));
    const chg0 = (Number(INTRADAY.at('10:30')) / Number(INTRADAY.at('10:29')) - 1) * 100;
    assert.ok(Math.abs(Number(row[col.chg_0_pct]) - chg0) < 1e-6, `chg_0_pct ${row[col.chg_0_pct]} vs ${chg0}`);
    // chg_5 counts bars of this series: the 10:35 bar.
    const chg5 = (Number(INTRADAY.at('10:35')) / Number(INTRADAY.at('10:29')) - 1) * 100;
    assert.ok(Math.abs(Number(row[col.chg_5_pct]) - chg5) < 1e-6, `chg_5_pct ${row[col.chg_5_pct]} vs ${chg5}`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
});
