/**
 * Every region's report and the overview, with one workspace for all (`plancast start`, `plancast report
 * --all`): the bundled main regions (the municipality and its districts, not their sub-areas) — and a
 * user's own regions — that have a goal on an indicator they have data for, each into <out>/<region>/<lang>/,
 * then <out>/index.html comparing them. A region that fails is reported and the others still run.
 */
import { resolve } from 'node:path';
import { hasGoalWithData, mainRegions } from '../app/main-regions.js';
import type { Workspace } from '../app/workspace.js';
import type { Language } from '../core/report/messages.js';
import { reportsDirectory } from '../io/project-paths.js';
import { writeOverview, type WrittenOverview } from './write-overview.js';
import { defaultReportFolder, startReport, type ReportProgress, type ReportRequest, type StartedReport, type WrittenReport } from './write-report.js';

export interface AllReportsRequest extends Omit<ReportRequest, 'region' | 'out'> {
  /** the folder the regions' folders and the overview go into (default reports/) */
  out?: string | undefined;
}

export interface AllReportsOutcome {
  skipped: string[];
  written: WrittenReport[];
  failed: { region: string; error: unknown }[];
  overview: WrittenOverview | undefined;
  folder: string;
}

export async function writeAllReports(workspace: Workspace, request: AllReportsRequest, events: { progress: ReportProgress; written?: (report: WrittenReport) => void; failed?: (region: string, error: unknown) => void }): Promise<AllReportsOutcome> {
  const { dataset } = workspace;
  const folder = request.out !== undefined ? resolve(request.out) : reportsDirectory;
  const language: Language = request.language ?? 'zh';
  const regions = mainRegions(dataset.catalog);
  const reportable = regions.filter((region) => hasGoalWithData(dataset.records, region));
  const outcome: AllReportsOutcome = { skipped: regions.filter((region) => !reportable.includes(region)), written: [], failed: [], overview: undefined, folder };
  // each region computed in turn while the chart workers draw the ones before; then each written, in order
  const started: { region: string; report: StartedReport | undefined; error?: unknown }[] = [];
  for (const region of reportable) {
    try {
      const out = request.out !== undefined ? defaultReportFolder(region, language, folder) : undefined;
      started.push({ region, report: await startReport({ ...request, region, ...(out !== undefined ? { out } : {}) }, events.progress, workspace) });
    } catch (error) {
      started.push({ region, report: undefined, error });
    }
  }
  for (const { region, report, error } of started) {
    try {
      if (report === undefined) throw error;
      const written = await report.finish();
      outcome.written.push(written);
      events.written?.(written);
    } catch (failure) {
      outcome.failed.push({ region, error: failure });
      events.failed?.(region, failure);
    }
  }
  if (outcome.written.length > 0) {
    events.progress(`[overview] writing ${folder}…`);
    outcome.overview = await writeOverview(folder, outcome.written, { language, ...(request.xlsx ? { xlsx: true } : {}) });
  }
  return outcome;
}
