// Issue #14 items 10–12: the notice area keeps its height, the scorecard's key columns fit at 1024
// and 1440 px, the embed keeps its source and as-of date whole at 320×200 and says its height to a host page.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, chartReady, newPage, useServerAndBrowser } from './harness.mjs';

const SHOTS = join(ROOT, 'test/e2e/artifacts');
const env = useServerAndBrowser();
const KEY_COLUMNS = ['Date', 'Event', 'Series', 'chg_0 %', 'adj 0 %', 'z_0', 'T0'];

/** The notice area's box and the toolbar's top (what would move if the notices pushed the page). */
const layout = (page) =>
  page.evaluate(() => {
    const n = document.querySelector('.notices').getBoundingClientRect();
    return { height: n.height, toolbarTop: document.querySelector('.toolbar').getBoundingClientRect().top, count: Number(document.querySelector('.notices').dataset.count) };
  });

describe('panels', () => {
  it('the notice area keeps its height for one notice and for several, also with its list open', async () => {
    const page = await newPage(env.browser, { viewport: { width: 1024, height: 700 } });
    await page.goto(`${env.server.url}?source=snapshot&compare=yes`);
    await chartReady(page);
    await page.locator('.notices[data-count="1"]').waitFor();
    const one = await layout(page);
    await page.goto(`${env.server.url}?source=snapshot&compare=yes&from=1900-01-01&event=nope&actor=zz&sort=zz:up`);
    await chartReady(page);
    await page.locator('.notices[data-count="5"]').waitFor();
    const several = await layout(page);
    assert.equal(several.height, one.height, `notice area ${one.height} px with one notice, ${several.height} px with ${several.count}`);
    assert.equal(several.toolbarTop, one.toolbarTop, 'the toolbar moved');
    const more = page.getByRole('button', { name: '+4 more' });
    await more.click();
    await page.locator('.notices[data-expanded]').waitFor();
    assert.equal((await layout(page)).toolbarTop, one.toolbarTop, 'the open list pushed the page');
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'panels-notices-open.png'), clip: { x: 0, y: 0, width: 1024, height: 360 } });
    await page.keyboard.press('Escape');
    await page.locator('.notices:not([data-expanded])').waitFor();
    assert.equal(await more.evaluate((b) => b === document.activeElement), true, 'focus did not return to "+4 more"');
    assert.deepEqual(page.errors, []);
  });

  for (const width of [1024, 1440]) {
    it(`the scorecard's key columns are inside its box without scrolling at ${width} px`, async () => {
      const page = await newPage(env.browser, { viewport: { width, height: 900 } });
      await page.goto(`${env.server.url}?source=snapshot&from=2016-01-01&to=2017-12-31&sort=z_0:desc`);
      await chartReady(page);
      await page.locator('.rx-scorecard tbody tr').first().waitFor({ timeout: 20_000 });
      const r = await page.evaluate(() => {
        const box = document.querySelector('.rx-scroll');
        const b = box.getBoundingClientRect();
        const heads = [...box.querySelectorAll('thead th')].map((th) => ({ text: th.textContent.replace(/[↕▲▼]/g, ''), l: th.getBoundingClientRect().left, r: th.getBoundingClientRect().right }));
        return { left: b.left + box.clientLeft, right: b.left + box.clientLeft + box.clientWidth, scrollLeft: box.scrollLeft, heads, sorted: box.querySelector('th[aria-sort="descending"]')?.textContent };
      });
      assert.equal(r.scrollLeft, 0);
      assert.deepEqual(r.heads.map((h) => h.text), KEY_COLUMNS, 'the key columns, in order, sort=z_0 among them');
      for (const h of r.heads) assert.ok(h.l >= r.left - 0.5 && h.r <= r.right + 0.5, `${h.text} [${h.l}, ${h.r}] outside the box [${r.left}, ${r.right}]`);
      assert.match(r.sorted, /^z_0/);
      if (width === 1024) {
        await page.locator('.rx-scorecard-card').scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(SHOTS, 'panels-scorecard-1024.png') });
      }
      assert.deepEqual(page.errors, []);
    });
  }

  it('the embed at 320×200 shows its source and as-of date whole (English and Korean)', async () => {
    for (const [lang, asOf] of [['en', 'as of 2024-11-29'], ['ko', '2024.11.29 기준']]) {
      const page = await newPage(env.browser, { viewport: { width: 320, height: 200 }, locale: lang === 'ko' ? 'ko-KR' : 'en-US' });
      await page.goto(`${env.server.url}?source=snapshot&embed=1`);
      await chartReady(page);
      const foot = page.locator('.embed-foot');
      await foot.locator('.embed-asof').getByText(asOf).waitFor();
      const parts = await page.evaluate(() =>
        ['.embed-source', '.embed-asof', '.embed-title', '.embed-foot'].map((sel) => {
          const el = document.querySelector(sel);
          const r = el.getBoundingClientRect();
          return { sel, text: el.innerText, l: r.left, r: r.right, t: r.top, b: r.bottom, sw: el.scrollWidth, cw: el.clientWidth };
        }),
      );
      for (const p of parts.filter((x) => x.sel !== '.embed-title')) {
        assert.ok(p.l >= 0 && p.r <= 320 && p.t >= 0 && p.b <= 200, `${lang} ${p.sel} "${p.text}" outside the frame: ${JSON.stringify(p)}`);
        assert.ok(p.sw <= p.cw, `${lang} ${p.sel} "${p.text}" clipped: ${p.sw} > ${p.cw}`);
      }
      assert.equal(parts[0].text, lang === 'ko' ? '출처: H.10' : 'Source: H.10', 'the short name of the source in a narrow frame');
      const title = parts[2];
      assert.ok(title.t >= 0 && title.b <= 200 && title.r <= 320, 'the title line is in the frame');
      await page.screenshot({ path: join(SHOTS, `panels-embed-320x200-${lang}.png`) });
      assert.deepEqual(page.errors, []);
      await page.context().close();
    }
  });

  it('the embed at 320×300 shows every legend entry of four pairs whole, the plot below it', async () => {
    const page = await newPage(env.browser, { viewport: { width: 320, height: 300 } });
    await page.goto(`${env.server.url}?source=snapshot&embed=1&pairs=USDKRW,JPYKRW,CNYKRW,EURKRW&from=2017-01-01&to=2017-12-31`);
    await chartReady(page);
    const r = await page.evaluate(() => {
      const legend = document.querySelector('.embed-view .chart-legend');
      const box = legend.getBoundingClientRect();
      const items = [...legend.children].map((c) => {
        const b = c.getBoundingClientRect();
        return { text: c.textContent, l: b.left, r: b.right, t: b.top, b: b.bottom, sw: c.scrollWidth, cw: c.clientWidth };
      });
      const plot = document.querySelector('.embed-view .plot-surface').getBoundingClientRect();
      return { box: { l: box.left, r: box.right, t: box.top, b: box.bottom }, items, plotTop: plot.top, plotBottom: plot.bottom };
    });
    assert.ok(r.items.length >= 5, `four pairs and the direction: ${r.items.map((i) => i.text).join(' | ')}`);
    for (const i of r.items) {
      assert.ok(i.l >= r.box.l - 0.5 && i.r <= r.box.r + 0.5 && i.t >= r.box.t - 0.5 && i.b <= r.box.b + 0.5, `"${i.text}" outside the legend: ${JSON.stringify(i)} in ${JSON.stringify(r.box)}`);
      assert.ok(i.r <= 320, `"${i.text}" past the frame's edge`);
    }
    assert.ok(r.plotTop >= r.box.b - 0.5, 'the plot starts under the legend');
    assert.ok(r.plotBottom <= 300, 'the plot ends inside the frame');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('with the auto-height code from the Embed box, a host page sizes the iframe to the height the embed posts', async () => {
    const page = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${env.server.url}?source=snapshot&from=2016-01-01&to=2017-12-31`);
    await chartReady(page);
    await page.getByRole('button', { name: 'Embed', exact: true }).click();
    await page.getByRole('checkbox', { name: /Height follows the content/ }).check();
    const code = await page.getByRole('textbox', { name: 'Embed code' }).inputValue();
    assert.match(code, /autoheight=1/);
    // The host page: the embed code as a page would paste it, plus a record of the messages.
    const host = `<!doctype html><body style="margin:0"><div style="width:600px">${code}</div><script>window.heights=[];addEventListener('message',function(e){if(e.data&&e.data.type==='krw-event-lens:height')heights.push(e.data.height);});</script></body>`;
    await page.route(`${env.server.url}host.html`, (route) => route.fulfill({ contentType: 'text/html', body: host }));
    await page.goto(`${env.server.url}host.html`);
    await page.waitForFunction(() => window.heights.length > 0 && parseFloat(document.querySelector('iframe').style.height) === window.heights.at(-1), null, { timeout: 20_000 });
    const frame = page.frameLocator('iframe');
    await frame.locator('[data-testid="timeline-chart"][data-ready="true"]').waitFor({ timeout: 20_000 });
    await page.waitForFunction(() => parseFloat(document.querySelector('iframe').style.height) === window.heights.at(-1));
    const { frameH, posted } = await page.evaluate(() => ({ frameH: document.querySelector('iframe').getBoundingClientRect().height, posted: window.heights.at(-1) }));
    assert.equal(frameH, posted);
    assert.ok(posted > 200 && posted < 600, `posted height ${posted}`);
    // The frame shows the whole embed: nothing below its foot, nothing to scroll.
    const inner = await page.frames()[1].evaluate(() => ({ sh: document.documentElement.scrollHeight, ch: document.documentElement.clientHeight, foot: document.querySelector('.embed-foot').getBoundingClientRect().bottom }));
    assert.ok(inner.sh <= inner.ch + 1 && inner.foot <= inner.ch + 0.5, JSON.stringify(inner));
    assert.deepEqual(page.errors, []);
  });
});
