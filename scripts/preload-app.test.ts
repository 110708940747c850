import type { IndexHtmlTransformContext } from 'vite';
import { APP_CHUNKS_META, CHUNKS_MARK, preloadApp } from './preload-app';

const HTML = '<html><head><!-- krw-app-chunks --><script>/* reads the meta */</script><script type="module" crossorigin src="./assets/index-E.js"></script></head><body></body></html>';

/** A bundle of the entry, the app (main.tsx, dynamic) with a shared chunk, and the built-in events (dynamic). */
function bundle() {
  const chunk = (fileName: string, moduleIds: string[], imports: string[] = [], isDynamicEntry = true) => ({ type: 'chunk', fileName, moduleIds, imports, isDynamicEntry, viteMetadata: { importedCss: new Set<string>() } });
  return {
    'index-E.js': chunk('assets/index-E.js', ['/p/src/app/first-frame.ts'], [], false),
    'main-A.js': chunk('assets/main-A.js', ['/p/src/app/main.tsx'], ['assets/shared-S.js']),
    'shared-S.js': chunk('assets/shared-S.js', ['/p/src/lib/x.ts'], [], false),
    'built-in-events-B.js': chunk('assets/built-in-events-B.js', ['/p/src/features/events/data/built-in-events.ts', '/p/src/features/events/data/built-in-events-2017.ts']),
  };
}

function transform(b: ReturnType<typeof bundle>): string {
  const { handler } = preloadApp().transformIndexHtml as { handler: (html: string, ctx: IndexHtmlTransformContext) => string };
  return handler(HTML, { bundle: b } as unknown as IndexHtmlTransformContext);
}

describe('preloadApp', () => {
  it('asks for the built-in events chunk beside the entry, and lists the app chunks in the meta without preloading them', () => {
    const out = transform(bundle());
    expect(out).toContain('<link rel="modulepreload" crossorigin href="./assets/built-in-events-B.js">');
    expect(out).toContain(`<meta name="${APP_CHUNKS_META}" content="./assets/main-A.js ./assets/shared-S.js">`);
    expect(out).not.toMatch(/modulepreload[^>]*main-A/);
    // In the head, before it closes; the meta where index.html marks it, above its inline script.
    expect(out.indexOf('built-in-events-B.js')).toBeLessThan(out.indexOf('</head>'));
    expect(out.indexOf(APP_CHUNKS_META)).toBeLessThan(out.indexOf('<script>'));
    expect(out).not.toContain(CHUNKS_MARK);
  });

  it('fails the build when index.html has no place marked for the meta', () => {
    const { handler } = preloadApp().transformIndexHtml as { handler: (html: string, ctx: IndexHtmlTransformContext) => string };
    expect(() => handler(HTML.replace(CHUNKS_MARK, ''), { bundle: bundle() } as unknown as IndexHtmlTransformContext)).toThrow(/no <!-- krw-app-chunks -->/);
  });

  it('fails the build when there is no events chunk to preload', () => {
    const b: Partial<ReturnType<typeof bundle>> = bundle();
    delete b['built-in-events-B.js'];
    expect(() => transform(b as ReturnType<typeof bundle>)).toThrow(/no chunk for .*built-in-events\.ts/);
  });
});
