// The user's stored events in the built app: a damaged store is recovered and backed up without
// writing over anything, the embedded view writes nothing, an import that cannot be saved says
// so, and a start-up that fails with stored events offers to download them or start without them.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, chartReady, downloadText, newPage, useServerAndBrowser } from './harness.mjs';

const SHOTS = join(ROOT, 'test/e2e/artifacts');
mkdirSync(SHOTS, { recursive: true });

const KEY = 'krw-lens:user-events';
const OLD_BACKUP = 'krw-lens:user-events.backup';

const ev = (i) => ({
  id: `my-event-${i}`, date: new Date(Date.UTC(1995, 0, 2 + 11 * i)).toISOString().slice(0, 10), timezone: 'Asia/Seoul',
  category: 'sanction', actor: 'UN', title: `My event number ${i}`, summary: 'A note.', source_url: 'https://example.org/',
});
const events = Array.from({ length: 1000 }, (_, i) => ev(i + 1));
const store = (list) => JSON.stringify({ version: 1, events: list });
// Cut in the middle of item 812: the first 811 items, a comma, and part of item 812.
const TRUNCATED = `${store(events.slice(0, 811)).slice(0, -2)},${JSON.stringify(events[811]).slice(0, 40)}`;
const OLDER = store([1, 2, 3].map((i) => ({ ...ev(i), id: `older-event-${i}` })));

const env = useServerAndBrowser();

// A set too big for localStorage (over 1.5 M characters): its text in IndexedDB, a pointer in the key.
const BIG_N = 12_000;
const bigEvent = (i) => ({ ...ev(i), id: `big-event-${i}`, date: new Date(Date.UTC(1990, 0, 1 + (i % 12_000))).toISOString().slice(0, 10), title: `Big set event ${i}` });
const BIG_TEXT = store(Array.from({ length: BIG_N }, (_, i) => bigEvent(i)));
const BIG_RECORD = '2026-12-03T09:00:00.000Z~seed00';
const pointer = (key, count, chars) => JSON.stringify({ version: 2, in: 'indexeddb', key, count, chars });

/**
 * In the page: opens the events' IndexedDB database (`krw-lens-user-events`, store `texts`) and, with a
 * record, puts it as the app writes it (the text as a Blob); then lists every record: key → characters.
 */
