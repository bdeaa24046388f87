#!/usr/bin/env node
// Type-checks the tests with the sources (tsconfig.tests.json), runs the whole vitest suite and ends with
// the plain line CI reads: `N passed, N failed`. vitest's own summary stays on screen; the counts come
// from its JSON reporter, so a run that executed no test prints `0 passed, 0 failed` and exits non-zero.
// A type error in the tests or sources counts as one failed test.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, existsSync } from 'node:fs';

const resultsFile = '.test-results.json';
rmSync(resultsFile, { force: true });
const typecheck = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.tests.json'], { stdio: 'inherit' });
if (typecheck.status !== 0) console.log('type check of the tests failed (tsc -p tsconfig.tests.json): counted as one failed test');
const run = spawnSync(
  process.execPath,
  ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${resultsFile}`, ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
let passed = 0;
let failed = 0;
if (existsSync(resultsFile)) {
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  passed = results.numPassedTests ?? 0;
  failed = results.numFailedTests ?? 0;
  // A test file that fails to load has no failed tests, only a failed suite: count it so it is seen.
  if (failed === 0) failed = results.numFailedTestSuites ?? 0;
}
if (typecheck.status !== 0) failed += 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(run.status === 0 && typecheck.status === 0 && passed > 0 && failed === 0 ? 0 : 1);
