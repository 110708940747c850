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
/**
 * The chart chunk (Recharts) and the built-in events are loaded with dynamic
 * imports so the shell paints first; preloading them from index.html starts
 * their download while the main chunk is still being parsed.
 */
function preloadFirstPaintChunks(): Plugin {
  const FIRST_PAINT = /(timeline-chart\.tsx|built-in-events\.ts)$/;
  return {
    name: 'preload-first-paint-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        const files = new Set<string>();
        const add = (file: string) => {
          const c = bundle[file];
          if (files.has(file) || !c || c.type !== 'chunk') return;
          files.add(file);
          c.imports.forEach(add);
        };
        for (const c of Object.values(bundle)) {
          if (c.type === 'chunk' && c.isDynamicEntry && FIRST_PAINT.test(c.facadeModuleId ?? '')) add(c.fileName);
        }
        const tags = [...files]
          .filter((f) => !html.includes(f))
          .map((f) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${f}` }, injectTo: 'head' as const }));
        return { html, tags };
      },
    },
  };
}

export default defineConfig(({ mode }) => ({
  base: './',
  plugins: [react(), dropMockWorker(mode), preloadFirstPaintChunks()],
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
