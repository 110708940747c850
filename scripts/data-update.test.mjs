import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { frankfurterResponse } from '../mocks/fixtures/frankfurter-responses.mjs';
import { parseFrankfurter } from '../src/features/rates/model/ecb-parse';
import { parseEcbSnapshot } from '../src/features/rates/model/ecb-snapshot';
import { ecbRowsFromFrankfurter } from './data-update-ecb.mjs';

// The script runs in a child process against a local HTTP server that answers
// exactly as the MSW Frankfurter handlers do (same fixture, same scenarios).
const fixture = JSON.parse(readFileSync('mocks/fixtures/frankfurter-v1.json', 'utf8'));
let scenario = 'normal';
let options = {};
let body = null;
const requests = [];
const server = createServer((req, res) => {
  requests.push(req.url);
  if (body !== null) {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    return;
  }
  const a = frankfurterResponse(scenario, fixture, `http://localhost${req.url}`, options);
  if (a.networkError) return req.socket.destroy();
  setTimeout(() => res.writeHead(a.status, a.headers).end(a.body), a.delayMs);
});
let port = 0;
let dir = '';

beforeAll(async () => {
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  port = server.address().port;
});
afterAll(() => new Promise((r) => server.close(r)));
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ecb-update-'));
  scenario = 'normal';
  options = {};
  body = null;
  requests.length = 0;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function run(env = {}) {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['scripts/data-update.mjs'],
      { env: { ...process.env, FRANKFURTER_BASE: `http://127.0.0.1:${port}`, OUT_DIR: dir, DATA_UPDATE_RETRY_BASE_MS: '5', ...env } },
      (error, stdout, stderr) => resolve({ code: error ? error.code : 0, stdout, stderr }),
    );
  });
}
const out = () => join(dir, 'ecb-snapshot.json');

describe('npm run data:update', () => {
  it('fetches the whole ECB history once and writes the snapshot the app reads', async () => {
    const r = await run();
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ecb snapshot: 58 days 2024-07-09\.\.2024-09-26/);
    expect(requests).toEqual(['/v1/1999-01-04..?base=USD&symbols=KRW,JPY,CNY,EUR']);
    const { file, rows } = parseEcbSnapshot(JSON.parse(readFileSync(out(), 'utf8')));
    expect(rows).toEqual(parseFrankfurter(fixture).rows); // exactly the figures of the answer
    expect(file.fix).toBe('14:15 Europe/Berlin');
    expect(file.source).toMatch(/^ECB euro foreign exchange reference rates via Frankfurter v1/);
    expect(Date.now() - Date.parse(file.fetchedAt)).toBeLessThan(60_000);
  });

  it('keeps what is right and says what it left out', async () => {
    body = structuredClone(fixture);
    body.rates['2024-09-03'].JPY = 'x';
    body.rates['2024-02-30'] = { KRW: 1 };
    body.start_date = '2024-01-02';
    const r = await run();
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/2 figure\(s\) or day\(s\) left out, e\.g\. rates\["2024-02-30"\]: not a real date; rates\["2024-09-03"\]\.JPY: "x"/);
    const { rows } = parseEcbSnapshot(JSON.parse(readFileSync(out(), 'utf8')));
    expect(rows.find((x) => x.date === '2024-09-03')?.JPY).toBeNull();
  });

  it.each([
    ['503', { retryAfter: '0' }, /answered HTTP 503 \(Retry-After: 0\)/, 3],
    ['500', {}, /answered HTTP 500/, 3],
    ['malformed', {}, /not valid JSON/, 1],
    ['empty', {}, /no ECB rates for the range \(HTTP 404/, 1],
    ['offline', {}, /could not reach http:\/\/127\.0\.0\.1:\d+ \(\w+\); is there a network\?/, 3],
  ])('%s: fails with a clear message and leaves the existing file untouched', async (s, o, message, tries) => {
    scenario = s;
    options = o;
    writeFileSync(out(), 'OLD');
    const r = await run();
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/was left as it was\.$/m);
    expect(readFileSync(out(), 'utf8')).toBe('OLD');
    expect(requests).toHaveLength(tries);
  });

  it('a Retry-After above 30 s is not waited for', async () => {
    scenario = '503';
    options = { retryAfter: '3600' };
    const r = await run();
    expect(r.code).toBe(1);
    expect(requests).toHaveLength(1);
  });

  it('times out', async () => {
    scenario = 'slow';
    options = { slowMs: 2000 };
    const r = await run({ DATA_UPDATE_TIMEOUT_MS: '100' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no answer from .* within 0\.1 s/);
    expect(r.stderr).toMatch(/Nothing was written/);
    expect(existsSync(out())).toBe(false);
  });
});

describe('the script validates as the app does', () => {
  it('gives the same rows as src/features/rates/model/ecb-parse.ts', () => {
    const messy = structuredClone(fixture);
    messy.rates['2024-09-03'].JPY = 0;
    messy.rates['2024-09-04'].KRW = -5;
    delete messy.rates['2024-09-05'].KRW;
    messy.rates['2024-09-07'] = { KRW: 1300 };
    const js = ecbRowsFromFrankfurter(messy);
    const ts = parseFrankfurter(messy);
    expect(js.rows).toEqual(ts.rows);
    expect(js.dropped).toBe(ts.dropped);
  });

  it.each([
    [{ ...fixture, base: 'EUR' }, /base: "EUR", expected "USD"/],
    [{ ...fixture, rates: {} }, /rates: no figures/],
    [{ ...fixture, rates: [] }, /rates: expected an object/],
    ['<html>', /not a JSON object/],
  ])('rejects an unusable answer', (json, message) => {
    expect(() => ecbRowsFromFrankfurter(json)).toThrow(message);
  });
});
