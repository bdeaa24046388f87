/**
 * Writes the mid-term evaluation report of one region into a folder — the one pipeline, end to end:
 *
 *   check --out ─→ load scenarios ─→ prepare region (load → validate → fit → simulate) ─→ project every
 *   scenario ─→ sensitivity of each main goal ─→ assemble (core/report) ─→ render charts ─→ files
 *   ─→ [--pdf: print index.html in Chromium] ─→ write the folder all or nothing
 *
 * Scenarios: the ones named (the first is the main scenario), then the bundled comparison set not named
 * already. With --pdf and no Chromium, the report is written without report.pdf and a warning says why;
 * any other PDF failure stops the run after the rest is written. Progress goes to a callback.
 */
import { access, constants, readdir, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { PlancastError } from '../core/errors.js';
import { indicatorSensitivity, type IndicatorSensitivity } from '../core/pipeline/sensitivity.js';
import { projectScenario } from '../core/pipeline/project-scenario.js';
import { RANDOM_GENERATOR } from '../core/pipeline/projection-settings.js';
import { assembleReport } from '../core/report/assemble-report.js';
import type { Language } from '../core/report/messages.js';
import { buildReportCharts } from '../core/report/report-charts.js';
import type { ReportModel } from '../core/report/report-model.js';
import type { ResolvedScenario } from '../core/scenarios/resolve-scenario.js';
import { formatIssue } from '../core/validation/validation-issue.js';
import { prepareFromOptions, type ProjectionOptions } from '../cli/projection-options.js';
import { hashFile } from '../io/load-dataset.js';
import { DEFAULT_MODEL_SPEC_FILE } from '../io/load-model-spec.js';
import { loadScenario, loadScenarioLibrary } from '../io/load-scenarios.js';
import { projectRoot, readPackageVersion, reportsDirectory, seedsDirectory } from '../io/project-paths.js';
import { readVegaBrowserBundles } from '../render/html-document.js';
import { ChromiumMissingError, findChromium, printHtmlToPdf } from '../render/print-pdf.js';
import { writeReportFolder } from '../render/write-report-folder.js';
import { buildReportFiles, indexHtmlOf, renderReportCharts, type ManifestInputs } from './report-files.js';

/** The scenarios every report compares, after the ones the user names. */
export const COMPARISON_SCENARIOS = ['baseline', 'plan-path', 'conservative', 'accelerated', 'downturn-shock'] as const;

export interface ReportRequest extends ProjectionOptions {
  /** scenario ids or YAML files; the first is the main scenario (default baseline) */
  scenarios?: string[];
  language?: Language;
  /** the report folder (default reports/<region>) */
  out?: string;
  pdf?: boolean;
  /** render PNG pictures (default true); SVGs are always rendered */
  png?: boolean;
  /** where to look for Chromium (tests); default the system's PATH and /usr/bin/chromium */
  chromiumSearch?: { path: string; preferred: string[] };
}

export interface WrittenReport {
  folder: string;
  files: string[];
  chartCount: number;
  pdf: 'printed' | 'not-requested' | 'chromium-missing';
  warnings: string[];
  model: ReportModel;
}

export type ReportProgress = (message: string) => void;

/** A path as the manifest records it: relative to the project for bundled files, as given otherwise. */
export function shownPath(file: string): string {
  const fromRoot = relative(projectRoot, resolve(file));
  return fromRoot.startsWith('..') || isAbsolute(fromRoot) ? file : fromRoot.split(sep).join('/');
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}

/**
 * Refuses, before any work, an --out that cannot become a report folder: a file, a folder holding
 * something other than a plancast report (it would be replaced), or a place that cannot be written.
 */
export async function checkOutFolder(folder: string): Promise<void> {
  const remedy = 'choose a new or empty folder with --out, or a folder plancast wrote before';
  const found = await stat(folder).catch(() => undefined);
  if (found && !found.isDirectory()) throw new PlancastError('E_REPORT_TARGET_NOT_FOLDER', `--out ${folder} exists and is not a folder`, { remedy });
  if (found) {
    const entries = await readdir(folder);
    if (entries.length > 0 && !entries.includes('manifest.json')) {
      throw new PlancastError('E_REPORT_OUT_NOT_REPORT', `--out ${folder} holds files that are not a plancast report; plancast replaces the whole folder, so it will not write there`, { remedy });
    }
  }
  let ancestor = found ? folder : dirname(folder);
  while (!(await exists(ancestor)) && dirname(ancestor) !== ancestor) ancestor = dirname(ancestor);
  const parent = found ? dirname(folder) : ancestor;
  try {
    await access(parent, constants.W_OK | constants.X_OK);
    if (!(await stat(parent)).isDirectory()) throw new Error('not a folder');
  } catch {
    throw new PlancastError('E_REPORT_OUT_UNWRITABLE', `cannot write the report folder ${folder}: ${parent} is not a writable folder`, { remedy });
  }
}

/** The scenarios of the report, resolved, the main one first. */
export function reportScenarios(requested: readonly string[] = []): { scenarios: ResolvedScenario[]; files: ManifestInputs['scenarioFiles'] } {
  const library = loadScenarioLibrary(requested.filter((entry) => /\.ya?ml$/.test(entry)));
  const scenarios: ResolvedScenario[] = [];
  for (const entry of [...requested, ...COMPARISON_SCENARIOS]) {
    const scenario = loadScenario(entry, library);
    if (!scenarios.some((known) => known.id === scenario.id)) scenarios.push(scenario);
  }
  const ids = [...new Set(scenarios.flatMap((scenario) => scenario.chain))].sort();
  const files = ids.map((id) => {
    const file = library.files.get(id)!;
    return { id, path: shownPath(file), sha256: hashFile(file) };
  });
  return { scenarios, files };
}

async function printPdfOrWarn(html: string, request: ReportRequest, warnings: string[]): Promise<Uint8Array | undefined> {
  try {
    const executablePath = request.chromiumSearch ? findChromium(request.chromiumSearch.path, request.chromiumSearch.preferred) : findChromium();
    const printed = await printHtmlToPdf(html, { executablePath });
    if (printed.chartsFailed > 0 || printed.pageErrors.length > 0) warnings.push(`report.pdf: ${printed.chartsFailed} charts failed in the browser; ${printed.pageErrors.join('; ')}`);
    return printed.pdf;
  } catch (error) {
    if (!(error instanceof ChromiumMissingError)) throw error;
    warnings.push(`--pdf: ${error.message}; the report was written without report.pdf (remedy: ${error.remedy})`);
    return undefined;
  }
}

export async function writeReport(request: ReportRequest, progress: ReportProgress = () => {}): Promise<WrittenReport> {
  const region = request.region;
  const language = request.language ?? 'zh';
  const folder = resolve(request.out ?? join(reportsDirectory, region));
  const say = (message: string) => progress(`[${region}] ${message}`);
  await checkOutFolder(folder);
  const { scenarios, files: scenarioFiles } = reportScenarios(request.scenarios);

  say('loading data and fitting models…');
  const { dataset, spec, prepared } = await prepareFromOptions(request);
  const withGoals = prepared.indicators.filter((indicator) => indicator.goals.length > 0);
  if (withGoals.length === 0 && prepared.goalsWithoutData.length === 0) {
    throw new PlancastError('E_REPORT_NO_GOALS', `region ${region} has no plan goals to assess`, { remedy: 'add targets (kind target, milestone or cumulative) for the region with --data' });
  }
  say(`fitted ${prepared.indicators.length} indicators (${withGoals.length} with goals, ${prepared.goalsWithoutData.length} goals without data)`);
  const projections = scenarios.map((scenario) => {
    say(`simulating ${scenario.id}…`);
    return projectScenario(prepared, scenario);
  });
  say(`sensitivity of ${withGoals.length} goals…`);
  const main = scenarios[0]!;
  const sensitivity = withGoals.map((indicator) => indicatorSensitivity(indicator, prepared, main)).filter((entry): entry is IndicatorSensitivity => entry !== undefined);
  const model = assembleReport({ dataset, prepared, projections, sensitivity, language, plancastVersion: readPackageVersion(), generator: RANDOM_GENERATOR, ...(spec.calibration ? { calibration: spec.calibration } : {}) });

  const charts = buildReportCharts(model);
  say(`rendering ${charts.length} charts${request.png === false ? ' (SVG only)' : ''}…`);
  const rendered = await renderReportCharts(charts, { png: request.png !== false });
  const warnings = [...dataset.warnings.map(formatIssue), ...rendered.flatMap((entry) => entry.warnings)];
  const modelsFile = request.models ?? DEFAULT_MODEL_SPEC_FILE;
  const catalogueFiles = ['indicators.yaml', 'regions.yaml'].map((name) => join(seedsDirectory, name));
  const calibrationFiles = spec.calibrationFile === null ? [] : [join(dirname(modelsFile), spec.calibrationFile)];
  const manifestInputs: ManifestInputs = {
    models: { name: spec.name, path: shownPath(modelsFile), sha256: hashFile(modelsFile) },
    inputs: [
      ...catalogueFiles.map((file) => ({ path: shownPath(file), sha256: hashFile(file), role: 'catalogue' })),
      ...calibrationFiles.map((file) => ({ path: shownPath(file), sha256: hashFile(file), role: 'calibration' })),
      ...dataset.inputs.map((input) => ({ path: input.path, sha256: input.sha256, role: input.role })),
    ],
    scenarioFiles,
  };
  const bundles = readVegaBrowserBundles();
  let files = buildReportFiles(model, rendered, manifestInputs, { bundles });
  let pdf: WrittenReport['pdf'] = 'not-requested';
  if (request.pdf) {
    say('printing report.pdf in Chromium…');
    const printed = await printPdfOrWarn(indexHtmlOf(files), request, warnings);
    if (printed) files = buildReportFiles(model, rendered, manifestInputs, { bundles, pdf: printed });
    pdf = printed ? 'printed' : 'chromium-missing';
  }
  say(`writing ${files.length} files…`);
  try {
    await writeReportFolder(folder, files);
  } catch (error) {
    if (error instanceof PlancastError) throw error;
    throw new PlancastError('E_REPORT_WRITE_FAILED', `the report folder ${folder} could not be written: ${(error as Error).message}; nothing was left behind`, { remedy: 'check the folder\'s permissions and free space, or choose another --out', exitCode: 1 });
  }
  return { folder, files: files.map((file) => file.path), chartCount: charts.length, pdf, warnings, model };
}
