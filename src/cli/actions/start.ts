/** What `plancast start` does (see commands/start.ts): every bundled main region's report and the overview, one workspace for all. */
import { openWorkspace } from '../../app/workspace.js';
import { planContaining } from '../../core/plans/plan-calendar.js';
import { findConflicts } from '../../core/records/find-conflicts.js';
import type { Language } from '../../core/report/messages.js';
import { writeAllReports } from '../../report/write-all-reports.js';
import type { CliIo } from '../cli-io.js';
import { ExitSignal } from '../exit-signal.js';
import { reportFailure } from '../report-failure.js';
import { announceReport, displayPath } from './report.js';

export interface StartOptions {
  out?: string;
  paths?: number;
  seed?: number;
  png: boolean;
  lang?: Language;
  docx?: boolean;
  xlsx?: boolean;
  keepForeign?: boolean;
}

export async function startAction(io: CliIo, options: StartOptions): Promise<void> {
  const started = performance.now();
  const workspace = await openWorkspace();
  const { dataset } = workspace;
  const conflicts = findConflicts(dataset.records).length;
  io.out(`plancast — ${dataset.records.length} records from ${dataset.inputs.length} seed files, ${dataset.catalog.regions.size} regions, ${conflicts} conflicts between sources (see \`plancast data conflicts\`)`);
  const outcome = await writeAllReports(workspace, {
    png: options.png, ...(options.out !== undefined ? { out: options.out } : {}), ...(options.lang !== undefined ? { language: options.lang } : {}),
    ...(options.paths !== undefined ? { paths: options.paths } : {}), ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.docx ? { docx: true } : {}), ...(options.xlsx ? { xlsx: true } : {}), ...(options.keepForeign ? { keepForeign: true } : {}),
  }, {
    progress: (message) => io.err(message),
    written: (report) => announceReport(report, io),
    failed: (_, error) => reportFailure(error, io),
  });
  for (const region of outcome.skipped) io.out(`${region}: skipped — no plan goal on an indicator with data`);
  if (outcome.overview !== undefined) io.out(`overview: wrote ${outcome.overview.files.map((file) => displayPath(file)).join(', ')} — every region at a glance`);
  const total = outcome.written.length + outcome.failed.length;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  io.out(`\n${outcome.written.length} of ${total} reports written to ${displayPath(outcome.folder)}/ in ${seconds} s. Next: \`plancast report --region yubei --lang en\`, \`plancast report --region yubei --data my-2023-actuals.csv --as-of 2023 --docx\`, \`plancast propose --region yubei --plan ${planContaining(dataset.catalog.plans, new Date().getFullYear())?.id ?? '<plan>'}\`.`);
  if (outcome.failed.length > 0) throw new ExitSignal(1);
}
