/**
 * report.xlsx (and the overview's workbook): one sheet per table, as planners work in Excel and WPS —
 * the header row bold, shaded and frozen; numbers stored as numbers (a share "41.9%" as 0.419 formatted
 * as a percentage, a grouped "1,750,000" as 1750000), everything else as text; status cells in their
 * colour; a value's sources as a cell note naming the documents. Sheet names are the tables' headings,
 * cut to Excel's 31 characters and made unique. Built with `exceljs`, imported only when a workbook is
 * asked for; made byte-identical for the same inputs by deterministic-zip.ts.
 */
import type { ReportTable, TableCell } from '../core/report/report-tables.js';
import { textColorOn } from '../core/report/report-text.js';
import { FIXED_TIME, normaliseOfficeZip } from './deterministic-zip.js';

export interface WorkbookSheet {
  /** the sheet's name as a reader knows the table: its heading */
  name: string;
  table: ReportTable;
}

export interface WorkbookInput {
  sheets: readonly WorkbookSheet[];
  /** the title of each source by its number, for the notes on cells that cite sources */
  sourceTitles?: ReadonlyMap<number, string>;
  title: string;
}

/** Excel's rules for sheet names: at most 31 characters, none of : \ / ? * [ ], unique ignoring case. */
export function sheetNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name, index) => {
    const base = name.replace(/[:\\/?*[\]]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 31) || `Sheet${index + 1}`;
    let candidate = base;
    for (let suffix = 2; used.has(candidate.toLowerCase()); suffix++) candidate = `${base.slice(0, 31 - String(suffix).length - 1)}~${suffix}`;
    used.add(candidate.toLowerCase());
    return candidate;
  });
}

/** A cell's value as a spreadsheet should hold it: a number where the text is one, else the text. */
export function cellValue(text: string | null): { value: string | number | null; percent: boolean } {
  if (text === null) return { value: null, percent: false };
  const plain = text.replace(/,(?=\d{3}(?:\D|$))/g, '');
  if (/^-?\d+(?:\.\d+)?$/.test(plain)) return { value: Number(plain), percent: false };
  const share = /^(-?\d+(?:\.\d+)?)%$/.exec(plain);
  if (share) return { value: Number((Number(share[1]) / 100).toPrecision(12)), percent: true };
  return { value: text, percent: false };
}

function argb(color: string): string {
  return `FF${color.slice(1).toUpperCase()}`;
}

export async function buildWorkbook(input: WorkbookInput): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'plancast';
  workbook.lastModifiedBy = 'plancast';
  workbook.title = input.title;
  workbook.created = new Date(FIXED_TIME);
  workbook.modified = new Date(FIXED_TIME);
  const names = sheetNames(input.sheets.map((sheet) => sheet.name));
  input.sheets.forEach((sheet, index) => {
    const worksheet = workbook.addWorksheet(names[index]!, { views: [{ state: 'frozen', ySplit: 1 }] });
    const header = worksheet.addRow(sheet.table.headers);
    header.font = { bold: true };
    header.eachCell((cell) => { cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF3F9' } }; });
    for (const row of sheet.table.rows) {
      const values = row.map((cell: TableCell) => cellValue(cell.text));
      const added = worksheet.addRow(values.map((entry) => entry.value));
      row.forEach((cell, column) => {
        const target = added.getCell(column + 1);
        if (values[column]!.percent) target.numFmt = '0.0%';
        if (cell.color) {
          target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(cell.color) } };
          target.font = { color: { argb: argb(textColorOn(cell.color)) } };
        }
        if (cell.sources && cell.sources.length > 0 && input.sourceTitles) {
          target.note = cell.sources.map((number) => `[${number}] ${input.sourceTitles!.get(number) ?? ''}`.trim()).join('\n');
        }
      });
    }
    sheet.table.headers.forEach((headerText, column) => {
      const longest = Math.max(headerText.length, ...sheet.table.rows.map((row) => (row[column]?.text ?? '').length));
      worksheet.getColumn(column + 1).width = Math.min(60, Math.max(8, Math.ceil(longest * 1.6)));
    });
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return normaliseOfficeZip(new Uint8Array(buffer as ArrayBuffer));
}
