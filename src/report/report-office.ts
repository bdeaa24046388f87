/**
 * The report in the formats planners edit: report.docx (the outline as a Word document, charts as PNG
 * pictures) and report.xlsx (one sheet per table of the outline). Written only when asked for (--docx,
 * --xlsx): the libraries load on the first call.
 */
import type { ReportModel } from '../core/report/report-model.js';
import { reportHeading, reportOutline, type OutlineSection } from '../core/report/report-outline.js';
import { reportDocx, type DocxChart } from '../render/report-docx.js';
import { buildWorkbook, type WorkbookSheet } from '../render/report-xlsx.js';
import type { RenderedChart } from './report-files.js';

export interface OfficeRequest {
  docx?: boolean | undefined;
  xlsx?: boolean | undefined;
}

/** Every table of the outline as a sheet, named by the sub-heading over it, else by its section. */
export function outlineSheets(sections: readonly OutlineSection[]): WorkbookSheet[] {
  const sheets: WorkbookSheet[] = [];
  for (const section of sections) {
    let heading = section.heading;
    let used = false;
    for (const block of section.blocks) {
      if (block.type === 'subheading') {
        heading = block.text;
        used = false;
      } else if (block.type === 'table') {
        sheets.push({ name: used ? `${heading} ${sheets.length + 1}` : heading, table: block.table });
        used = true;
      }
    }
  }
  return sheets;
}

export async function officeFiles(model: ReportModel, rendered: readonly RenderedChart[], request: OfficeRequest): Promise<{ path: string; content: Uint8Array }[]> {
  if (!request.docx && !request.xlsx) return [];
  const charts = rendered.map((entry) => entry.chart);
  const sections = reportOutline(model, charts);
  const heading = reportHeading(model);
  const files: { path: string; content: Uint8Array }[] = [];
  if (request.docx) {
    const pictures = new Map<string, DocxChart>();
    for (const entry of rendered) if (entry.png) pictures.set(entry.chart.name, { title: entry.chart.title, png: entry.png });
    files.push({ path: 'report.docx', content: await reportDocx({ ...heading, language: model.meta.language, sections, charts: pictures }) });
  }
  if (request.xlsx) {
    const sourceTitles = new Map(model.evaluation.documents.map((row) => [row.number, row.title[model.meta.language]]));
    files.push({ path: 'report.xlsx', content: await buildWorkbook({ title: heading.title, sheets: outlineSheets(sections), sourceTitles }) });
  }
  return files;
}
