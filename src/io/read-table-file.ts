/**
 * Reads a CSV or .xlsx file from disk into a TableSink (by content, not only by name: an .xlsx saved as
 * .csv is still read as a workbook). The file passes the input gate first (input-file.ts: a regular
 * file within the size limit). CSV is streamed; a workbook is read whole (it is compressed) and parsed
 * sparsely. Every problem — a missing file, a FIFO, a file too large — is an issue, not an exception.
 */
import { closeSync, readSync } from 'node:fs';
import { extname } from 'node:path';
import { ISSUE_CODES, type ValidationIssue } from '../core/validation/validation-issue.js';
import type { TableReadOutcome, TableSink } from '../core/validation/tabular-file.js';
import { inputLimits, openInputFile, readOpenedInput, type InputLimits } from './input-file.js';
import { readCsvDescriptor } from './read-csv.js';

const CODES: Record<string, ValidationIssue['code']> = {
  E_UNREADABLE_FILE: ISSUE_CODES.unreadableFile,
  E_NOT_REGULAR_FILE: ISSUE_CODES.notRegularFile,
  E_FILE_TOO_LARGE: ISSUE_CODES.fileTooLarge,
};

export async function readTableFile(path: string, sink: TableSink, limits: InputLimits = inputLimits()): Promise<TableReadOutcome> {
  const refuse = (code: ValidationIssue['code'], message: string, remedy: string): TableReadOutcome => ({ ok: false, issues: [{ code, severity: 'error', file: path, message, remedy }] });
  const extension = extname(path).toLowerCase();
  if (extension === '.xls') return refuse(ISSUE_CODES.unsupportedFormat, 'old Excel 97–2003 workbooks (.xls) are not read', 'save the workbook as .xlsx or export the sheet as CSV UTF-8');
  const opened = openInputFile(path, limits);
  if (!opened.ok) return refuse(CODES[opened.problem.code]!, opened.problem.message, opened.problem.remedy);
  const head = Buffer.alloc(8);
  const headLength = readSync(opened.descriptor, head, 0, 8, 0);
  const looksLikeZip = headLength >= 2 && head[0] === 0x50 && head[1] === 0x4b;
  const looksLikeOle = headLength >= 4 && head.readUInt32BE(0) === 0xd0cf11e0;
  if (extension === '.xlsx' || (looksLikeZip && extension !== '.csv') || (looksLikeOle && extension !== '.csv')) {
    const bytes = readOpenedInput(opened.descriptor, limits);
    if (!Buffer.isBuffer(bytes)) return refuse(CODES[bytes.code]!, bytes.message, bytes.remedy);
    const { readXlsxIntoSink } = await import('./read-xlsx.js');
    return readXlsxIntoSink(bytes, path, sink);
  }
  try {
    return readCsvDescriptor(opened.descriptor, opened.size, path, sink);
  } catch (error) {
    return refuse(ISSUE_CODES.unreadableFile, `the file cannot be read (${(error as NodeJS.ErrnoException).code ?? 'read error'})`, 'check the file and its permissions');
  } finally {
    closeSync(opened.descriptor);
  }
}
