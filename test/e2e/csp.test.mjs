// The built page carries a Content-Security-Policy (scripts/csp.ts writes it into index.html), the
// inline theme script runs under it (its hash is right: Chromium checks it), and the harness turns a
// violation into a failure (every other e2e test runs under the same policy and the same check).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CSP_VIOLATIONS, chartReady, newPage, useServerAndBrowser } from './harness.mjs';

const env = useServerAndBrowser();

/** The page's policy as a map of directive → source list. */
async function policyOf(page) {
  const content = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  return new Map(content.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
}

describe('Content-Security-Policy', () => {
  it('is in the built page, strict, and the app runs under it (dark theme set by the hashed inline script)', async () => {
    const page = await newPage(env.browser);
    await page.goto(`${env.server.url}?source=snapshot&theme=dark`);
    await chartReady(page);
    const p = await policyOf(page);
    assert.deepEqual(p.get('object-src'), ["'none'"]);
    assert.deepEqual(p.get('base-uri'), ["'none'"]);
    assert.deepEqual(p.get('connect-src'), ["'self'", 'https://api.frankfurter.dev']);
    assert.deepEqual(p.get('img-src'), ["'self'", 'blob:', 'data:']);
    assert.deepEqual(p.get('worker-src'), ["'self'"]);
    const scripts = p.get('script-src');
    assert.equal(scripts[0], "'self'");
    assert.ok(scripts.slice(1).every((s) => /^'sha256-[A-Za-z0-9+/]{43}='$/.test(s)), scripts.join(' '));
    for (const values of p.values()) assert.ok(!values.includes("'unsafe-eval'") && !values.includes("'unsafe-inline'"), values.join(' '));
    // The inline theme script ran under the policy: a wrong hash would have been reported here.
    assert.deepEqual(CSP_VIOLATIONS, []);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    assert.deepEqual(page.errors, []);
  });

  it('blocks inline scripts, inline handlers and other origins, and the harness sees each violation', async () => {
    const page = await newPage(env.browser);
    await page.goto(`${env.server.url}?source=snapshot`);
    await chartReady(page);
    const outcome = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      document.body.append(s);
      const div = document.createElement('div');
      div.setAttribute('onclick', 'window.__handlerRan = true');
      document.body.append(div);
      div.click();
      div.remove();
      const fetched = await fetch('https://example.com/').then(() => 'answered', (e) => e.name);
      await new Promise((r) => setTimeout(r, 0));
      return { inline: window.__inlineRan === true, handler: window.__handlerRan === true, fetched };
    });
    assert.deepEqual(outcome, { inline: false, handler: false, fetched: 'TypeError' });
    await page.waitForFunction(() => true); // a round trip: the violations' console events have arrived
    const seen = CSP_VIOLATIONS.splice(0).join('\n'); // taken here, so this test does not fail the check it proves
    assert.match(seen, /script-src-elem blocked inline/);
    assert.match(seen, /script-src-attr blocked inline/);
    assert.match(seen, /connect-src blocked https:\/\/example\.com/);
  });
});
