// A page of its own Chromium driven over a bare DevTools connection with only the Page and Runtime
// domains: what a user's browser does with a page, without Playwright, which enables the Network
// domain on every page (each network event then carries the document's URL: with a 1.6 MB link
// the page's requests started seconds late, an artefact of the test, not of the app).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, CHROMIUM_ARGS } from './harness.mjs';

const { ws: WebSocket } = createRequire(import.meta.url)('playwright-core/lib/utilsBundle');

/** Starts Chromium; `open(url, initScript)` loads a page and resolves when the script calls `window.__done(value)`. */
export async function bareChromium() {
  const profile = mkdtempSync(join(tmpdir(), 'krw-cdp-'));
  const proc = spawn(CHROMIUM, [...CHROMIUM_ARGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const endpoint = await new Promise((ok, ko) => {
    let err = '';
    proc.stderr.on('data', (d) => {
      err += d;
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(err);
      if (m) ok(m[1]);
    });
    proc.on('exit', () => ko(new Error(`chromium exited: ${err.slice(-500)}`)));
  });
  const socket = new WebSocket(endpoint, { maxPayload: 256 * 1024 * 1024 });
  await new Promise((ok, ko) => (socket.once('open', ok), socket.once('error', ko)));
  let id = 0;
  const pending = new Map();
  const listeners = new Set();
  socket.on('message', (data) => {
    const m = JSON.parse(String(data));
    if (m.id && pending.has(m.id)) {
      const { ok, ko } = pending.get(m.id);
      pending.delete(m.id);
      if (m.error) ko(new Error(m.error.message));
      else ok(m.result);
    } else for (const l of listeners) l(m);
  });
  const send = (method, params = {}, sessionId) =>
    new Promise((ok, ko) => {
      pending.set(++id, { ok, ko });
      socket.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
    });
  return {
    async open(url, initScript, timeoutMs = 30_000) {
      const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
      const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
      await send('Page.enable', {}, sessionId);
      await send('Runtime.enable', {}, sessionId);
      await send('Runtime.addBinding', { name: '__done' }, sessionId);
      await send('Page.addScriptToEvaluateOnNewDocument', { source: initScript }, sessionId);
      const done = new Promise((ok, ko) => {
        const timer = setTimeout(() => ko(new Error(`no answer from the page in ${timeoutMs} ms`)), timeoutMs);
        const l = (m) => {
          if (m.sessionId === sessionId && m.method === 'Runtime.bindingCalled' && m.params.name === '__done') {
            clearTimeout(timer);
            listeners.delete(l);
            ok(JSON.parse(m.params.payload));
          }
        };
        listeners.add(l);
      });
      await send('Page.navigate', { url }, sessionId);
      const value = await done;
      await send('Target.closeTarget', { targetId });
      return value;
    },
    async close() {
      socket.close();
      proc.kill();
      await new Promise((ok) => (proc.exitCode !== null ? ok() : proc.once('exit', ok)));
      try {
        rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
      } catch {
        // A helper process of Chromium may still be writing to it: a temporary folder is left behind.
      }
    },
  };
}