const withRecords = (page, put = null) =>
  page.evaluate(
    (put) =>
      new Promise((ok, fail) => {
        const open = indexedDB.open('krw-lens-user-events', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('texts', { keyPath: 'key' });
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('texts', 'readwrite');
          const texts = tx.objectStore('texts');
          if (put) texts.put({ key: put.key, text: new Blob([put.text]), count: put.count, chars: put.text.length });
          const req = texts.getAll();
          tx.oncomplete = () => {
            db.close();
            ok(Object.fromEntries(req.result.map((r) => [r.key, r.chars])));
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    put,
  );
const records = (page) => withRecords(page);
const putRecord = (page, key, text, count) => withRecords(page, { key, text, count });

/** Puts `items` in the page origin's localStorage before the app's first load. */
async function seed(page, items) {
  await page.goto(`${env.server.url}seed-nothing-here`);
  await page.evaluate((entries) => {
    localStorage.clear();
    for (const [k, v] of entries) localStorage.setItem(k, v);
  }, Object.entries(items));
}

// Scoped CSS locators: role and text queries over the whole page (hundreds of event rows) are slow here.
const yourEvents = (page, n) => page.locator('.toolbar-actions button', { hasText: `Your events (${n.toLocaleString('en-US')})` });
const notice = (page, text) => page.locator('.notices .notice', { hasText: text });

const storageNow = (page) => page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));

describe('stored user events are never lost', () => {
  it('recovers the complete events of a truncated store, keeps the old backup and overwrites nothing', async () => {
    const page = await newPage(env.browser);
    await seed(page, { [KEY]: TRUNCATED, [OLD_BACKUP]: OLDER });
    await page.goto(`${env.server.url}?source=snapshot`);
    await chartReady(page);
    await notice(page, /^Recovered 811 of your events from damaged storage; the data stops in the middle of item 812\./).waitFor();
    await yourEvents(page, 811).waitFor();
    const after = await storageNow(page);
    assert.equal(after[KEY], TRUNCATED, 'the damaged store was written over');
    assert.equal(after[OLD_BACKUP], OLDER, 'the old backup was written over');
    const copies = Object.keys(after).filter((k) => k.startsWith(`${OLD_BACKUP}:`));
    assert.deepEqual(copies.map((k) => after[k]), [TRUNCATED]);
    await yourEvents(page, 811).click();
    const rows = page.locator('.user-event-backups li');
    assert.equal(await rows.count(), 2);
    assert.match(await rows.nth(0).textContent(), /811 events/);
    assert.match(await rows.nth(1).textContent(), /^older backup3 events/);
    await page.screenshot({ path: join(SHOTS, 'user-data-recovered.png') });
    // Reloading before the notice is dismissed still overwrites nothing and stores no second copy.
    await page.reload();
    await chartReady(page);
    await yourEvents(page, 811).waitFor();
    assert.deepEqual(await storageNow(page), after);
    assert.deepEqual(page.errors, []);
  });

  it('writes nothing to storage in the embedded view', async () => {
    const page = await newPage(env.browser);
    const v0 = JSON.stringify(events.slice(0, 3)); // version 0, which the full view would migrate
    for (const stored of [TRUNCATED, v0]) {
      await seed(page, { [KEY]: stored });
      await page.goto(`${env.server.url}?source=snapshot&embed=1&from=2010-01-01&to=2024-11-29`);
      await chartReady(page);
      assert.deepEqual(await storageNow(page), { [KEY]: stored });
    }
    assert.deepEqual(page.errors, []);
  });

  it('keeps an import in the page and says it is not saved when the storage is full', async () => {
    const page = await newPage(env.browser);
    await seed(page, {});
    await page.goto(`${env.server.url}?source=snapshot`);
    await chartReady(page);
    const filled = await page.evaluate(() => {
      let chunk = 'x'.repeat(1 << 20);
      let n = 0;
      while (chunk.length > 16) {
        try {
          localStorage.setItem(`filler-${n++}`, chunk);
        } catch {
          chunk = chunk.slice(chunk.length / 2);
        }
      }
      return n;
    });
    assert.ok(filled > 1);
    const csv = 'id,date,category,actor,title,summary,source_url\nfull-storage-event,2016-01-06,sanction,UN,Kept in the page,s,https://example.org/\n';
    await page.getByLabel('Events file to import (CSV or JSON)').setInputFiles({ name: 'mine.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('dialog', { name: 'Import events from mine.csv' }).getByRole('button', { name: 'Import', exact: true }).click();
    await notice(page, 'Not saved — they will be gone when you reload').waitFor();
    await yourEvents(page, 1).waitFor();
    const badge = page.locator('.unsaved-badge');
    assert.match(await badge.innerText(), /^not saved/);
    await badge.focus();
    await page.getByRole('tooltip').waitFor({ state: 'visible' });
    await page.screenshot({ path: join(SHOTS, 'user-data-not-saved.png') });
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), null);
    assert.deepEqual(page.errors, []);
  });

  it('offers to download the saved events or start without them after a page with them died', async () => {
    const page = await newPage(env.browser);
    await seed(page, { [KEY]: TRUNCATED });
    // What a page that ran out of memory leaves in its tab: the running marker, never removed by a pagehide.
    await page.evaluate(() => sessionStorage.setItem('krw-lens:running-with-user-events', '1'));
    await page.goto(`${env.server.url}?source=snapshot`);
    await page.getByRole('heading', { name: 'KRW Event Lens could not start with your saved events' }).waitFor();
    assert.match(await page.getByRole('alert').textContent(), /the last page with your saved events stopped without closing/);
    await page.screenshot({ path: join(SHOTS, 'user-data-start-guard.png') });
    const file = await downloadText(page, 'Download your saved data');
    assert.equal(file.text, TRUNCATED);
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Start without them' }).click()]);
    await chartReady(page);
    await yourEvents(page, 0).waitFor();
    await notice(page, 'Started without your saved events: they were moved aside to the backup').waitFor();
    const after = await storageNow(page);
    assert.equal(after[KEY], undefined);
    assert.deepEqual(Object.keys(after).filter((k) => k.startsWith(`${OLD_BACKUP}:`)).map((k) => after[k]), [TRUNCATED]);
    assert.deepEqual(page.errors, []);
  });

  it('a set kept in IndexedDB: downloaded whole from the start guard, moved aside with its record kept, restored', async () => {
    const page = await newPage(env.browser);
    page.on('dialog', (d) => void d.accept());
    const seeded = pointer(BIG_RECORD, BIG_N, BIG_TEXT.length);
    await seed(page, { [KEY]: seeded });
    await putRecord(page, BIG_RECORD, BIG_TEXT, BIG_N);
    await page.evaluate(() => sessionStorage.setItem('krw-lens:running-with-user-events', '1'));
    await page.goto(`${env.server.url}?source=snapshot`);
    await page.getByRole('heading', { name: 'KRW Event Lens could not start with your saved events' }).waitFor();
    // The download holds the events' text, not the pointer.
    const file = await downloadText(page, 'Download your saved data');
    assert.equal(file.text, BIG_TEXT);
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Start without them' }).click()]);
    await chartReady(page);
    await yourEvents(page, 0).waitFor();
    const aside = await storageNow(page);
    assert.equal(aside[KEY], undefined);
    assert.deepEqual(Object.keys(aside).filter((k) => k.startsWith(`${OLD_BACKUP}:`)).map((k) => aside[k]), [seeded]);
    assert.deepEqual(await records(page), { [BIG_RECORD]: BIG_TEXT.length });
    // The backup lists the set's events and restores them.
    await yourEvents(page, 0).click();
    const row = page.locator('.user-event-backups li').first();
    assert.match(await row.textContent(), /12,000 events/);
    await row.locator('button', { hasText: 'Restore' }).click();
    await page.locator('.user-event-backups [role="status"]', { hasText: /^Restored 12,000 events from/ }).waitFor();
    await yourEvents(page, BIG_N).waitFor();
    await page.waitForFunction((k) => localStorage.getItem(k) !== null && !document.querySelector('.unsaved-badge'), KEY);
    const restored = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY));
    assert.deepEqual({ version: restored.version, in: restored.in, count: restored.count, chars: restored.chars }, { version: 2, in: 'indexeddb', count: BIG_N, chars: BIG_TEXT.length });
    assert.notEqual(restored.key, BIG_RECORD);
    // Both records: the new one, and the one the backup still points to.
    assert.deepEqual(await records(page), { [BIG_RECORD]: BIG_TEXT.length, [restored.key]: BIG_TEXT.length });
    // Kept: a link to one of them, loaded afresh, selects it (the set is drawn after the first render,
    // and no link notice calls it missing meanwhile).
    await page.goto(`${env.server.url}?source=snapshot&event=big-event-7`);
    await chartReady(page);
    await yourEvents(page, BIG_N).waitFor();
    await page.locator('section.event-details', { hasText: 'Big set event 7' }).waitFor();
    await page.locator('.rx-scorecard').waitFor();
    assert.deepEqual(await page.locator('.notices .notice', { hasText: 'no such event' }).count(), 0);
    assert.deepEqual(page.errors, []);
  });

  it('a pointer whose IndexedDB record is gone: a notice, no events, and nothing written over the pointer', async () => {
    const page = await newPage(env.browser);
    const lost = pointer('2026-12-03T09:00:00.000Z~gone00', BIG_N, BIG_TEXT.length);
    await seed(page, { [KEY]: lost });
    await page.goto(`${env.server.url}?source=snapshot`);
    await chartReady(page);
    await notice(page, "Your saved events (12000, kept in this browser's IndexedDB) could not be found there").waitFor();
    const csv = 'id,date,category,actor,title,summary,source_url\nafter-lost-event,2016-01-06,sanction,UN,Typed after,s,https://example.org/\n';
    await page.locator('input[type="file"][accept^=".csv,.json"]').setInputFiles({ name: 'mine.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.locator('.import-preview[role="dialog"] button:text-is("Import")').click();
    await yourEvents(page, 1).waitFor();
    assert.deepEqual(await storageNow(page), { [KEY]: lost });
    assert.deepEqual(page.errors, []);
  });
});
