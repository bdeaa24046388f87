#!/usr/bin/env node
// Rewrites the curated example reports in reports/examples/ (run after `npm run build`; `npm run examples`
// does both). tests/report/examples-up-to-date.test.ts fails until they match the code.
import { relative } from 'node:path';
import { EXAMPLE_REPORTS, writeExampleReports } from '../dist/src/report/example-reports.js';

const written = await writeExampleReports(undefined, (message) => process.stderr.write(`${message}\n`));
for (const report of written) console.log(`wrote ${relative(process.cwd(), report.folder)}/ (${report.files.length} files)`);
console.log(`${EXAMPLE_REPORTS.length} example reports are up to date.`);
