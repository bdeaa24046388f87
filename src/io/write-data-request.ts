/**
 * Writes a data request (core/template/data-request.ts) as CSV (UTF-8 with a BOM, so Excel and WPS open
 * it as UTF-8) or as .xlsx (write-excel-file, loaded only when asked for), atomically: a temporary file
 * renamed into place, so a failed write leaves no half-written sheet.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { csvText } from '../core/report/report-csv.js';
import { DATA_REQUEST_COLUMNS, dataRequestTable, type DataRequest } from '../core/template/data-request.js';

export function dataRequestCsv(request: DataRequest): string {
  return csvText(DATA_REQUEST_COLUMNS, dataRequestTable(request).map((row) => row.map((cell) => cell ?? '')));
}

export async function dataRequestXlsx(request: DataRequest): Promise<Buffer> {
  const { default: writeExcelFile } = await import('write-excel-file/node');
  const rows = [[...DATA_REQUEST_COLUMNS], ...dataRequestTable(request)];
  return writeExcelFile(rows.map((row) => row.map((cell) => (cell === null ? null : { value: cell })))).toBuffer();
}

export function writeFileAtomically(path: string, content: string | Buffer): void {
  const temporary = `${path}.partial-${process.pid}`;
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
