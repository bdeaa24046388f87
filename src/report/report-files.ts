/**
 * Turns an assembled report into the files of its folder: renders every chart spec to SVG (and PNG),
 * builds index.html, report.md, the CSV tables, result.json and the manifest. No timestamps anywhere,
 * so the same inputs and seed give byte-identical files (report.pdf aside: Chromium stamps it).
 *
 *   report-model ─→ charts/<name>.vl.json ─→ .svg (vega, headless) ─→ .png (resvg + Noto Sans CJK)
 *                ─→ index.html (vega inlined, static SVG fallback) · report.md · tables/*.csv · result.json
 *                ─→ manifest.json (version, seed, generator, paths, hashes of inputs and of every file)
 */
import { createHash } from 'node:crypto';
import type { ReportChart } from '../core/report/report-charts.js';
import { reportCsvFiles } from '../core/report/report-csv.js';
import { reportHtmlSections } from '../core/report/report-html-sections.js';
import { reportMarkdown } from '../core/report/report-markdown.js';
import type { ReportModel } from '../core/report/report-model.js';
import { reportHeading } from '../core/report/report-outline.js';
import { sharedChartRenderPool, type ChartRenderPool, type EarlyCharts } from '../render/chart-render-pool.js';
import { buildHtmlDocument, readVegaBrowserBundles, type VegaBrowserBundles } from '../render/html-document.js';
import type { ReportFile } from '../render/write-report-folder.js';

export const CHART_FOLDER = 'charts';
export const TABLE_FOLDER = 'tables';

export interface RenderedChart {
  chart: ReportChart;
  svg: string;
  png?: Uint8Array;
  warnings: string[];
}

export interface RenderOptions {
  /** render PNGs as well as SVGs (default true) */
  png?: boolean;
  /** called as each chart is handed to the renderer */
  onChart?: (index: number, chart: ReportChart) => void;
  /** the worker pool to use (default: the process's shared pool, src/render/chart-render-pool.ts) */
  pool?: ChartRenderPool;
  /** charts of the batch started before it (startEarlyCharts), taken up where the spec is the same */
  early?: EarlyCharts;
}

/**
 * Starts drawing charts a report will hold before the report is computed (runReport's onEarlyCharts), into
 * `early`; the report's renderReportCharts with the same `early` takes them up.
 */
export function startEarlyCharts(charts: readonly ReportChart[], early: EarlyCharts, options: Pick<RenderOptions, 'png' | 'pool'> = {}): void {
  (options.pool ?? sharedChartRenderPool()).startEarly(charts.map((chart) => ({ spec: chart.spec, png: options.png !== false })), early);
}

/**
 * Starts the chart workers now so that vega, vega-lite and resvg load while the pipeline still runs; call it
 * at the start of a report (or of `plancast start`). Harmless when nothing is rendered after it.
 */
export function warmUpChartRendering(pool: ChartRenderPool = sharedChartRenderPool()): void {
  pool.warmUp();
}

/**
 * Lets the chart pool collect this thread's young generation after each PNG it draws here
 * (render/young-generation.ts): for the executable's threads, not a library caller's.
 */
export { allowYoungGenerationCollection } from '../render/young-generation.js';

/** Says the calling thread has nothing more to compute, so the pool may draw on its core too (ChartRenderPool.callerDone). */
export function chartsAwaitedByIdleCaller(pool: ChartRenderPool = sharedChartRenderPool()): void {
  pool.callerDone();
}

/**
 * Renders the charts of several reports at once on one worker pool, with one font subset for all of them:
 * every chart to SVG, and to PNG unless `png` is false. The result has one list per report, in order.
 */
export async function renderChartsOfReports(reports: readonly (readonly ReportChart[])[], options: RenderOptions = {}): Promise<RenderedChart[][]> {
  const pool = options.pool ?? sharedChartRenderPool();
  const charts = reports.flat();
  charts.forEach((chart, index) => options.onChart?.(index, chart));
  const outputs = await pool.render(charts.map((chart) => ({ spec: chart.spec, png: options.png !== false })), options.early);
  let next = 0;
  return reports.map((report) => report.map((chart) => {
    const output = outputs[next++]!;
    return { chart, svg: output.svg, ...(output.png ? { png: output.png } : {}), warnings: output.warnings.map((warning) => `${chart.name}: ${warning}`) };
  }));
}

/** Renders one report's charts to SVG, and to PNG unless `png` is false. */
export async function renderReportCharts(charts: readonly ReportChart[], options: RenderOptions = {}): Promise<RenderedChart[]> {
  return (await renderChartsOfReports([charts], options))[0]!;
}

export function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/** JSON as the report writes it: two-space indentation and a final newline. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

const isFlat = (value: unknown): boolean => value === null || typeof value !== 'object' || (Array.isArray(value) ? value.every((item) => item === null || typeof item !== 'object') : false);

/**
 * JSON with two-space indentation, except that an object or array holding only numbers, strings and
 * the like sits on one line when short (a quantile row: `{ "year": 2025, "p025": …, "p975": … }`), which
 * makes result.json a third of the size and easier to read. Same values as JSON.stringify.
 */
