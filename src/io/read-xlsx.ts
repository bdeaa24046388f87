/**
 * Reads the first sheet of an .xlsx workbook into a TabularFile (row numbers as Excel shows them).
 * The reader (read-excel-file) is loaded only when a workbook is actually read.
 */
import { ISSUE_CODES } from '../core/validation/validation-issue.js';
import type { TabularReadResult, TabularRow } from '../core/validation/tabular-file.js';

function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return String(cell.getUTCFullYear());
  if (typeof cell === 'number') return String(cell);
  return String(cell).trim();
}

export async function readXlsxBytes(bytes: Uint8Array, file: string): Promise<TabularReadResult> {
  if (bytes.length === 0) {
    return { ok: false, issues: [{ code: ISSUE_CODES.emptyFile, severity: 'error', file, message: 'the workbook file is empty', remedy: 'save the workbook again from Excel or WPS' }] };
  }
  let sheet: unknown[][];
  try {
    const { readSheet } = await import('read-excel-file/node');
    sheet = (await readSheet(Buffer.from(bytes))) as unknown[][];
  } catch (error) {
    return {
      ok: false,
      issues: [{ code: ISSUE_CODES.unreadableFile, severity: 'error', file, message: `not a readable .xlsx workbook (${(error as Error).message})`, remedy: 'open it in Excel or WPS and save it as .xlsx (Excel Workbook), or export the sheet as CSV UTF-8' }],
    };
  }
  const numbered: TabularRow[] = sheet.map((row, index) => ({ line: index + 1, cells: row.map(cellText) }));
  const nonEmpty = numbered.filter((row) => row.cells.some((cell) => cell !== ''));
  const [head, ...rows] = nonEmpty;
  if (head === undefined) {
    return { ok: false, issues: [{ code: ISSUE_CODES.emptyFile, severity: 'error', file, message: 'the first sheet has no data', remedy: 'put a header row region,indicator,year,value on the first sheet' }] };
  }
  return { ok: true, table: { file, header: head.cells, headerLine: head.line, rows }, issues: [] };
}
