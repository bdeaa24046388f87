/**
 * report.docx: the report outline (src/core/report/report-outline.ts, the same one index.html and report.md
 * render) as an editable Word document — the title, every section as a heading, paragraphs, bulleted
 * lists, tables with a shaded header row and coloured status cells, each value's source as a superscript
 * number, the charts as PNG pictures (rendered by resvg with Noto Sans CJK), the sources' file names as
 * small print. A4 portrait; East Asian text in SimSun (宋体) with Microsoft YaHei headings, which Word
 * and WPS substitute where missing. Built with the `docx` package, imported only when a .docx is asked for;
 * made byte-identical for the same inputs by deterministic-zip.ts.
 */
import type { OutlineBlock, OutlineSection } from '../core/report/report-outline.js';
import type { ReportTable } from '../core/report/report-tables.js';
import { textColorOn } from '../core/report/report-text.js';
import type { Language } from '../core/report/messages.js';
import { normaliseOfficeZip } from './deterministic-zip.js';

export interface DocxChart {
  title: string;
  png: Uint8Array;
}

export interface DocxInput {
  title: string;
  subtitle: string;
  footer: string;
  language: Language;
  sections: readonly OutlineSection[];
  /** the PNG of every chart the sections name, by chart name */
  charts: ReadonlyMap<string, DocxChart>;
}

/** The usable width of an A4 page with 2 cm margins, in pixels at 96 dpi (what docx's transformation takes). */
const PAGE_WIDTH_PX = 642;
/** The tallest a chart is drawn, so it shares its page with its caption. */
const CHART_HEIGHT_PX = 760;
/** A section with a table this wide is set on a landscape page. */
const LANDSCAPE_COLUMNS = 10;
/** A4 in twentieths of a point, and 2 cm margins. */
const A4 = { short: 11906, long: 16838, margin: 1134 };

/** Width and height of a PNG from its IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

export async function reportDocx(input: DocxInput): Promise<Uint8Array> {
  const docx = await import('docx');
  const { AlignmentType, Document, HeadingLevel, ImageRun, Packer, PageOrientation, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } = docx;
  const bodyFont = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: 'SimSun', cs: 'Arial' };
  const headingFont = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: 'Microsoft YaHei', cs: 'Arial' };

  const cellParagraph = (text: string | null, options: { bold?: boolean; color?: string; sources?: number[]; numeric?: boolean }) =>
    new Paragraph({
      alignment: options.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
      children: [
        new TextRun({ text: text ?? '—', bold: options.bold ?? false, size: 15, font: bodyFont, ...(options.color ? { color: options.color.slice(1) } : {}) }),
        ...(options.sources && options.sources.length > 0 ? [new TextRun({ text: `[${options.sources.join(',')}]`, superScript: true, size: 13, font: bodyFont, color: '4B5563' })] : []),
      ],
    });

  const table = (model: ReportTable) => {
    const numeric = new Set(model.numericColumns);
    const header = new TableRow({
      tableHeader: true,
      children: model.headers.map((text, column) => new TableCell({
        shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'EEF3F9' },
        children: [cellParagraph(text, { bold: true, numeric: numeric.has(column) })],
      })),
    });
    const rows = model.rows.map((row) => new TableRow({
      children: row.map((cell, column) => new TableCell({
        ...(cell.color ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: cell.color.slice(1).toUpperCase() } } : {}),
        children: [cellParagraph(cell.text, { numeric: numeric.has(column), ...(cell.color ? { color: textColorOn(cell.color) } : {}), ...(cell.sources ? { sources: cell.sources } : {}) })],
      })),
    }));
    return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] });
  };

  const block = (entry: OutlineBlock) => {
    switch (entry.type) {
      case 'paragraph':
        return [new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: entry.text, font: bodyFont, size: 21 })] })];
      case 'list':
        return entry.items.map((item) => new Paragraph({ bullet: { level: 0 }, spacing: { after: 80 }, children: [new TextRun({ text: item, font: bodyFont, size: 21 })] }));
      case 'subheading':
        return [new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun({ text: entry.text, font: headingFont })] })];
      case 'table':
        return [table(entry.table), new Paragraph({ children: [] })];
      case 'footnotes':
        return [entry.heading, ...entry.items].map((line) => new Paragraph({ children: [new TextRun({ text: line, font: bodyFont, size: 14, color: '6B7280' })] }));
    }
  };

  const figure = (name: string) => {
    const chart = input.charts.get(name);
    if (chart === undefined) return [];
    const size = pngSize(chart.png);
    const scale = Math.min(1, PAGE_WIDTH_PX / size.width, CHART_HEIGHT_PX / size.height);
    const width = Math.round(size.width * scale);
    const height = Math.round(size.height * scale);
    return [
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new ImageRun({ type: 'png', data: chart.png, transformation: { width, height }, altText: { name, title: chart.title, description: chart.title } })] }),
      new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [new TextRun({ text: chart.title, font: bodyFont, size: 18, color: '4B5563' })] }),
    ];
  };

  // Runs of outline sections that share an orientation: wide tables (the indicator table) on landscape pages.
  const landscape = (section: OutlineSection) => section.blocks.some((entry) => entry.type === 'table' && entry.table.headers.length >= LANDSCAPE_COLUMNS);
  const pages: { landscape: boolean; children: (InstanceType<typeof Paragraph> | InstanceType<typeof Table>)[] }[] = [];
  const add = (isLandscape: boolean, children: (InstanceType<typeof Paragraph> | InstanceType<typeof Table>)[]) => {
    const last = pages.at(-1);
    if (last !== undefined && last.landscape === isLandscape) last.children.push(...children);
    else pages.push({ landscape: isLandscape, children });
  };
  add(false, [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text: input.title, font: headingFont })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: input.subtitle, font: bodyFont, size: 20, color: '4B5563' })] }),
  ]);
  for (const section of input.sections) {
    add(landscape(section), [
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: section.heading, font: headingFont })] }),
      ...section.blocks.flatMap(block),
      ...section.charts.flatMap((chart) => figure(chart.name)),
    ]);
  }
  add(false, [new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: input.footer, font: bodyFont, size: 16, color: '6B7280' })] })]);
  const margin = { top: A4.margin, bottom: A4.margin, left: A4.margin, right: A4.margin };
  const document = new Document({
    creator: 'plancast', title: input.title, description: input.subtitle, lastModifiedBy: 'plancast',
    styles: { default: { document: { run: { font: bodyFont, size: 21 } } } },
    sections: pages.map((page) => ({
      properties: { page: { size: page.landscape ? { width: A4.short, height: A4.long, orientation: PageOrientation.LANDSCAPE } : { width: A4.short, height: A4.long }, margin } },
      children: page.children,
    })),
  });
  return normaliseOfficeZip(new Uint8Array(await Packer.toBuffer(document)));
}
