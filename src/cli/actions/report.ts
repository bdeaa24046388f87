/** What `plancast report` does (the command's options are in commands/report.ts), and how a written report is announced. */
import { relative } from 'node:path';
import type { Language } from '../../core/report/messages.js';
import { writeReport, type WrittenReport } from '../../report/write-report.js';
import type { CliIo } from '../cli-io.js';
import type { ProjectionOptions } from '../projection-options.js';

export interface ReportCommandOptions extends ProjectionOptions {
  scenario: string[];
  lang: Language;
  out?: string;
  pdf?: boolean;
  png: boolean;
  keepForeign?: boolean;
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
  io.out(`${report.model.meta.region}: wrote ${folder}/ — index.html, report.md, ${report.chartCount} charts (Vega-Lite, SVG${pngs > 0 ? ', PNG' : ''}), ${tables} CSV tables, result.json, manifest.json${report.pdf === 'printed' ? ', report.pdf' : ''}`);
  io.out(`  open ${folder}/index.html`);
}

export async function reportAction(io: CliIo, options: ReportCommandOptions): Promise<void> {
  const report = await writeReport(
    { ...options, scenarios: options.scenario, language: options.lang, png: options.png, ...(options.out !== undefined ? { out: options.out } : {}), ...(options.pdf ? { pdf: true } : {}), ...(options.keepForeign ? { keepForeign: true } : {}) },
    (message) => io.err(message),
  );
  announceReport(report, io);
}
