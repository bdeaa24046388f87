#!/usr/bin/env node
// A report writer that kills itself (SIGKILL, no clean-up) at a given step: the crash test of
// tests/render/write-report-folder.test.ts runs it as a child process. Uses the built dist/ (npm test builds).
// Usage: node write-report-and-die.mjs OUT_FOLDER STEP OCCURRENCE LABEL
import { createHash } from 'node:crypto';
import { writeReportFolder } from '../../dist/src/render/write-report-folder.js';

const [out, step, occurrence, label] = process.argv.slice(2);
const files = [
  { path: 'index.html', content: `<p>${label}</p>` },
  { path: 'charts/fan.svg', content: `<svg>${label}</svg>` },
  { path: 'tables/goals.csv', content: `goal,${label}\r\n` },
];
const manifest = {
  plancastVersion: '0.0.0-test',
  files: files.map((file) => ({ path: file.path, sha256: createHash('sha256').update(file.content).digest('hex') })),
};
let seen = 0;
await writeReportFolder(out, [...files, { path: 'manifest.json', content: JSON.stringify(manifest) }], {
  onStep: (reached) => {
    if (reached === step && ++seen === Number(occurrence)) process.kill(process.pid, 'SIGKILL');
  },
});
console.log('finished without being killed');
