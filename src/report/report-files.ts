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
import { availableParallelism } from 'node:os';
import { renderAsync } from '@resvg/resvg-js';
import type { ReportChart } from '../core/report/report-charts.js';
import { reportCsvFiles } from '../core/report/report-csv.js';
import { reportHtmlSections } from '../core/report/report-html-sections.js';
import { reportMarkdown } from '../core/report/report-markdown.js';
import type { ReportModel } from '../core/report/report-model.js';
import { reportHeading } from '../core/report/report-outline.js';
import { buildHtmlDocument, readVegaBrowserBundles, type VegaBrowserBundles } from '../render/html-document.js';
import { CJK_FONT_FAMILY, CjkFontMissingError, findCjkFontFiles } from '../render/render-png.js';
import { renderSvg } from '../render/render-svg.js';
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
  /** called before each chart is rendered */
  onChart?: (index: number, chart: ReportChart) => void;
}

/**
 * SVG → PNG off the main thread: resvg's renderAsync runs on libuv's thread pool, so several charts
 * render at once (turning text into outlines with the CJK font takes ~25 ms per text element, which makes
 * PNG the costliest step of a report). The options are those of renderPng in src/render/render-png.ts,
 * so the bytes are the same.
 */
async function renderPngInPool(svg: string, fontFiles: readonly string[]): Promise<Uint8Array> {
  if (fontFiles.length === 0 && /[\u2e80-\u9fff\uff00-\uff60]/u.test(svg)) throw new CjkFontMissingError();
  const rendered = await renderAsync(svg, {
    fitTo: { mode: 'zoom', value: 2 },
    background: '#ffffff',
    font: { fontFiles: [...fontFiles], loadSystemFonts: fontFiles.length === 0, defaultFontFamily: CJK_FONT_FAMILY, sansSerifFamily: CJK_FONT_FAMILY },
    logLevel: 'off',
  });
  return new Uint8Array(rendered.asPng());
}

/** Runs `task` over `items`, at most `limit` at a time, keeping the results in order. */
async function mapWithLimit<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Renders every chart to SVG, and to PNG unless `png` is false (PNGs several at a time). */
export async function renderReportCharts(charts: readonly ReportChart[], options: RenderOptions = {}): Promise<RenderedChart[]> {
  const fontFiles = options.png === false ? [] : findCjkFontFiles();
  const parallel = Math.max(1, Math.min(4, availableParallelism()));
  return mapWithLimit(charts, parallel, async (chart, index) => {
    options.onChart?.(index, chart);
    const svg = await renderSvg(chart.spec);
    const png = options.png === false ? undefined : await renderPngInPool(svg.svg, fontFiles);
    return { chart, svg: svg.svg, ...(png ? { png } : {}), warnings: svg.warnings.map((warning) => `${chart.name}: ${warning}`) };
  });
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
  const write = (node: unknown, indent: string): string => {
    if (node === null || typeof node !== 'object') return JSON.stringify(node) ?? 'null';
    const inner = `${indent}  `;
    if (Array.isArray(node)) {
      if (node.length === 0) return '[]';
      const oneLine = `[${node.map((item) => write(item, inner)).join(', ')}]`;
      if (isFlat(node) && oneLine.length <= 200) return oneLine;
      return `[\n${node.map((item) => `${inner}${write(item, inner)}`).join(',\n')}\n${indent}]`;
    }
    const entries = Object.entries(node).filter(([, item]) => item !== undefined && typeof item !== 'function');
    if (entries.length === 0) return '{}';
    const oneLine = `{ ${entries.map(([key, item]) => `${JSON.stringify(key)}: ${write(item, inner)}`).join(', ')} }`;
    if (entries.every(([, item]) => isFlat(item)) && oneLine.length <= 200 && !oneLine.includes('\n')) return oneLine;
    return `{\n${entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${write(item, inner)}`).join(',\n')}\n${indent}}`;
  };
  return `${write(JSON.parse(JSON.stringify(value)), '')}\n`;
}

/** Everything of the manifest that is not a hash of the report's own files. */
export interface ManifestInputs {
  models: { name: string; path: string; sha256: string };
  inputs: { path: string; sha256: string; role: string }[];
  scenarioFiles: { id: string; path: string; sha256: string }[];
}

export interface BuildFilesOptions {
  bundles?: VegaBrowserBundles;
  pdf?: Uint8Array;
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

  const files: { path: string; content: string | Uint8Array }[] = [
    { path: 'index.html', content: html },
    { path: 'report.md', content: reportMarkdown(model, charts, { chartFolder: CHART_FOLDER, imageExtension: hasPng ? 'png' : 'svg' }) },
    { path: 'result.json', content: compactJsonText(model) },
  ];
  for (const entry of rendered) {
    files.push({ path: `${CHART_FOLDER}/${entry.chart.name}.vl.json`, content: jsonText(entry.chart.spec) });
    files.push({ path: `${CHART_FOLDER}/${entry.chart.name}.svg`, content: entry.svg });
    if (entry.png) files.push({ path: `${CHART_FOLDER}/${entry.chart.name}.png`, content: entry.png });
  }
  for (const [name, content] of Object.entries(reportCsvFiles(model))) files.push({ path: `${TABLE_FOLDER}/${name}`, content });
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
