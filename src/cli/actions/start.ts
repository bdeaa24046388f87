/** What `plancast start` does (see commands/start.ts): every bundled main region's report, one workspace for all. */
import { join, resolve } from 'node:path';
import { openWorkspace } from '../../app/workspace.js';
import { findConflicts } from '../../core/records/find-conflicts.js';
import { hasGoalWithData, mainRegions } from '../../app/main-regions.js';
import { reportsDirectory } from '../../io/project-paths.js';
import { writeReport } from '../../report/write-report.js';
import type { CliIo } from '../cli-io.js';
import { ExitSignal } from '../exit-signal.js';
import { reportFailure } from '../report-failure.js';
import { announceReport, displayPath } from './report.js';

export interface StartOptions {
  out?: string;
  paths?: number;
  seed?: number;
  png: boolean;
}

export async function startAction(io: CliIo, options: StartOptions): Promise<void> {
  const started = performance.now();
  const workspace = await openWorkspace();
  const { dataset } = workspace;
  const conflicts = findConflicts(dataset.records).length;
  io.out(`plancast — ${dataset.records.length} records from ${dataset.inputs.length} seed files, ${dataset.catalog.regions.size} regions, ${conflicts} conflicts between sources (see \`plancast data conflicts\`)`);
  const regions = mainRegions(dataset.catalog);
  const reportable = regions.filter((region) => hasGoalWithData(dataset.records, region));
  for (const region of regions.filter((candidate) => !reportable.includes(candidate))) io.out(`${region}: skipped — no plan goal on an indicator with data`);
  let failed = 0;
  for (const region of reportable) {
    try {
      const request = {
        region, png: options.png, ...(options.out !== undefined ? { out: join(resolve(options.out), region) } : {}),
        ...(options.paths !== undefined ? { paths: options.paths } : {}), ...(options.seed !== undefined ? { seed: options.seed } : {}),
      };
      announceReport(await writeReport(request, (message) => io.err(message), workspace), io);
    } catch (error) {
      failed += 1;
      reportFailure(error, io);
    }
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  io.out(`\n${reportable.length - failed} of ${reportable.length} reports written to ${displayPath(options.out !== undefined ? resolve(options.out) : reportsDirectory)}/ in ${seconds} s. Next: \`plancast report --region yubei --lang en\`, \`plancast report --region yubei --data my-2023-actuals.csv --as-of 2023\`.`);
  if (failed > 0) throw new ExitSignal(1);
}
