import type { Plugin } from 'vite';

/**
 * The first chart paint needs lazily imported chunks too (Recharts and the chart, the built-in
 * events). Left alone, the browser asks for them only once the entry chunk has run. This plugin
 * adds a `<link rel="modulepreload">` per such chunk (and the chunks they import) to index.html,
 * so they download and parse while the entry chunk runs.
 * `modules` are the dynamically imported source modules the first paint needs (path suffixes).
 */
export function firstPaintChunks(modules: readonly string[]): Plugin {
  return {
    name: 'first-paint-chunks',
    apply: 'build',
    // After Vite's own generateBundle hooks (which write index.html).
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const chunks = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []));
        const entries = new Set(chunks.filter((c) => c.isEntry).map((c) => c.fileName));
        const wanted = new Set<string>();
        const add = (file: string) => {
          if (wanted.has(file) || entries.has(file)) return;
          wanted.add(file);
          const c = bundle[file];
          if (c?.type === 'chunk') c.imports.forEach(add);
        };
        for (const m of modules) {
          const chunk = chunks.find((c) => c.facadeModuleId?.endsWith(m));
          if (!chunk) this.error(`first-paint-chunks: no chunk is built from a module ending in ${m}`);
          add(chunk.fileName);
        }
        const html = bundle['index.html'];
        if (html?.type !== 'asset' || typeof html.source !== 'string') return;
        const links = [...wanted].map((f) => `<link rel="modulepreload" crossorigin href="./${f}">`).join('\n    ');
        html.source = html.source.replace('</head>', `  ${links}\n  </head>`);
      },
    },
  };
}
