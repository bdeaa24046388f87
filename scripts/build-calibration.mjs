#!/usr/bin/env node
// Learns the forecast calibration from the reference corpora in ../shared/benchmarks (M1 yearly and
// provinces-dev) and writes models/calibration.json, with its provenance and the cross-fitted checks.
// Run after `npm run build`:  node scripts/build-calibration.mjs [--check] [BENCHMARKS_DIR]
//   --check   compare with the committed file instead of writing it (exit 1 when they differ)
// The runtime reads only models/calibration.json; it never reads ../shared.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCHMARKS_DIRECTORY, buildForecastCalibration, formatCalibration } from '../dist/src/io/build-forecast-calibration.js';
import { modelsDirectory } from '../dist/src/io/project-paths.js';

const args = process.argv.slice(2);
const check = args.includes('--check');
const directory = args.find((arg) => !arg.startsWith('--')) ?? BENCHMARKS_DIRECTORY;
const target = join(modelsDirectory, 'calibration.json');

const started = performance.now();
const text = formatCalibration(await buildForecastCalibration(directory));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (check) {
  let committed = '';
  try { committed = readFileSync(target, 'utf8'); } catch { /* missing counts as different */ }
  if (committed !== text) {
    console.error(`models/calibration.json differs from what the corpora in ${directory} give (${seconds} s); run node scripts/build-calibration.mjs`);
    process.exit(1);
  }
  console.log(`models/calibration.json is up to date (${seconds} s)`);
} else {
  writeFileSync(target, text);
  console.log(`wrote models/calibration.json from ${directory} in ${seconds} s`);
}
