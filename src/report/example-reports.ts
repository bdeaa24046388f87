/**
 * The curated example reports committed under reports/examples/: Yubei's mid-term evaluation in Chinese
 * and in English, on the bundled data, with 1,000 paths (the files stay small; the numbers move by a
 * point or two against the default 10,000) and without PNGs (their bytes depend on the installed font
 * version; the SVGs and everything else do not). `npm run examples` rewrites them;
 * tests/report/examples-up-to-date.test.ts regenerates them in a temporary folder and compares byte for
 * byte, which is how CI checks they are up to date.
 */
import { join } from 'node:path';
import { reportsDirectory } from '../io/project-paths.js';
import { writeReport, type ReportProgress, type ReportRequest, type WrittenReport } from './write-report.js';

export const EXAMPLES_DIRECTORY = join(reportsDirectory, 'examples');

export const EXAMPLE_REPORTS: readonly { folder: string; request: ReportRequest }[] = [
  { folder: 'yubei-zh', request: { region: 'yubei', language: 'zh', paths: 1000, png: false } },
  { folder: 'yubei-en', request: { region: 'yubei', language: 'en', paths: 1000, png: false } },
];

/** Writes every example report into `directory` (default reports/examples/). */
export async function writeExampleReports(directory: string = EXAMPLES_DIRECTORY, progress?: ReportProgress): Promise<WrittenReport[]> {
  const written: WrittenReport[] = [];
  for (const example of EXAMPLE_REPORTS) written.push(await writeReport({ ...example.request, out: join(directory, example.folder) }, progress));
  return written;
}
