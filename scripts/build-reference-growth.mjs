#!/usr/bin/env node
// Writes models/reference-growth.json: the five-year growths of every series of the reference corpora in
// ../shared/benchmarks, by reference class, for the target proposals' reference-class check.
// Run after `npm run build`:  node scripts/build-reference-growth.mjs [--check] [BENCHMARKS_DIR]
//   --check   compare with the committed file instead of writing it (exit 1 when they differ)
// The runtime reads only models/reference-growth.json; it never reads ../shared.
import { readFileSync, writeFileSync } from 'node:fs';
import { buildReferenceGrowth, formatReferenceGrowth } from '../dist/src/io/build-reference-growth.js';
import { BENCHMARKS_DIRECTORY } from '../dist/src/io/build-forecast-calibration.js';
import { REFERENCE_GROWTH_FILE } from '../dist/src/io/load-reference-growth.js';

const args = process.argv.slice(2);
const check = args.includes('--check');
const directory = args.find((arg) => !arg.startsWith('--')) ?? BENCHMARKS_DIRECTORY;
const text = formatReferenceGrowth(await buildReferenceGrowth(directory));
if (check) {
  let committed = '';
  try { committed = readFileSync(REFERENCE_GROWTH_FILE, 'utf8'); } catch { /* missing counts as different */ }
  if (committed !== text) {
    console.error(`models/reference-growth.json differs from what the corpora in ${directory} give; run node scripts/build-reference-growth.mjs`);
    process.exit(1);
  }
  console.log('models/reference-growth.json is up to date');
} else {
  writeFileSync(REFERENCE_GROWTH_FILE, text);
  console.log(`wrote models/reference-growth.json from ${directory}`);
}
