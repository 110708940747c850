// Hostile event files through the real file input: a Latin-1 file, a title with control characters,
// then the chart's SVG and PNG exports of those events.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, chartReady, downloadText, markerIds, newPage, useServerAndBrowser } from './harness.mjs';

const env = useServerAndBrowser();
const HEADER = 'id,date,time,timezone,category,actor,title,summary,source_url,tags';
const ARTIFACTS = join(ROOT, 'test/e2e/artifacts');

/** Windows-1252 bytes of an ASCII text in which every "é" is the single byte 0xE9. */
function latin1(text) {
  return Buffer.from([...text].map((c) => (c === 'é' ? 0xe9 : c.charCodeAt(0))));
}

describe('importing hostile files', () => {
  it('reads Latin-1, removes control characters, and the SVG and PNG of those events still export', async () => {
    const page = await newPage(env.browser);
    // 1988 has no built-in event: the two imported ones are single markers with their labels.
    await page.goto(`${env.server.url}?source=snapshot&from=1988-01-01&to=1988-12-31`);
    await chartReady(page);
    const input = page.getByLabel('Events file to import (CSV or JSON)');

    const cafe = `${HEADER}\nseoul-cafe-1988,1988-03-15,,,political,South Korea,Séoul café opens,Latin-1 text,https://example.org/cafe,\n`;
    await input.setInputFiles({ name: 'latin.csv', mimeType: 'text/csv', buffer: latin1(cafe) });
    await page.getByRole('dialog', { name: 'Import events from latin.csv' }).getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Imported 1 event from latin.csv (read as Windows-1252, not UTF-8)', { exact: true }).waitFor();

    // Only "°" (B0) and "Ä" (C4) before ASCII letters: Chromium decodes these bytes without error as EUC-KR
    // ("25캜", "훡pfel"), but they are no KS X 1001 Hangul, so the file is read as Windows-1252.
    const apples = `${HEADER}\napples-1988,1988-11-15,,,political,Bauer,Äpfel at 25°C,Warm,https://example.org/apples,\n`;
    await input.setInputFiles({ name: 'apples.csv', mimeType: 'text/csv', buffer: Buffer.from([...apples].map((c) => ({ Ä: 0xc4, '°': 0xb0 })[c] ?? c.charCodeAt(0))) });
    await page.getByRole('dialog', { name: 'Import events from apples.csv' }).getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Imported 1 event from apples.csv (read as Windows-1252, not UTF-8)', { exact: true }).waitFor();
    await page.getByRole('list', { name: 'Events' }).getByText('Äpfel at 25°C').waitFor();

    // U+0000, U+0007, U+000B and U+FFFE in a title (the file itself is valid UTF-8).
    const bell = `${HEADER}\nfirst-line-ok-1988,1988-06-01,,,political,UN,Plain title,s,https://example.org/a,\nbell-title-1988,1988-09-15,,,political,UN,Bell\u0007 nul\u0000 vt\u000B end\uFFFE,s,https://example.org/b,\n`;
    await input.setInputFiles({ name: 'bell.csv', mimeType: 'text/csv', buffer: Buffer.from(bell, 'utf8') });
    await page.getByRole('dialog', { name: 'Import events from bell.csv' }).getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Imported 2 events from bell.csv', { exact: true }).waitFor();
    // Three C0 controls and U+FFFE: four characters, not all of them controls.
    await page.getByText('bell.csv: line 3: title had 4 characters not allowed in text; removed', { exact: true }).waitFor();

    await page.waitForFunction(() => document.querySelectorAll('[data-event-id]').length >= 4);
    const ids = await markerIds(page);
    for (const id of ['seoul-cafe-1988', 'first-line-ok-1988', 'bell-title-1988', 'apples-1988']) assert.ok(ids.includes(id), `${id} on the chart`);

    // The full report, downloaded.
    await page.getByText('Show the import problem').click();
    const report = await downloadText(page, 'Download report');
    assert.equal(report.name, 'bell-import-report.csv');
    assert.equal(report.text, 'line,status,problem\n3,note,title had 4 characters not allowed in text; removed\n');
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'import-hostile.png') });

    const svg = await downloadText(page, 'Download SVG');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        errors: doc.getElementsByTagName('parsererror').length,
        ns: doc.documentElement.namespaceURI,
        texts: [...doc.getElementsByTagName('text')].map((t) => t.textContent),
      };
    }, svg.text);
    assert.equal(parsed.errors, 0, 'the SVG is well-formed XML');
    assert.equal(parsed.ns, 'http://www.w3.org/2000/svg');
    assert.ok(parsed.texts.includes('1988-09-15 Bell nul vt end'), parsed.texts.join(' | '));
    assert.ok(parsed.texts.includes('1988-03-15 Séoul café opens'));

    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PNG', exact: true }).click()]);
    const bytes = readFileSync(await png.path());
    assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG file');
    assert.equal(await page.getByRole('alert').count(), 0, 'no export error');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
});
