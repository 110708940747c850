import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { lingui } from '@lingui/vite-plugin';
import { configDefaults } from 'vitest/config';
import { cspMeta } from './scripts/csp';
import { preloadApp } from './scripts/preload-app';

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

// `base: './'` keeps dist/ working from any static server path; the snapshot is
// fetched relative to the document for the same reason.
export default defineConfig(({ mode }) => ({
  base: './',
  plugins: [react(), lingui({ configPath: 'scripts/lingui.config.mjs' }), dropMockWorker(mode), preloadApp(), cspMeta()],
  build: {
    target: 'es2022',
    sourcemap: false,
    // Every browser the app supports preloads modules itself: the polyfill was dead weight in the entry.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 600,
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
