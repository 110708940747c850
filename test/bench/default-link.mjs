// The default link (`/`: live ECB rates, `auto`) against an earlier build, time to chart, issue 16's
// "no worse for the default URL". Two cases, each in interleaved rounds, a fresh browser context per load:
//
// - offline: Frankfurter refused at the socket (the browser resolves api.frankfurter.dev to a closed
//   port): the page shows its fallback, the H.10 snapshot, with the "retrying" notice;
// - online: a local HTTPS server answers as Frankfurter does, from the real ECB figures of
//   mocks/fixtures/frankfurter-v1.json, after --online-delay ms (default 100, a round trip to
//   Frankfurter from Europe); it needs `openssl` for a throwaway certificate (skipped without it).
//
// No request interception (Playwright would hold every request of the page for a round trip
// through Node). The paint is the page's own mark (probe.mjs), seen through a CDP binding.
//
//   node test/bench/default-link.mjs --before <dist of the earlier build> [--dist dist-automation]
//        [--rounds 11] [--online-delay 100] [--no-online]
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { frankfurterBody } from '../../mocks/fixtures/frankfurter-responses.mjs';
import { CHROMIUM, CHROMIUM_ARGS, DIST, ROOT, serveStatic } from '../e2e/harness.mjs';
import { median, quantile, writeJson } from './bench-lib.mjs';
import { benchProbe } from './probe.mjs';

function args(argv) {
  const o = { dist: DIST, before: null, rounds: 11, onlineDelay: 100, online: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--before') o.before = resolve(argv[++i] ?? '');
    else if (a === '--dist') o.dist = resolve(argv[++i] ?? '');
    else if (a === '--rounds') o.rounds = Number(argv[++i]);
    else if (a === '--online-delay') o.onlineDelay = Number(argv[++i]);
    else if (a === '--no-online') o.online = false;
    else throw new Error(`unknown argument ${a}`);
  }
  if (!o.before) throw new Error('--before <dist of the earlier build> is required');
  if (!(o.rounds >= 1)) throw new Error('--rounds must be a positive number');
  return o;
}

/** A throwaway self-signed certificate for api.frankfurter.dev (openssl), or null without openssl. */
async function certificate(dir) {
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '1', '-subj', '/CN=api.frankfurter.dev'], { stdio: 'ignore' });
    return { key: await readFile(join(dir, 'key.pem')), cert: await readFile(join(dir, 'cert.pem')) };
  } catch {
    return null;
  }
}

/** Frankfurter's answers (v1 time series, the fixture's real figures) after `delayMs`, over HTTPS on a free port. */
async function fakeFrankfurter(tls, delayMs) {
  const fixture = JSON.parse(await readFile(join(ROOT, 'mocks/fixtures/frankfurter-v1.json'), 'utf8'));
  const server = createServer(tls, (req, res) => {
    setTimeout(() => {
      const a = frankfurterBody(fixture, `https://api.frankfurter.dev${req.url}`);
      res.writeHead(a.status, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
      res.end(JSON.stringify(a.body));
    }, delayMs);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { port: server.address().port, close: () => new Promise((ok) => server.close(ok)) };
}

/** One load of `url`: the paint (ms after navigation start) and the source the chart says it shows. */
async function load(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: `(${benchProbe.toString()})();` });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Runtime.enable');
    await cdp.send('Runtime.addBinding', { name: '__benchPainted' });
    let timer;
    const painted = new Promise((ok, fail) => {
      cdp.on('Runtime.bindingCalled', (e) => e.name === '__benchPainted' && ok());
      timer = setTimeout(() => fail(new Error('no paint within 20 s')), 20_000);
    });
    await page.goto(url, { waitUntil: 'commit' });
    await painted.finally(() => clearTimeout(timer));
    const ms = await page.evaluate(() => window.__bench.painted);
    const source = await page.locator('[data-testid="source-line"]').first().textContent({ timeout: 10_000 });
    return { ms, source: /H\.10/.test(source) ? 'H.10' : /ECB/.test(source) ? 'ECB' : source };
  } finally {
    await context.close();
  }
}

async function runCase(name, extraArgs, urls, rounds, log) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, ...extraArgs], headless: true });
  try {
    for (const k of ['app', 'before']) await load(browser, urls[k]); // warm-up, not counted
    const r = { app: [], before: [], sources: { app: new Set(), before: new Set() } };
    for (let i = 0; i < rounds; i++) {
      for (const k of i % 2 ? ['app', 'before'] : ['before', 'app']) {
        const x = await load(browser, urls[k]);
        r[k].push(x.ms);
        r.sources[k].add(x.source);
      }
      log(`${name} round ${i + 1}/${rounds}: app ${r.app.at(-1).toFixed(0)} ms, before ${r.before.at(-1).toFixed(0)} ms`);
    }
    const perRound = r.app.map((a, i) => a / r.before[i]);
    return {
      appMs: { min: Math.min(...r.app), median: median(r.app), max: Math.max(...r.app) },
      beforeMs: { min: Math.min(...r.before), median: median(r.before), max: Math.max(...r.before) },
      ratioOfMedians: median(r.app) / median(r.before),
      perRoundRatio: { median: median(perRound), p25: quantile(perRound, 0.25), p75: quantile(perRound, 0.75) },
      appSlowerRounds: perRound.filter((x) => x > 1).length,
      rounds,
      shown: { app: [...r.sources.app], before: [...r.sources.before] },
      raw: { app: r.app, before: r.before },
    };
  } finally {
    await browser.close();
  }
}

async function main() {
  const o = args(process.argv.slice(2));
  const log = (s) => console.log(s);
  const app = await serveStatic(o.dist);
  const before = await serveStatic(o.before);
  const urls = { app: app.url, before: before.url };
  const out = { when: new Date().toISOString(), dist: o.dist, before: o.before, cases: {} };
  const work = await mkdtemp(join(tmpdir(), 'krw-default-link-'));
  try {
    out.cases.offline = await runCase('offline', ['--host-resolver-rules=MAP api.frankfurter.dev 127.0.0.1:9'], urls, o.rounds, log);
    const tls = o.online ? await certificate(work) : null;
    if (o.online && !tls) log('online case skipped: openssl is not on this machine');
    if (tls) {
      const api = await fakeFrankfurter(tls, o.onlineDelay);
      try {
        const rules = [`--host-resolver-rules=MAP api.frankfurter.dev:443 127.0.0.1:${api.port}`, '--ignore-certificate-errors'];
        out.cases.online = { delayMs: o.onlineDelay, ...(await runCase('online', rules, urls, o.rounds, log)) };
      } finally {
        await api.close();
      }
    }
  } finally {
    await app.close();
    await before.close();
    await rm(work, { recursive: true, force: true });
  }
  console.log('\ndefault link, time to chart (ms, median of rounds), app vs before:');
  for (const [name, c] of Object.entries(out.cases)) {
    console.log(
      `  ${name.padEnd(8)} ${c.appMs.median.toFixed(0)} vs ${c.beforeMs.median.toFixed(0)} ms: ${c.ratioOfMedians.toFixed(3)}× ` +
        `(per round ${c.perRoundRatio.median.toFixed(3)}×, app slower in ${c.appSlowerRounds}/${c.rounds}; shows ${c.shown.app.join('/')} vs ${c.shown.before.join('/')})`,
    );
  }
  const file = join(ROOT, 'test', 'bench', 'results', `default-link-${out.when.replace(/[:.]/g, '-')}.json`);
  await writeJson(file, out);
  console.log(`results: ${file.slice(ROOT.length + 1)}`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
