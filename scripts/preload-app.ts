import type { Plugin } from 'vite';

/** The meta whose content lists the app's chunks, for index.html and first-frame.ts to preload. */
export const APP_CHUNKS_META = 'krw-app-chunks';
/** Where index.html wants the meta: before its inline script. */
export const CHUNKS_MARK = '<!-- krw-app-chunks -->';

/**
 * index.html loads a small entry (src/app/first-frame.ts) that may draw the chart before it
 * imports the app (src/app/main.tsx, a chunk of its own). This writes the app's chunk and the
 * chunks it imports into `<meta name="krw-app-chunks">`, for the page to ask for them beside the
 * entry (`<link rel="modulepreload">`: fetched and compiled, not run) when the link cannot start
 * with the early first frame (index.html's inline script); with the first frame, first-frame.ts
 * imports the app once that frame has painted. It also links the app's own CSS as a stylesheet, so that every style of the page
 * is there for the first frame. Build only.
 */
export function preloadApp(entry = '/src/app/main.tsx', events = '/src/features/events/data/built-in-events.ts'): Plugin {
  return {
    name: 'preload-app-chunk',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        /** The chunk a dynamic import of `module` loads; the build fails without one. */
        const dynamicChunk = (module: string) => {
          const c = Object.values(ctx.bundle ?? {}).find((x) => x.type === 'chunk' && x.isDynamicEntry && x.moduleIds.some((id) => id.endsWith(module)));
          if (!c || c.type !== 'chunk') throw new Error(`preload-app-chunk: no chunk for ${module}`);
          return c;
        };
        const app = dynamicChunk(entry);
        const css = [...(app.viteMetadata?.importedCss ?? [])].filter((f) => !html.includes(f));
        const js = [app.fileName, ...app.imports].filter((f) => !html.includes(f));
        // Every view draws the built-in events, and the entry asks for their chunk only once it has
        // run (a second wave, ~90 ms later in the bench's loads): asked for beside the entry instead.
        const ev = dynamicChunk(events);
        const evJs = [ev.fileName, ...ev.imports].filter((f) => !html.includes(f) && !js.includes(f));
        const links = [
          ...evJs.map((f) => `    <link rel="modulepreload" crossorigin href="./${f}">`),
          ...css.map((f) => `    <link rel="stylesheet" crossorigin href="./${f}">`),
        ].join('\n');
        // The meta where index.html marks it: above its inline script, which reads it and runs before
        // the stylesheets (an inline script below a stylesheet waits for it).
        const meta = `<meta name="${APP_CHUNKS_META}" content="${js.map((f) => `./${f}`).join(' ')}">`;
        const withMeta = html.replace(CHUNKS_MARK, meta);
        if (withMeta === html) throw new Error(`preload-app-chunk: index.html has no ${CHUNKS_MARK}`);
        const out = withMeta.replace('</head>', `${links}\n  </head>`);
        if (out === withMeta) throw new Error('preload-app-chunk: index.html has no </head>');
        return out;
      },
    },
  };
}
