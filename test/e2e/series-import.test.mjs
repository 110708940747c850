// The series import's Web Worker in Chromium: 1,000,000 one-minute bars of `timestamp,value` are
// parsed off the main thread, and no main-thread task over 100 ms (PerformanceObserver 'longtask')
// happens while it runs. There is no toolbar control yet: the automation hook starts the worker.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chartReady, newPage, useServerAndBrowser } from './harness.mjs';

const env = useServerAndBrowser();
const ROWS = 1_000_000;

describe('series import worker', () => {
  it('parses 1,000,000 rows in the worker with no main-thread task over 100 ms', async (t) => {
    const page = await newPage(env.browser);
    await page.goto(`${env.server.url}?source=snapshot`);
    await chartReady(page);
    // The file is made here and handed to a file input, as a user's file would be (making 29 MB of
    // text in the page would leave the page's garbage collector work to do while the worker runs).
    const start = Date.UTC(2024, 0, 1);
    const lines = ['timestamp,value'];
    for (let i = 0; i < ROWS; i++) lines.push(`${new Date(start + i * 60_000).toISOString().slice(0, 19)}Z,${(1300 + (i % 997) / 10).toFixed(2)}`);
    await page.evaluate(() => {
      const input = Object.assign(document.createElement('input'), { type: 'file', id: 'series-file' });
      document.body.append(input);
    });
    // Written to a temporary file (removed after the test): Chromium reads it from disk, as a user's
    // file, instead of receiving 29 MB over CDP.
    const dir = mkdtempSync(join(tmpdir(), 'krw-series-'));
    const path = join(dir, 'usdkrw-1m.csv');
    writeFileSync(path, `${lines.join('\n')}\n`);
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    await page.setInputFiles('#series-file', path);
    const out = await page.evaluate(async () => {
      const file = document.querySelector('#series-file').files[0];
      // A new task (after the next frame): the long task that made the file is over and not counted.
      await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
      const tasks = [];
      const t0 = performance.now();
      const keep = (entries) => tasks.push(...entries.filter((e) => e.startTime >= t0).map((e) => e.duration));
      const observer = new PerformanceObserver((list) => keep(list.getEntries()));
      observer.observe({ type: 'longtask' });
      const summary = await window.__krwLens.parseSeries(file, { timeZone: 'Asia/Seoul' });
      const elapsed = performance.now() - t0;
      // Two frames, so that a long task at the very end has been reported, then what is pending.
      await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
      keep(observer.takeRecords());
      observer.disconnect();
      // The control: the same observer does see a 150 ms task of the main thread.
      const control = [];
      const check = new PerformanceObserver((list) => control.push(...list.getEntries().map((e) => e.duration)));
      check.observe({ type: 'longtask' });
      await new Promise((ok) => requestAnimationFrame(ok));
      const until = performance.now() + 150;
      while (performance.now() < until);
      await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
      control.push(...check.takeRecords().map((e) => e.duration));
      check.disconnect();
      return { summary, elapsed, bytes: file.size, longest: Math.max(0, ...tasks), longTasks: tasks.length, control: Math.max(0, ...control) };
    });
    console.log(
      `# ${ROWS} rows (${(out.bytes / 1e6).toFixed(1)} MB) parsed in the worker in ${out.elapsed.toFixed(0)} ms; ` +
        `${out.longTasks} main-thread task(s) over 50 ms, longest ${out.longest.toFixed(0)} ms`,
    );
    assert.deepEqual(out.summary, {
      fileIssue: null,
      count: ROWS,
      issues: 0,
      first: Date.UTC(2024, 0, 1),
      last: Date.UTC(2024, 0, 1) + (ROWS - 1) * 60_000,
      resolution: 'intraday',
      fastPath: true,
    });
    assert.ok(out.control >= 150, `the long-task observer works: it saw a busy main thread (${out.control} ms)`);
    assert.ok(out.longest <= 100, `longest main-thread task while parsing: ${out.longest} ms`);
    assert.deepEqual(page.errors, []);
  });
});
