#!/usr/bin/env node
// npm run data:update — fetches the ECB reference-rate history from the
// Frankfurter API and writes public/data/ecb-snapshot.json beside the H.10
// snapshot, so an offline deployment can carry recent ECB figures.
//
//   GET ${FRANKFURTER_BASE}/v1/1999-01-04..?base=USD&symbols=KRW,JPY,CNY,EUR
//
// Environment: FRANKFURTER_BASE (default https://api.frankfurter.dev),
// OUT_DIR (default public/data), DATA_UPDATE_TIMEOUT_MS (default 60000),
// DATA_UPDATE_RETRY_BASE_MS (default 2000; 2 retries on timeouts, network
// errors, 5xx and 429, honouring Retry-After up to 30 s).
// On any failure it says what failed and leaves an existing file untouched.
import { existsSync, mkdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ECB_SYMBOLS, ecbRowsFromFrankfurter } from './data-update-ecb.mjs';
import { encodeSnapshot } from './snapshot-codec.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const base = (process.env.FRANKFURTER_BASE ?? 'https://api.frankfurter.dev').replace(/\/+$/, '');
const outDir = resolve(root, process.env.OUT_DIR ?? 'public/data');
const out = resolve(outDir, 'ecb-snapshot.json');
const timeoutMs = Number(process.env.DATA_UPDATE_TIMEOUT_MS ?? 60_000);
const retryBaseMs = Number(process.env.DATA_UPDATE_RETRY_BASE_MS ?? 2_000);
const RETRIES = 2;
const RETRY_AFTER_CAP_MS = 30_000;
const url = `${base}/v1/1999-01-04..?base=USD&symbols=${ECB_SYMBOLS.join(',')}`;

class Failure extends Error {
  constructor(message, { retry = false, waitMs = null } = {}) {
    super(message);
    this.retry = retry;
    this.waitMs = waitMs;
  }
}

async function attempt() {
  let res;
  let text;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json' } });
    text = await res.text();
  } catch (e) {
    if (e?.name === 'TimeoutError') throw new Failure(`no answer from ${base} within ${timeoutMs / 1000} s`, { retry: true });
    const code = e?.cause?.code ?? e?.cause?.message ?? e?.message;
    throw new Failure(`could not reach ${base} (${code}); is there a network?`, { retry: true });
  }
  if (!res.ok) {
    const ra = res.headers.get('retry-after');
    const waitMs = ra && /^\d+$/.test(ra.trim()) ? Number(ra) * 1000 : null;
    if (res.status === 404) throw new Failure(`${base} has no ECB rates for the range (HTTP 404: ${text.slice(0, 80)})`);
    const retry = (res.status >= 500 || res.status === 429) && (waitMs === null || waitMs <= RETRY_AFTER_CAP_MS);
    throw new Failure(`${base} answered HTTP ${res.status}${ra ? ` (Retry-After: ${ra})` : ''}`, { retry, waitMs });
  }
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Failure(`the answer of ${base} is not valid JSON (${text.length} characters)`);
  }
  try {
    return ecbRowsFromFrankfurter(json);
  } catch (e) {
    throw new Failure(`the answer of ${base} is not usable: ${e.message}`);
  }
}

async function fetchWithRetries() {
  for (let i = 0; ; i++) {
    try {
      return await attempt();
    } catch (e) {
      if (!(e instanceof Failure) || !e.retry || i >= RETRIES) throw e;
      const wait = e.waitMs ?? retryBaseMs * 2 ** i;
      console.warn(`data:update: ${e.message}; trying again in ${wait / 1000} s`);
      await new Promise((r) => setTimeout(r, wait));
    }
  }
}

try {
  const { rows, dropped, issues } = await fetchWithRetries();
  if (dropped) console.warn(`data:update: ${dropped} figure(s) or day(s) left out, e.g. ${issues.slice(0, 3).join('; ')}`);
  const snap = encodeSnapshot(
    rows,
    {
      source: `ECB euro foreign exchange reference rates via Frankfurter v1 (${base}, base=USD)`,
      fix: '14:15 Europe/Berlin',
      fetchedAt: new Date().toISOString(),
    },
    ECB_SYMBOLS,
  );
  mkdirSync(outDir, { recursive: true });
  const tmp = `${out}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, JSON.stringify(snap));
    renameSync(tmp, out); // atomic: readers see the old file or the new one, never half of one
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // nothing written
    }
    throw e;
  }
  console.log(`ecb snapshot: ${rows.length} days ${snap.first}..${snap.last}, ${statSync(out).size} bytes -> ${out}`);
} catch (e) {
  console.error(`data:update failed: ${e.message}`);
  console.error(existsSync(out) ? `${out} was left as it was.` : `Nothing was written (${out}).`);
  process.exit(1);
}
