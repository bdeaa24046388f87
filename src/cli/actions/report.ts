/** What `plancast report` does (the command's options are in commands/report.ts), and how a written report is announced. */
import { relative } from 'node:path';
import type { Language } from '../../core/report/messages.js';
import { writeReport, type WrittenReport } from '../../report/write-report.js';
import { writeAllReports } from '../../report/write-all-reports.js';
import { openWorkspace } from '../../app/workspace.js';
import { PlancastError } from '../../core/errors.js';
import { ExitSignal } from '../exit-signal.js';
import { reportFailure } from '../report-failure.js';
import { workspaceOptions, type ProjectionOptions } from '../projection-options.js';
import type { CliIo } from '../cli-io.js';

export interface ReportCommandOptions extends Omit<ProjectionOptions, 'region'> {
  region?: string;
  scenario: string[];
  lang: Language;
  out?: string;
  pdf?: boolean;
  png: boolean;
  keepForeign?: boolean;
  docx?: boolean;
  xlsx?: boolean;
  all?: boolean;
}

/** A folder as the user would type it: relative to the working folder when inside it. */
export function displayPath(path: string): string {
  const shown = relative(process.cwd(), path);
  return shown === '' ? '.' : shown.startsWith('..') ? path : shown;
}

/** The closing lines of a written report (stdout) and its warnings (stderr). */
export function announceReport(report: WrittenReport, io: CliIo): void {
  const folder = displayPath(report.folder);
  const pngs = report.files.filter((file) => file.endsWith('.png')).length;
  const tables = report.files.filter((file) => file.endsWith('.csv')).length;
  for (const warning of report.warnings) io.err(`warning: ${warning}`);
  const office = ['report.docx', 'report.xlsx', 'report.pdf'].filter((file) => report.files.includes(file) || (file === 'report.pdf' && report.pdf === 'printed'));
  io.out(`${report.model.meta.region}: wrote ${folder}/ — index.html, report.md, ${report.chartCount} charts (Vega-Lite, SVG${pngs > 0 ? ', PNG' : ''}), ${tables} CSV tables, result.json, manifest.json${office.map((file) => `, ${file}`).join('')}`);
  io.out(`  open ${folder}/index.html`);
}

export async function reportAction(io: CliIo, options: ReportCommandOptions): Promise<void> {
  const { region, all, plan, ...rest } = options;
  const common = {
    ...rest, scenarios: options.scenario, language: options.lang, png: options.png, ...(options.pdf ? { pdf: true } : {}), ...(options.keepForeign ? { keepForeign: true } : {}),
    ...(options.docx ? { docx: true } : {}), ...(options.xlsx ? { xlsx: true } : {}),
    // --plan names the plan of --data's rows, and a later plan to propose targets for
    ...(plan !== undefined ? { plan, proposalPlan: plan } : {}),
  };
  if (all) {
    if (region !== undefined) throw new PlancastError('E_REPORT_ALL_WITH_REGION', '--all writes every region\'s report; --region names one', { remedy: 'use either --all or --region R' });
    const workspace = await openWorkspace(workspaceOptions(options));
    const outcome = await writeAllReports(workspace, { ...common, ...(options.out !== undefined ? { out: options.out } : {}) }, {
      progress: (message) => io.err(message), written: (report) => announceReport(report, io), failed: (_, error) => reportFailure(error, io),
    });
    for (const skipped of outcome.skipped) io.out(`${skipped}: skipped — no plan goal on an indicator with data`);
    if (outcome.overview !== undefined) io.out(`overview: wrote ${outcome.overview.files.map((file) => displayPath(file)).join(', ')} — every region at a glance`);
    if (outcome.failed.length > 0) throw new ExitSignal(1);
    return;
  }
  if (region === undefined) throw new PlancastError('E_REPORT_NO_REGION', 'report needs --region R (or --all for every region)', { remedy: 'name a region, e.g. --region yubei (see `plancast data list`)' });
  const report = await writeReport({ ...common, region, ...(options.out !== undefined ? { out: options.out } : {}) }, (message) => io.err(message));
  announceReport(report, io);
}
