import type { Plugin } from 'vite';

/** V8's explicit compile hint: compile every function of the file eagerly, off the main thread while it streams. */
const COMPILE_HINT = '';

/**
 * The first chart paint needs lazily imported chunks too (Recharts and the chart, the built-in
 * events). Left alone, the browser asks for them only once the entry chunk has run, and compiles
 * their functions one by one on the main thread as they are first called. This plugin
 *  - adds a `<link rel="modulepreload">` per such chunk (and the chunks they import) to index.html,
 *    so they download and parse while the entry chunk runs;
 *  - puts V8's compile hint at the top of the entry chunk and of those chunks.
 * `modules` are the dynamically imported source modules the first paint needs (path suffixes).
 */
export function firstPaintChunks(modules: readonly string[]): Plugin {
  return {
    name: 'first-paint-chunks',
    apply: 'build',
    enforce: 'post',
    // After Vite's own generateBundle hooks (which prepend the dynamic-import dependency map).
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
      const chunks = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []));
      const wanted = new Set<string>();
      const add = (file: string) => {
        if (wanted.has(file)) return;
        wanted.add(file);
        const c = bundle[file];
        if (c?.type === 'chunk') c.imports.forEach(add);
      };
      for (const m of modules) {
        const chunk = chunks.find((c) => c.facadeModuleId?.endsWith(m));
        if (!chunk) this.error(`first-paint-chunks: no chunk is built from a module ending in ${m}`);
        add(chunk.fileName);
      }
      const entries = chunks.filter((c) => c.isEntry).map((c) => c.fileName);
      for (const file of [...entries, ...wanted]) {
        const c = bundle[file];
        if (c?.type === 'chunk' && !c.code.startsWith(COMPILE_HINT)) c.code = COMPILE_HINT + c.code;
      }
      const html = bundle['index.html'];
      if (html?.type !== 'asset' || typeof html.source !== 'string') return;
      const links = [...wanted]
        .filter((f) => !entries.includes(f))
        .map((f) => `<link rel="modulepreload" crossorigin href="./${f}">`)
        .join('\n    ');
      html.source = html.source.replace('</head>', `  ${links}\n  </head>`);
      },
    },
  };
}
