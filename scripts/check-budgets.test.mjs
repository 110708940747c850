import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { appChunks, appSize, checkBudgets, checkDist, devOnlyHits, entryScripts, entrySize, readBudgets } from './check-budgets.mjs';

const dirs = [];
async function site(files) {
  const dir = await mkdtemp(join(tmpdir(), 'krw-budgets-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), text);
  }
  return dir;
}
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

const DEV = { files: ['mockServiceWorker.js'], strings: ['__krwLens', '[MSW]'] };
const HTML =
  '<html><head><script>var inline=1</script><script type="module" crossorigin src="./assets/index-abc.js"></script><script type="module" src="https://cdn.example/x.js"></script><meta name="krw-app-chunks" content="./assets/main-def.js ./assets/vendor-ghi.js"></head></html>';

describe('checkBudgets', () => {
  it('fails a figure over its limit and passes one at it (control: a 1-byte budget fails)', () => {
    expect(checkBudgets({ entryGzipBytes: 168_091 }, { entryGzipBytes: 1 })).toEqual(['entryGzipBytes: 168091 > 1 (gzip bytes)']);
    expect(checkBudgets({ jsBeforePaintGzipBytes: 2 }, { jsBeforePaintGzipBytes: 1 })).toHaveLength(1);
    expect(checkBudgets({ entryGzipBytes: 1, jsBeforePaintGzipBytes: 1 }, { entryGzipBytes: 1, jsBeforePaintGzipBytes: 1 })).toEqual([]);
  });
  it('fails a figure without a limit and a figure that is not a number', () => {
    expect(checkBudgets({ entryGzipBytes: 5 }, {})).toEqual(['entryGzipBytes: no limit in the budgets']);
    expect(checkBudgets({ entryGzipBytes: Number.NaN }, { entryGzipBytes: 10 })).toHaveLength(1);
  });
  it('fails on each piece of dev-only code found', () => {
    expect(checkBudgets({ devOnlyHits: [{ file: 'a.js', marker: '__krwLens' }] }, {})).toEqual(['dev-only code in the build: __krwLens in a.js']);
  });
});

describe('entry chunk', () => {
  it('is the module script(s) index.html loads from the site, not inline or remote scripts', () => {
    expect(entryScripts(HTML)).toEqual(['assets/index-abc.js']);
  });
  it('is weighed gzipped', async () => {
    const js = 'export const x = "' + 'abcdefgh'.repeat(500) + '";\n';
    const dir = await site({ 'index.html': HTML, 'assets/index-abc.js': js });
    expect(await entrySize(dir)).toEqual({ files: ['assets/index-abc.js'], gz: gzipSync(js).length });
  });
});

describe('app chunks', () => {
  it('are the files the krw-app-chunks meta names, none without it', () => {
    expect(appChunks(HTML)).toEqual(['assets/main-def.js', 'assets/vendor-ghi.js']);
    expect(appChunks('<html><head></head></html>')).toEqual([]);
  });
  it('are weighed gzipped, each on its own', async () => {
    const a = 'export const a = "' + 'abcdefgh'.repeat(300) + '";\n';
    const b = 'export const b = "' + 'ijklmnop'.repeat(200) + '";\n';
    const dir = await site({ 'index.html': HTML, 'assets/main-def.js': a, 'assets/vendor-ghi.js': b });
    expect(await appSize(dir)).toEqual({ files: ['assets/main-def.js', 'assets/vendor-ghi.js'], gz: gzipSync(a).length + gzipSync(b).length });
  });
});

describe('dev-only code', () => {
  it('finds nothing in a clean site', async () => {
    const dir = await site({ 'index.html': HTML, 'assets/index-abc.js': 'console.log(1)' });
    expect(await devOnlyHits(dir, DEV)).toEqual([]);
  });
  it('finds a planted marker string and MSW’s worker file (controls)', async () => {
    const dir = await site({
      'index.html': HTML,
      'assets/index-abc.js': 'window.__krwLens={setRange(){}}',
      'assets/lazy.js': 'console.warn("[MSW] Mocking enabled.")',
      'mockServiceWorker.js': 'self.addEventListener("fetch",()=>{})',
      'data/x.json': '"__krwLens"',
    });
    const hits = await devOnlyHits(dir, DEV);
    expect(hits).toEqual(
      expect.arrayContaining([
        { file: 'assets/index-abc.js', marker: '__krwLens' },
        { file: 'assets/lazy.js', marker: '[MSW]' },
        { file: 'mockServiceWorker.js', marker: 'file mockServiceWorker.js' },
      ]),
    );
    expect(hits).toHaveLength(3); // data files are not code
    await writeFile(join(dir, 'assets/main-def.js'), 'x');
    await writeFile(join(dir, 'assets/vendor-ghi.js'), 'y');
    const r = await checkDist(dir, { entryGzipBytes: 1e9, appGzipBytes: 1e9, devOnly: DEV });
    expect(r.fails).toHaveLength(3);
  });
});

describe('test/budgets.json', () => {
  it('has the three limits', async () => {
    const b = await readBudgets();
    expect(b.entryGzipBytes).toBeGreaterThan(0);
    expect(b.appGzipBytes).toBeGreaterThan(0);
    expect(b.jsBeforePaintGzipBytes).toBeGreaterThanOrEqual(b.entryGzipBytes);
  });
  it('names dev-only markers that the dev-only code really carries (a renamed marker would pass silently)', async () => {
    const b = await readBudgets();
    const sources = {
      __krwLens: 'src/app/bench-hook.ts',
      mockServiceWorker: 'mocks/browser.ts',
      '[MSW]': 'node_modules/msw/lib/browser/index.mjs',
      'krw-lens:msw-scenario': 'mocks/fixtures/frankfurter-responses.mjs',
    };
    expect(Object.keys(sources).sort()).toEqual([...b.devOnly.strings].sort());
    for (const [marker, file] of Object.entries(sources)) expect(await readFile(file, 'utf8'), `${marker} in ${file}`).toContain(marker);
  });
});
