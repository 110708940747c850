// Presenter mode (present=1): one event of the filtered list at a time in type a room can read,
// stepped with the keys, the URL following; the toolbar's Present enters it and Esc leaves.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, newPage, useServerAndBrowser } from './harness.mjs';

const env = useServerAndBrowser();
const FHD = { width: 1920, height: 1080 };
const FOURTH_TEST = '2016-01-06-fourth-nuclear-test';
const FIFTH_TEST = '2016-09-09-fifth-nuclear-test';

/**
 * The built-in events' ids in the list's order (date, then date-only before timed, then time,
 * then id), read from the data files' source text: the order the presenter must step through
 * with no filter.
 */
async function builtInOrder() {
  const dir = join(ROOT, 'src/features/events/data');
  const files = (await readdir(dir)).filter((f) => /^built-in-events-\d{4}(-\d{4})?\.ts$/.test(f));
  const events = [];
  for (const f of files) {
    const text = await readFile(join(dir, f), 'utf8');
    for (const m of text.matchAll(/id: '([^']+)', date: '(\d{4}-\d\d-\d\d)'(?:, time: '(\d\d:\d\d)')?/g)) events.push({ id: m[1], date: m[2], time: m[3] ?? '' });
  }
  const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
  events.sort((a, b) => cmp(a.date, b.date) || cmp(a.time, b.time) || cmp(a.id, b.id));
  return events.map((e) => e.id);
}

const presenter = (page) => page.getByTestId('presenter');
const eventParam = (page) => new URL(page.url()).searchParams.get('event');
const presentParam = (page) => new URL(page.url()).searchParams.get('present');

async function waitForEvent(page, id) {
  await page.waitForFunction((id) => new URL(location.href).searchParams.get('event') === id, id);
  // The slide shows that event: its marker is the selected one on the presenter's chart.
  await presenter(page).locator(`[data-event-id="${id}"].selected`).waitFor();
}

async function fontPx(locator) {
  return locator.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
}

describe('presenter mode', () => {
  it('opens at the linked event in large type, steps with the keys (the URL follows) and leaves with Esc', async () => {
    const order = await builtInOrder();
    const at = order.indexOf(FOURTH_TEST);
    assert.ok(at > 0, 'the fourth nuclear test is a built-in event');
    const page = await newPage(env.browser, { viewport: FHD });
    await page.goto(`${env.server.url}?source=snapshot&present=1&event=${FOURTH_TEST}`);
    await presenter(page).locator('[data-testid="timeline-chart"][data-ready="true"]').waitFor({ timeout: 30_000 });
    await waitForEvent(page, FOURTH_TEST);

    const title = presenter(page).getByTestId('presenter-title');
    assert.match(await title.textContent(), /fourth nuclear test/i);
    assert.ok((await fontPx(title)) >= 40, `title ${await fontPx(title)} px`);
    // chg_0, chg_5 and z_0, each a signed figure in figure type ≥ 28 px.
    for (const [name, re] of [['chg_0', /^[+−]\d+\.\d\d%$/], ['chg_5', /^[+−]\d+\.\d\d%$/], ['z_0', /^[+−]\d+\.\d\dσ$/]]) {
      const value = presenter(page).locator(`[data-figure="${name}"] .presenter-figure-value`).first();
      assert.match((await value.textContent()).trim(), re, name);
      assert.ok((await fontPx(value)) >= 28, `${name} ${await fontPx(value)} px`);
    }
    assert.match(await presenter(page).getByTestId('presenter-when').textContent(), /10:30 Seoul time/);
    assert.equal(await presenter(page).getByTestId('presenter-position').textContent(), `${at + 1} / ${order.length}`);

    await page.keyboard.press('ArrowRight');
    await waitForEvent(page, order[at + 1]);
    // The other events in its window (the next ones, three days on) are drawn, dimmed.
    const others = await presenter(page)
      .locator('.event-marker:not(.selected), .event-cluster:not(.selected)')
      .evaluateAll((els) => els.map((e) => Number(getComputedStyle(e).opacity)));
    assert.ok(others.length > 0, 'other events in the window');
    for (const o of others) assert.ok(o < 0.5, `a dimmed marker's opacity ${o}`);
    await page.keyboard.press('PageDown');
    await waitForEvent(page, order[at + 2]);
    await page.keyboard.press('PageUp');
    await waitForEvent(page, order[at + 1]);
    await page.keyboard.press('Home');
    await waitForEvent(page, order[0]);
    assert.equal(await presenter(page).getByTestId('presenter-position').textContent(), `1 / ${order.length}`);
    await page.keyboard.press('End');
    await waitForEvent(page, order[order.length - 1]);
    assert.equal(presentParam(page), '1');

    await page.keyboard.press('Escape');
    await presenter(page).waitFor({ state: 'detached' });
    assert.equal(presentParam(page), null);
    assert.equal(eventParam(page), order[order.length - 1]);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('fits every figure of three lines in its column at 1920×1080, in Korean (none cut off)', async () => {
    const page = await newPage(env.browser, { viewport: FHD });
    await page.goto(`${env.server.url}?source=snapshot&lang=ko&pairs=USDKRW,JPYKRW,CNYKRW,EURKRW&present=1&event=${FOURTH_TEST}`);
    await presenter(page).locator('[data-testid="timeline-chart"][data-ready="true"]').waitFor({ timeout: 30_000 });
    await waitForEvent(page, FOURTH_TEST);
    const figures = presenter(page).getByTestId('presenter-figures');
    await figures.locator('[data-figure="z_0"]').nth(2).waitFor();
    const fit = await figures.evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight, lines: el.querySelectorAll('.presenter-line').length }));
    assert.equal(fit.lines, 3);
    assert.ok(fit.scroll <= fit.client + 1, `figures ${fit.scroll} px in a column of ${fit.client} px`);
    for (const v of await figures.locator('.presenter-figure-value').all()) assert.ok((await fontPx(v)) >= 24, `a figure in ${await fontPx(v)} px`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('Present in the toolbar enters it at the selected event; Esc comes back to the full view', async () => {
    const page = await newPage(env.browser, { viewport: FHD });
    await page.goto(`${env.server.url}?source=snapshot&from=2016-01-01&to=2016-12-31&event=${FIFTH_TEST}`);
    await page.waitForSelector('[data-testid="timeline-chart"][data-ready="true"]', { timeout: 30_000 });
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await presenter(page).waitFor();
    await waitForEvent(page, FIFTH_TEST);
    assert.equal(presentParam(page), '1');
    assert.match(await presenter(page).getByTestId('presenter-title').textContent(), /Fifth nuclear test/);
    // The view behind takes no clicks nor focus meanwhile.
    assert.equal(await page.locator('.view-behind').getAttribute('inert'), '');
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction((id) => new URL(location.href).searchParams.get('event') !== id, FIFTH_TEST);

    await page.keyboard.press('Escape');
    await presenter(page).waitFor({ state: 'detached' });
    assert.equal(presentParam(page), null);
    assert.equal(await page.evaluate(() => document.fullscreenElement), null);
    // Back in the full view with the event the presenter ended on still selected.
    const last = eventParam(page);
    assert.notEqual(last, FIFTH_TEST);
    await page.locator(`[data-event-id="${last}"].selected, [data-event-ids~="${last}"].selected`).first().waitFor();
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
});
