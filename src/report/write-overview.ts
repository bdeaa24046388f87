/**
 * Writes the overview of every region (reports/index.html, and with --xlsx reports/overview.xlsx; in English
 * index.en.html and overview.en.xlsx, so neither language replaces the other) from the
 * reports just written: the status classes per region with a chart, the main goals side by side with their
 * probabilities, links to each report. Self-contained and offline like the reports (vega inlined, the
 * same Content-Security-Policy, a static SVG of the chart). Each file is written to a temporary name
 * beside it and renamed into place, so a reader never sees half a page.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Language } from '../core/report/messages.js';
import { translate } from '../core/report/messages.js';
import { overviewHtmlSections } from '../core/report/overview/overview-html.js';
import { assembleOverview, type OverviewModel } from '../core/report/overview/overview-model.js';
import { overviewGoalsTable, overviewReportsTable, overviewStatusTable } from '../core/report/overview/overview-tables.js';
import { buildHtmlDocument, readVegaBrowserBundles } from '../render/html-document.js';
import { buildWorkbook } from '../render/report-xlsx.js';
import { renderChartsOfReports } from './report-files.js';
import type { WrittenReport } from './write-report.js';

export interface WrittenOverview {
  files: string[];
  model: OverviewModel;
}

async function writeAtomically(path: string, content: string | Uint8Array): Promise<void> {
  const temporary = `${path}.tmp-${randomBytes(6).toString('hex')}`;
  try {
    await writeFile(temporary, content);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

export async function writeOverview(folder: string, reports: readonly WrittenReport[], options: { language: Language; xlsx?: boolean; png?: boolean }): Promise<WrittenOverview> {
  const { language } = options;
  const model = assembleOverview(reports.map((report) => ({ model: report.model, link: relative(folder, report.folder).split(sep).join('/') })));
  const sections = overviewHtmlSections(model, language);
  const charts = sections.flatMap((section) => section.charts);
  const [rendered] = await renderChartsOfReports([charts.map((chart) => ({ name: chart.id, title: chart.title, spec: chart.spec, kind: 'status-summary' as const }))], { png: false });
  const svgById = new Map(rendered!.map((entry) => [entry.chart.name, entry.svg]));
  const years = [...new Set(model.regions.map((region) => region.year).filter((year): year is number => year !== null))].sort();
  const html = buildHtmlDocument({
    title: translate(language, 'overview.title'),
    subtitle: translate(language, 'overview.subtitle', { count: model.regions.length, year: years.map((year) => translate(language, 'report.as-of', { year })).join(' / ') }),
    language,
    sections: sections.map((section) => ({ ...section, charts: section.charts.map((chart) => ({ ...chart, staticSvg: svgById.get(chart.id)! })) })),
  }, readVegaBrowserBundles());
  await mkdir(folder, { recursive: true });
  // the Chinese overview is index.html; another language's sits beside it and never replaces it
  const suffix = language === 'zh' ? '' : `.${language}`;
  const files = [join(folder, `index${suffix}.html`)];
  await writeAtomically(files[0]!, html);
  if (options.xlsx) {
    const workbook = await buildWorkbook({
      title: translate(language, 'overview.title'),
      sheets: [
        { name: translate(language, 'overview.sheet'), table: overviewStatusTable(model, language) },
        { name: translate(language, 'overview.goals-section'), table: overviewGoalsTable(model, language) },
        { name: translate(language, 'overview.reports-section'), table: overviewReportsTable(model, language) },
      ],
    });
    files.push(join(folder, `overview${suffix}.xlsx`));
    await writeAtomically(files[1]!, workbook);
  }
  return { files, model };
}
