import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, chartReady, downloadText, newPage, parseCsv, useServerAndBrowser } from './harness.mjs';

const SHOTS = join(ROOT, 'test/e2e/artifacts');
mkdirSync(SHOTS, { recursive: true });

// Issue #12's columns, typed out (not taken from the app).
const TESTS_HEADER = 'group,pair,source,model,window,n,mean_car_pct,median_car_pct,share_positive,t_stat,p_t,p_bmp,p_sign,p_rank,p_placebo,q_bh';
const FROM = '2006-01-01';
const TO = '2024-11-29';

/** Categories of the built-in events dated in [FROM, TO], read from the data files. */
function categoriesInRange() {
  const dir = join(ROOT, 'src/features/events/data');
  const cats = new Set();
  for (const f of readdirSync(dir).filter((n) => /^built-in-events-\d.*\.ts$/.test(n) && !n.endsWith('.test.ts'))) {
    // Each event's text runs from its `id:` to the next one.
    for (const block of readFileSync(join(dir, f), 'utf8').split(/\bid: '/).slice(1)) {
      const date = block.match(/date: '(\d{4}-\d\d-\d\d)'/)?.[1];
      const cat = block.match(/category: '([a-z-]+)'/)?.[1];
      if (date && cat && date >= FROM && date <= TO) cats.add(cat);
    }
  }
  return cats;
}

const env = useServerAndBrowser();

describe('the event study panel on the bundled snapshot', () => {
  it('answers for each category and downloads the tests CSV, one row per group × window', async () => {
    const page = await newPage(env.browser);
    await page.goto(`${env.server.url}?source=snapshot&from=${FROM}&to=${TO}`);
    await chartReady(page);
    const panel = page.getByRole('region', { name: 'Did it move the won?' });
    await panel.scrollIntoViewIfNeeded();
    await page.locator('section.study[data-state="done"]').waitFor({ timeout: 20_000 });
    const cats = categoriesInRange();
    const groups = await panel.locator('th[scope="rowgroup"]').count();
    assert.equal(groups, cats.size);
    const model = await page.locator('section.study').getAttribute('data-model');
    if (model === 'mean') await panel.getByText(/basket is still loading|mean-adjusted model is shown/).first().waitFor();
    else assert.equal(model, 'market');
    assert.match(await panel.locator('.st-readings').textContent(), /Across \d+ provocations, USD\/KRW (rose|fell)/);
    await panel.getByText('Size is not cause', { exact: false }).waitFor();

    const { name, text } = await downloadText(page, 'Download tests CSV');
    assert.equal(name, `krw-event-lens_tests_USDKRW_snapshot_${FROM}_${TO}.csv`);
    const [header, ...rows] = parseCsv(text);
    assert.equal(header.join(','), TESTS_HEADER);
    assert.equal(rows.length, cats.size * 5);
    const col = Object.fromEntries(header.map((h, i) => [h, i]));
    assert.deepEqual(new Set(rows.map((r) => r[col.group])), cats);
    assert.deepEqual([...new Set(rows.map((r) => r[col.window]))], ['0,0', '0,1', '0,5', '0,20', '-5,-1']);
    for (const r of rows) {
      assert.equal(r.length, header.length);
      assert.equal(r[col.pair], 'USDKRW');
      assert.equal(r[col.source], 'snapshot');
      assert.equal(r[col.model], model);
      if (Number(r[col.n]) >= 2) for (const k of ['mean_car_pct', 'p_t', 'q_bh']) assert.match(r[col[k]], /^-?\d+\.\d{6}$|e-/, `${k}: ${r[col[k]]}`);
    }

    await panel.screenshot({ path: join(SHOTS, 'study-panel-light.png') });
    await page.getByRole('button', { name: /dark/i }).first().click().catch(() => {});
    await page.goto(`${env.server.url}?source=snapshot&from=${FROM}&to=${TO}&theme=dark&excl=overlap&car=0,10`);
    await chartReady(page);
    await page.locator('section.study[data-state="done"]').waitFor({ timeout: 20_000 });
    assert.match(await panel.textContent(), /overlapping left out/);
    assert.equal(await panel.locator('tbody tr').count(), cats.size * 6);
    await panel.screenshot({ path: join(SHOTS, 'study-panel-dark.png') });
    await page.setViewportSize({ width: 420, height: 900 });
    await panel.screenshot({ path: join(SHOTS, 'study-panel-420.png') });
    assert.deepEqual(page.errors, []);
  });
});
