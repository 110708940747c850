// Issue #14: the chart image's event labels never collide, its axes say what they carry, it is
// drawn in the theme chosen whatever the screen shows, and Copy image puts the PNG on the clipboard.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, chartReady, markerIds, newPage, useServerAndBrowser } from './harness.mjs';

const env = useServerAndBrowser();

/** A custom property of one theme block of styles.css, read from the stylesheet (not from the app). */
function cssVar(block, name) {
  const css = readFileSync(join(ROOT, 'src/app/styles.css'), 'utf8');
  const body = css.slice(css.indexOf(`${block} {`)).split('}')[0];
  return new RegExp(`${name}:\\s*([^;]+);`).exec(body)[1].trim();
}

async function downloadSvg(page) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download SVG', exact: true }).click()]);
  return readFileSync(await dl.path(), 'utf8');
}

describe('the chart image (2016–2018, all events, USD/KRW with CNY/KRW on the right axis)', () => {
  it('labels events without any two texts overlapping, numbers and lists the rest, titles both axes, draws dark on a light screen, and copies the PNG', async () => {
    const page = await newPage(env.browser);
    const origin = env.server.url.replace(/\/$/, '');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await page.goto(`${env.server.url}?pairs=USDKRW,CNYKRW&from=2016-01-01&to=2018-12-31`);
    await chartReady(page);
    const shown = new Set(await markerIds(page));
    assert.ok(shown.size >= 40, `a busy range: ${shown.size} events shown`);

    const svg = await downloadSvg(page);
    // The downloaded SVG in a page of its own, at 1:1: every text's box on screen.
    const view = await page.context().newPage();
    await view.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
    const drawn = await view.evaluate(() => {
      const texts = [...document.querySelectorAll('svg text')].filter((t) => t.textContent.trim() !== '');
      return {
        boxes: texts.map((t) => {
          const r = t.getBoundingClientRect();
          return { text: t.textContent, x0: r.left, x1: r.right, y0: r.top, y1: r.bottom };
        }),
        labelled: [...document.querySelectorAll('[data-event-label]')].map((t) => t.getAttribute('data-event-label')),
        numbers: [...document.querySelectorAll('[data-event-number]')].map((t) => Number(t.textContent)),
        texts: texts.map((t) => t.textContent),
      };
    });
    const overlaps = [];
    const { boxes } = drawn;
    // Half a pixel of tolerance: two texts that touch do not overlap.
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        if (a.x0 + 0.5 < b.x1 && b.x0 + 0.5 < a.x1 && a.y0 + 0.5 < b.y1 && b.y0 + 0.5 < a.y1) overlaps.push(`"${a.text}" × "${b.text}"`);
      }
    assert.deepEqual(overlaps, [], 'no two texts of the image overlap');
    assert.ok(boxes.length > 60, `the texts were measured (${boxes.length})`);

    // Every event on the chart is labelled or numbered, once; the numbers run 1..n and each is listed.
    assert.ok(drawn.labelled.length >= 5, `some events are labelled (${drawn.labelled.length})`);
    assert.ok(drawn.numbers.length >= 5, `some are numbered (${drawn.numbers.length})`);
    assert.equal(drawn.labelled.length + drawn.numbers.length, shown.size);
    assert.deepEqual([...drawn.numbers].sort((a, b) => a - b), drawn.numbers.map((_, i) => i + 1));
    assert.ok(drawn.texts.includes(String(drawn.numbers.length)), 'the last number is listed under the chart');

    // Each axis says which line it carries, and the subtitle says it in words.
    assert.ok(drawn.texts.includes('USD/KRW: KRW per 1 USD'), 'left axis title');
    assert.ok(drawn.texts.includes('CNY/KRW: KRW per 1 CNY'), 'right axis title');
    assert.ok(
      drawn.texts.some((t) => t.startsWith('Left axis: USD/KRW in KRW per 1 USD · right axis: CNY/KRW in KRW per 1 CNY.')),
      'the subtitle names the lines of each axis',
    );
    await view.close();

    // Dark, chosen beside the buttons, while the screen stays light.
    assert.match(svg, new RegExp(`<rect x="0" y="0" width="\\d+" height="\\d+" fill="${cssVar(':root', '--bg')}"`), 'as screen: light');
    await page.getByRole('combobox', { name: 'Image theme' }).selectOption('dark');
    const dark = await downloadSvg(page);
    assert.match(dark, new RegExp(`<rect x="0" y="0" width="\\d+" height="\\d+" fill="${cssVar(":root[data-theme='dark']", '--bg')}"`), 'dark background');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'light', 'the screen keeps its theme');

    // Copy image: a PNG on the clipboard, the image's size at 2×.
    await page.getByRole('button', { name: 'Copy image', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Image copied' }).waitFor();
    const [, w, h] = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(dark).map(Number);
    const pasted = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const bitmap = await createImageBitmap(await item.getType('image/png'));
      return { types: item.types, width: bitmap.width, height: bitmap.height };
    });
    assert.deepEqual(pasted, { types: ['image/png'], width: 2 * w, height: 2 * h });
    assert.deepEqual(page.errors, []);
  });
});
