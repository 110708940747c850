import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { lingui } from '@lingui/vite-plugin';
import { configDefaults } from 'vitest/config';
import { cspMeta } from './scripts/csp';

const TEST_FILES = ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.{ts,mjs}', 'mocks/**/*.test.ts'];

/**
 * The test files that ask for jsdom (`// @vitest-environment jsdom`): they run isolated, each in a
 * fresh module graph and DOM. Every other test file runs in Node without per-file isolation (one
 * module graph per worker), which spares each file the set-up (MSW, the imports) and its own load of
 * every module it shares with the rest: those files must leave no state behind (restore stubs,
 * timers and globals; fresh stores and IndexedDB factories in beforeEach).
 */
function domTestFiles(): string[] {
  return ['src', 'scripts', 'mocks'].flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.test\.(ts|tsx|mjs)$/.test(f))
      .map((f) => `${dir}/${f.replaceAll('\\', '/')}`)
      .filter((f) => /@vitest-environment\s+jsdom\b/.test(readFileSync(f, 'utf8'))),
  );
}

/** MSW's service worker is for `npm run dev:mock` only: keep it out of production builds. */
function dropMockWorker(mode: string): Plugin {
  return {
    name: 'drop-mock-service-worker',
    apply: 'build',
    writeBundle(options) {
      if (mode !== 'mock') rmSync(resolve(options.dir ?? 'dist', 'mockServiceWorker.js'), { force: true });
    },
  };
}

/**
 * V8's explicit compile hint (Chromium 136+) on the first line of the entry chunk: its functions run
 * on load, so V8 compiles them on a background thread while the file streams in rather than one by
 * one on the main thread when first called. Other engines read a comment. Added last, after Vite's
 * own prelude; a source map gets an empty first line to match.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';
function entryCompileHint(): Plugin {
  return {
    name: 'entry-compile-hint',
    apply: 'build',
    writeBundle(options, bundle) {
      const dir = options.dir ?? 'dist';
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry || chunk.name !== 'index') continue;
        const file = resolve(dir, chunk.fileName);
        writeFileSync(file, `${COMPILE_HINT}\n${readFileSync(file, 'utf8')}`);
        const mapFile = `${file}.map`;
        if (existsSync(mapFile)) {
          const map = JSON.parse(readFileSync(mapFile, 'utf8')) as { mappings: string };
          writeFileSync(mapFile, JSON.stringify({ ...map, mappings: `;${map.mappings}` }));
        }
      }
    },
  };
}

/**
 * `src/app/boot.ts` as an entry of its own, loaded by the first script tag of index.html: Vite
 * bundles every module script of the page into one entry chunk, and boot's work (starting the
 * snapshot's worker) must not wait for the app's whole chunk to arrive. In `vite` (dev) the app
 * loads the snapshot itself.
 */
const BOOT_ENTRY = 'boot';
function bootEntry(): Plugin {
  return {
    name: 'boot-entry',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const boot = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.isEntry && c.name === BOOT_ENTRY);
        if (!boot) throw new Error('boot-entry: no boot chunk in the bundle');
        return [{ tag: 'script', attrs: { type: 'module', crossorigin: true, src: `./${boot.fileName}` }, injectTo: 'head-prepend' }];
      },
    },
  };
}

// `base: './'` keeps dist/ working from any static server path; the snapshot is
// fetched relative to the document for the same reason.
export default defineConfig(({ mode }) => ({
  base: './',
  plugins: [react(), lingui({ configPath: 'scripts/lingui.config.mjs' }), dropMockWorker(mode), cspMeta(), entryCompileHint(), bootEntry()],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 600,
    rollupOptions: { input: { index: resolve('index.html'), [BOOT_ENTRY]: resolve('src/app/boot.ts') } },
  },
  preview: { port: 5173, strictPort: true },
  test: {
    globals: true,
    environment: 'node',
    pool: 'threads',
    poolOptions: { threads: { maxThreads: 2, minThreads: 1 } },
    css: false,
    projects: (() => {
      const dom = domTestFiles();
      return [
        { extends: true, test: { name: 'node', include: TEST_FILES, exclude: [...configDefaults.exclude, ...dom], isolate: false, setupFiles: ['test/setup.ts'] } },
        // Typing and rendering in jsdom take seconds on a loaded 2-core machine: more than the default 5 s per test.
        { extends: true, test: { name: 'dom', include: dom, setupFiles: ['test/setup.ts', 'test/setup-dom.ts'], testTimeout: 15_000 } },
      ];
    })(),
  },
}));
