// Shared end-to-end helpers: a static server for the built app and Debian's Chromium via playwright-core.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, afterEach, before } from 'node:test';
import { chromium } from 'playwright-core';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** The production build (`npm run build`): it must not carry the automation hook. */
export const PROD_DIST = join(ROOT, 'dist');
/**
 * What the end-to-end tests and the bench drive: the automation build (`npm run build:automation`,
 * the production build plus `window.__krwLens`), or E2E_DIST.
 */
export const DIST = process.env.E2E_DIST ? resolve(process.env.E2E_DIST) : join(ROOT, 'dist-automation');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Chromium 156.0.8078.114 (Debian, December 2026) opens two omnibox pop-up pages of its own UI
  // (chrome://omnibox-popup.top-chrome/, ~100 scripts) with every new window, in a renderer that
  // competed for the 2 cores with every page the tests and the bench load: the app's first paint
  // read ~850 ms with them and ~400 ms without (9 interleaved loads each). A user's browser makes
  // them once per window it already has; the page's code and the web platform are untouched.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * A plain static file server (no SPA rewrites, no compression) on a free loopback port.
 * `opts.maxHeaderSize`: bytes of request line and headers it accepts (Node's default is 16 KB).
 */
export async function serveStatic(dir = DIST, opts = {}) {
  await stat(join(dir, 'index.html')).catch(() => {
    const how = dir === DIST && !process.env.E2E_DIST ? 'npm run build:automation' : dir === PROD_DIST ? 'npm run build' : 'a build';
    throw new Error(`${dir}/index.html is missing: run "${how}" first`);
  });
  const server = createServer({ ...(opts.maxHeaderSize ? { maxHeaderSize: opts.maxHeaderSize } : {}) }, async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let file = normalize(join(dir, path));
      if (!file.startsWith(dir)) throw new Error('outside');
      if (path.endsWith('/')) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

export async function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/**
 * A new page whose requests to the Frankfurter API fail unless a test answers
 * them (there is no network here; tests answer with Frankfurter's real shapes).
 * Page errors are collected in `page.errors`.
 *
 * `opts.route: false` leaves requests alone: any `page.route` makes Playwright
 * hold every request of the page (not only the matched ones) for a round trip
 * through Node, which the benchmark must not time (~20 ms on the app's load here).
 */
export async function newPage(browser, opts = {}) {
  const context = await browser.newContext({
    viewport: opts.viewport ?? { width: 1440, height: 900 },
    acceptDownloads: true,
    // The browser's language: English unless a test asks for another (the app follows it without lang=).
    locale: opts.locale ?? 'en-US',
    // The viewer's zone (IANA), e.g. 'UTC'; default: the machine's.
    ...(opts.timezoneId ? { timezoneId: opts.timezoneId } : {}),
  });
  // Every Content-Security-Policy violation (the built index.html carries the policy) fails the
  // test that caused it: the page reports each `securitypolicyviolation` event on its console.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e));
  page.on('console', (m) => {
    if (m.type() === 'error' && m.text().startsWith('CSP violation: ')) CSP_VIOLATIONS.push(m.text());
  });
  if (opts.route !== false) await page.route('https://api.frankfurter.dev/**', (route) => route.abort('internetdisconnected'));
  return page;
}

/** Waits for the chart to have painted its lines. */
export async function chartReady(page) {
  await page.waitForSelector('[data-testid="timeline-chart"][data-ready="true"]', { timeout: 20_000 });
}

/** Event ids shown on the chart, singles and cluster members alike. */
export async function markerIds(page) {
  return page.evaluate(() => {
    const ids = [...document.querySelectorAll('[data-event-id]')].map((e) => e.getAttribute('data-event-id'));
    for (const c of document.querySelectorAll('[data-event-ids]')) ids.push(...c.getAttribute('data-event-ids').split(' '));
    return ids;
  });
}

export async function downloadText(page, buttonName) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: buttonName, exact: true }).click()]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), text: await readFile(path, 'utf8') };
}

/** CSP violations reported by any page since the last test ended (`useServerAndBrowser` fails the test on any). */
export const CSP_VIOLATIONS = [];

/** Throws when a page reported a CSP violation since the last call, and forgets them. */
export function assertNoCspViolations() {
  const seen = CSP_VIOLATIONS.splice(0);
  if (seen.length) throw new Error(`Content-Security-Policy violations:\n${[...new Set(seen)].join('\n')}`);
}

/**
 * One static server and one browser for a test file: `env.server.url`, `env.browser`. A test
 * during which a page reported a Content-Security-Policy violation fails. `serverOpts` as for
 * `serveStatic`.
 */
export function useServerAndBrowser(serverOpts = {}) {
  const env = { server: null, browser: null };
  before(async () => {
    env.server = await serveStatic(DIST, serverOpts);
    env.browser = await launch();
  });
  afterEach(() => assertNoCspViolations());
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/** RFC 4180 text → arrays of fields. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  return rows;
}