export function compactJsonText(value: unknown): string {
  // Each child is written once and the line either joined on one line or one per line (writing the children
  // again for the other form made the cost grow with 2^depth).
  const write = (node: unknown, indent: string): string => {
    if (node === null || typeof node !== 'object') return JSON.stringify(node) ?? 'null';
    const inner = `${indent}  `;
    if (Array.isArray(node)) {
      if (node.length === 0) return '[]';
      const parts = node.map((item) => write(item, inner));
      if (isFlat(node)) {
        const oneLine = `[${parts.join(', ')}]`;
        if (oneLine.length <= 200) return oneLine;
      }
      return `[\n${parts.map((part) => `${inner}${part}`).join(',\n')}\n${indent}]`;
    }
    const entries = Object.entries(node).filter(([, item]) => item !== undefined && typeof item !== 'function');
    if (entries.length === 0) return '{}';
    const parts = entries.map(([key, item]) => `${JSON.stringify(key)}: ${write(item, inner)}`);
    if (entries.every(([, item]) => isFlat(item))) {
      const oneLine = `{ ${parts.join(', ')} }`;
      if (oneLine.length <= 200 && !oneLine.includes('\n')) return oneLine;
    }
    return `{\n${parts.map((part) => `${inner}${part}`).join(',\n')}\n${indent}}`;
  };
  return `${write(JSON.parse(JSON.stringify(value)), '')}\n`;
}

/** Everything of the manifest that is not a hash of the report's own files. */
export interface ManifestInputs {
  models: { name: string; path: string; sha256: string };
  inputs: { path: string; sha256: string; role: string }[];
  scenarioFiles: { id: string; path: string; sha256: string }[];
}

/**
 * The report's files that do not depend on how its charts were drawn: result.json, report.md (for pictures
 * of the given kind) and the CSV tables. A report computes them while its charts are still being drawn
 * (write-report.ts), so that only the chart-bound files are left for the end.
 */
export interface ReportTexts {
  resultJson: string;
  markdown: { imageExtension: 'png' | 'svg'; text: string };
  csv: Record<string, string>;
}

export function reportTexts(model: ReportModel, charts: readonly ReportChart[], imageExtension: 'png' | 'svg'): ReportTexts {
  return {
    resultJson: compactJsonText(model),
    markdown: { imageExtension, text: reportMarkdown(model, charts, { chartFolder: CHART_FOLDER, imageExtension }) },
    csv: reportCsvFiles(model),
  };
}

export interface BuildFilesOptions {
  /** the chart-independent files computed before (reportTexts); computed here when absent */
  texts?: ReportTexts;
  bundles?: VegaBrowserBundles;
  pdf?: Uint8Array;
  /** report.docx and report.xlsx, when asked for (report-office.ts) */
  office?: readonly { path: string; content: Uint8Array }[];
}

/** The report folder's files, manifest.json last (it lists the size and SHA-256 of every other file). */
export function buildReportFiles(model: ReportModel, rendered: readonly RenderedChart[], manifestInputs: ManifestInputs, options: BuildFilesOptions = {}): ReportFile[] {
  const charts = rendered.map((entry) => entry.chart);
  const svgByName = new Map(rendered.map((entry) => [entry.chart.name, entry.svg]));
  const heading = reportHeading(model);
  const sections = reportHtmlSections(model, charts).map((section) => ({
    ...section,
    charts: section.charts.map((chart) => ({ ...chart, staticSvg: svgByName.get(chart.id)! })),
  }));
  const html = buildHtmlDocument({ title: heading.title, subtitle: heading.subtitle, language: model.meta.language, sections, footer: heading.footer }, options.bundles ?? readVegaBrowserBundles());
  const hasPng = rendered.length > 0 && rendered.every((entry) => entry.png !== undefined);
  const imageExtension = hasPng ? 'png' : 'svg';
  const texts = options.texts?.markdown.imageExtension === imageExtension ? options.texts : reportTexts(model, charts, imageExtension);

  const files: { path: string; content: string | Uint8Array }[] = [
    { path: 'index.html', content: html },
    { path: 'report.md', content: texts.markdown.text },
    { path: 'result.json', content: texts.resultJson },
  ];
  for (const entry of rendered) {
    files.push({ path: `${CHART_FOLDER}/${entry.chart.name}.vl.json`, content: jsonText(entry.chart.spec) });
    files.push({ path: `${CHART_FOLDER}/${entry.chart.name}.svg`, content: entry.svg });
    if (entry.png) files.push({ path: `${CHART_FOLDER}/${entry.chart.name}.png`, content: entry.png });
  }
  for (const [name, content] of Object.entries(texts.csv)) files.push({ path: `${TABLE_FOLDER}/${name}`, content });
  for (const file of options.office ?? []) files.push({ path: file.path, content: file.content });
  files.sort((left, right) => (left.path < right.path ? -1 : left.path > right.path ? 1 : 0));

  const { meta } = model;
  const manifest = {
    plancastVersion: meta.plancastVersion,
    region: meta.region,
    language: meta.language,
    seed: meta.seed,
    generator: meta.generator,
    pathCount: meta.pathCount,
    preset: meta.preset,
    presetIsRegionDefault: meta.presetIsRegionDefault,
    presetSettings: meta.presetSettings,
    asOfYear: meta.asOfYear,
    models: manifestInputs.models,
    inputs: manifestInputs.inputs,
    scenarios: { main: meta.mainScenario, compared: meta.scenarios.map((scenario) => scenario.id) },
    scenarioFiles: manifestInputs.scenarioFiles,
    files: files.map((file) => ({ path: file.path, bytes: typeof file.content === 'string' ? Buffer.byteLength(file.content) : file.content.byteLength, sha256: sha256(file.content) })),
    ...(options.pdf ? { pdf: { path: 'report.pdf', note: 'not hashed: Chromium stamps each print with its time' } } : {}),
  };
  return [...files, ...(options.pdf ? [{ path: 'report.pdf', content: options.pdf }] : []), { path: 'manifest.json', content: jsonText(manifest) }];
}

/** index.html alone (for printing the PDF before the folder is written). */
export function indexHtmlOf(files: readonly ReportFile[]): string {
  const index = files.find((file) => file.path === 'index.html');
  if (index === undefined || typeof index.content !== 'string') throw new Error('the report has no index.html');
  return index.content;
}
