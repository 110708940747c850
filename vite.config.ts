/// <reference types="vitest/config" />
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

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
  plugins: [react(), dropMockWorker(mode)],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 600,
  },
  preview: { port: 5173, strictPort: true },
  test: {
    globals: true,
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.{ts,mjs}', 'mocks/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    pool: 'threads',
    poolOptions: { threads: { maxThreads: 2, minThreads: 1 } },
    css: false,
  },
}));
