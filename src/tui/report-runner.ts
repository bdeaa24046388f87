/**
 * Writes a region's report from the session, in-process, with the session's own workspace (its --data,
 * --catalog and model spec) and settings (paths, seed): the same `writeReport` as `plancast report`,
 * into reports/<region>/<language>/ under the session's folder, in the session's language. The report modules (vega, resvg) are imported on
 * the first press of the key, not when the session starts. The outcome comes back as one line for the
 * status bar: where the report went, or why it failed.
 */
import { join } from 'node:path';
import type { ProjectionSettings } from '../core/pipeline/projection-settings.js';
import type { Language } from '../core/report/messages.js';
import { PlancastError } from '../core/errors.js';
import type { Workspace } from '../app/workspace.js';

export interface ReportRequest {
  region: string;
  /** a scenario id or a saved scenario file */
  scenario: string;
  /** the session's language: the report is written in it, into its own folder */
  language?: Language;
  /** the folder reports/<region> is written under */
  directory: string;
}

export interface ReportOutcome {
  ok: boolean;
  /** the report folder when ok, else why it failed */
  detail: string;
}

/** The first line of an error, with its code when it has one. */
export function failureLine(error: unknown): string {
  if (error instanceof PlancastError) return `error ${error.code}: ${error.message.split('\n')[0]}`;
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}

export async function writeSessionReport(workspace: Workspace, settings: ProjectionSettings, request: ReportRequest): Promise<ReportOutcome> {
  // a folder per language (reports/<region>/zh, …/en), as `plancast report` writes: one never overwrites the other
  const language = request.language ?? 'zh';
  const out = join('reports', request.region, language);
  try {
    const [{ writeReport }, { allowYoungGenerationCollection }] = await Promise.all([import('../report/write-report.js'), import('../report/report-files.js')]);
    // the session is the executable: this thread may collect after the PNGs it draws (render/young-generation.ts)
    allowYoungGenerationCollection();
    await writeReport({
      region: request.region, scenarios: [request.scenario], out: join(request.directory, out), language,
      paths: settings.pathCount, seed: settings.seed, preset: settings.preset, ...(settings.asOfYear !== undefined ? { asOf: settings.asOfYear } : {}),
    }, () => {}, workspace);
    return { ok: true, detail: out };
  } catch (error) {
    return { ok: false, detail: failureLine(error) };
  }
}
