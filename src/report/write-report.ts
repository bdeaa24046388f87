/**
 * Writes the mid-term evaluation report of one region into a folder:
 *
 *   check --out ─→ workspace (loaded once per process: data, model spec, scenarios) ─→ runReport (the core
 *   job: project every goal indicator under each scenario, sensitivity, assemble, chart specs) ─→ render
 *   charts (each fan chart once its indicator is fitted, the status and comparison charts once every
 *   scenario is; the files the charts do not change are written out meanwhile) ─→ files ─→ [--pdf: print
 *   index.html in Chromium] ─→ write the folder all or nothing
 *
 * Scenarios: the ones named (the first is the main scenario), then the bundled comparison set not named
 * already. With --pdf and no Chromium, the report is written without report.pdf and a warning says why;
 * any other PDF failure stops the run after the rest is written. Progress goes to a callback.
 */
import { access, constants, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { projectionInputs, type ProjectionRequest } from '../app/projection-request.js';
import { isScenarioFile, openPolicyLibrary, resolveScenarioEntries } from '../app/open-scenarios.js';
import { openWorkspace, type Workspace, type WorkspaceOptions } from '../app/workspace.js';
import { PlancastError } from '../core/errors.js';
import { runReport } from '../core/jobs/run-report.js';
import type { Language } from '../core/report/messages.js';
import type { ReportModel } from '../core/report/report-model.js';
import { formatIssue } from '../core/validation/validation-issue.js';
import { hashFile } from '../io/load-dataset.js';
import { projectRoot, readPackageVersion, reportsDirectory, seedsDirectory } from '../io/project-paths.js';
import { readVegaBrowserBundles } from '../render/html-document.js';
import { ChromiumMissingError, findChromium, printHtmlToPdf } from '../render/print-pdf.js';
import { checkReplaceable, followLinks, writeReportFolder } from '../render/write-report-folder.js';
import { retireFlatReport } from '../render/retire-flat-report.js';
import { EarlyCharts } from '../render/chart-render-pool.js';
import { buildReportFiles, indexHtmlOf, renderReportCharts, chartsAwaitedByIdleCaller, reportTexts, startEarlyCharts, warmUpChartRendering, type ManifestInputs } from './report-files.js';
import { officeFiles } from './report-office.js';

/** Where a region's report goes unless --out says otherwise: a folder per language, so one never overwrites the other. */
export function defaultReportFolder(region: string, language: Language, reports: string = reportsDirectory): string {
  return join(reports, region, language);
}

/** The scenarios every report compares, after the ones the user names. */
export const COMPARISON_SCENARIOS = ['baseline', 'plan-path', 'conservative', 'accelerated', 'downturn-shock'] as const;

export interface ReportRequest extends Omit<ProjectionRequest, 'scenarios' | 'indicator' | 'indicators' | 'sensitivity'>, WorkspaceOptions {
  /** scenario ids or YAML files; the first is the main scenario (default baseline) */
  scenarios?: string[];
  language?: Language;
  /** the report folder (default reports/<region>/<language>) */
  out?: string;
  pdf?: boolean;
  /** render PNG pictures (default true); SVGs are always rendered */
  png?: boolean;
  /** also write report.docx (the report as an editable Word document) and report.xlsx (one sheet per table) */
  docx?: boolean;
  xlsx?: boolean;
  /** a later plan to propose targets for (the report's target-proposal section) */
  proposalPlan?: string;
  /** carry files plancast did not write in an existing --out folder into the new report (default: refuse) */
  keepForeign?: boolean;
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
export async function checkOutFolder(outFolder: string, keepForeign = false): Promise<void> {
  const remedy = 'choose a new or empty folder with --out, or a folder plancast wrote before';
  const folder = await followLinks(outFolder);
  const found = await stat(folder).catch(() => undefined);
  if (found && !found.isDirectory()) throw new PlancastError('E_REPORT_TARGET_NOT_FOLDER', `--out ${folder} exists and is not a folder`, { remedy });
  if (found) await checkReplaceable(folder, keepForeign);
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

/** The scenario entries of a report: the ones named (the first is the main scenario), then the comparison set. */
export function reportScenarioEntries(requested: readonly string[] = []): string[] {
  return [...requested, ...COMPARISON_SCENARIOS];
}

/**
 * The scenario files behind a report's scenarios (each chain's every link), then the policy files (as
 * `policy:<id>`: scenarios use them and sensitivity ranks every one), with their hashes, for the manifest.
 */
function scenarioFilesOf(workspace: Workspace, entries: readonly string[], chains: readonly (readonly string[])[]): ManifestInputs['scenarioFiles'] {
  const library = workspace.scenarioLibrary(entries.filter(isScenarioFile));
  const ids = [...new Set(chains.flat())].sort();
  const scenarios = ids.map((id) => {
    const file = library.files.get(id)!;
    return { id, path: shownPath(file), sha256: hashFile(file) };
  });
  const policies = [...openPolicyLibrary().files].sort(([a], [b]) => a.localeCompare(b)).map(([id, file]) => ({ id: `policy:${id}`, path: shownPath(file), sha256: hashFile(file) }));
  return [...scenarios, ...policies];
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

/** A report computed, its charts handed to the chart workers; `finish` waits for them and writes the folder. */
export interface StartedReport {
  region: string;
  finish(): Promise<WrittenReport>;
}

export async function writeReport(request: ReportRequest, progress: ReportProgress = () => {}, workspace?: Workspace): Promise<WrittenReport> {
  return (await startReport(request, progress, workspace)).finish();
}

/**
 * Checks the folder, computes the report and starts drawing its charts, without waiting for them: a
 * caller writing several reports (writeAllReports) computes the next while the workers draw this one's.
 */
export async function startReport(request: ReportRequest, progress: ReportProgress = () => {}, workspace?: Workspace): Promise<StartedReport> {
  const region = request.region;
  const language = request.language ?? 'zh';
  const folder = resolve(request.out ?? defaultReportFolder(region, language));
  const say = (message: string) => progress(`[${region}] ${message}`);
  await checkOutFolder(folder, request.keepForeign);
  const entries = reportScenarioEntries(request.scenarios);
  // Named scenarios that repeat a comparison scenario are compared once; a misspelt one stops here, before any work.
  const resolved = resolveScenarioEntries(entries);
  const scenarios = resolved.filter((scenario, index) => resolved.findIndex((other) => other.id === scenario.id) === index);

  say('loading data and fitting models…');
  // the chart workers load vega and resvg while this thread fits and simulates
  warmUpChartRendering();
  const opened = workspace ?? (await openWorkspace(request));
  const inputs = projectionInputs(opened, { ...request, scenarios: entries });
  // the Word document needs the charts as pictures, even when the folder is asked to hold SVGs only
  const png = request.png !== false || request.docx === true;
  // the fan charts are drawn while the other scenarios are simulated, the status and comparison charts during the sensitivity
  const early = new EarlyCharts();
  const { model, charts } = runReport({
    ...inputs, scenarios, language, plancastVersion: readPackageVersion(), documents: opened.documents,
    ...(request.proposalPlan !== undefined ? { proposalPlan: request.proposalPlan, referenceGrowth: opened.referenceGrowth } : {}),
    onProgress: (event) => {
      if (event.stage === 'prepared') say(`fitted ${event.indicators} indicators (${event.goals} goals, ${event.goalsWithoutData} goals without data)`);
      else if (event.stage === 'scenario') say(`simulating ${event.scenario}…`);
      else say(`sensitivity of ${event.goals} goals…`);
    },
    onEarlyCharts: (drawable) => startEarlyCharts(drawable, early, { png }),
  });
  const { dataset } = opened;

  say(`rendering ${charts.length} charts${png ? '' : ' (SVG only)'}…`);
  const rendering = renderReportCharts(charts, { png, early });
  rendering.catch(() => {}); // awaited by finish
  return {
    region,
    finish: async () => {
      // finish is called once this thread has computed every report it writes: its core may draw too
      chartsAwaitedByIdleCaller();
      // the files the charts do not change, while the workers draw (the folder shows PNGs unless --no-png)
      const texts = reportTexts(model, charts, request.png === false ? 'svg' : 'png');
      const rendered = await rendering;
      const warnings = [...dataset.warnings.map(formatIssue), ...rendered.flatMap((entry) => entry.warnings)];
      const catalogueFiles = ['indicators.yaml', 'regions.yaml', 'plans.yaml'].map((name) => join(seedsDirectory, name));
      const scenarioFiles = scenarioFilesOf(opened, entries, scenarios.map((scenario) => scenario.chain));
      const calibrationFile = opened.modelSpec.calibrationFile;
      const calibrationFiles = calibrationFile === null ? [] : [join(dirname(opened.modelSpecFile), calibrationFile)];
      const manifestInputs: ManifestInputs = {
        models: { name: opened.modelSpec.name, path: shownPath(opened.modelSpecFile), sha256: hashFile(opened.modelSpecFile) },
        inputs: [
          ...catalogueFiles.map((file) => ({ path: shownPath(file), sha256: hashFile(file), role: 'catalogue' })),
          ...calibrationFiles.map((file) => ({ path: shownPath(file), sha256: hashFile(file), role: 'calibration' })),
          ...dataset.inputs.map((input) => ({ path: input.path, sha256: input.sha256, role: input.role })),
        ],
        scenarioFiles,
      };
      const bundles = readVegaBrowserBundles();
      if (request.docx || request.xlsx) say(`writing ${[request.docx ? 'report.docx' : '', request.xlsx ? 'report.xlsx' : ''].filter(Boolean).join(' and ')}…`);
      const office = await officeFiles(model, rendered, { docx: request.docx, xlsx: request.xlsx });
      // the folder holds PNGs only when asked for; report.docx has its own copies
      const shown = request.png === false ? rendered.map(({ png: _png, ...entry }) => entry) : rendered;
      let files = buildReportFiles(model, shown, manifestInputs, { texts, bundles, office });
      let pdf: WrittenReport['pdf'] = 'not-requested';
      if (request.pdf) {
        say('printing report.pdf in Chromium…');
        const printed = await printPdfOrWarn(indexHtmlOf(files), request, warnings);
        if (printed) files = buildReportFiles(model, shown, manifestInputs, { texts, bundles, office, pdf: printed });
        pdf = printed ? 'printed' : 'chromium-missing';
      }
      say(`writing ${files.length} files…`);
      try {
        await writeReportFolder(folder, files, { keepForeign: request.keepForeign === true });
      } catch (error) {
        if (error instanceof PlancastError) throw error;
        throw new PlancastError('E_REPORT_WRITE_FAILED', `the report folder ${folder} could not be written: ${(error as Error).message}; nothing was left behind`, { remedy: 'check the folder\'s permissions and free space, or choose another --out', exitCode: 1 });
      }
      // a report of the old layout straight in reports/<region>/ makes way for the folders per language
      if (request.out === undefined) await retireFlatReport(dirname(folder));
      return { folder, files: files.map((file) => file.path), chartCount: charts.length, pdf, warnings, model };
    },
  };
}
