/**
 * Reads a CSV or .xlsx file from disk into a TabularFile (by content, not only by name: an .xlsx saved as
 * .csv is still read as a workbook). Missing files become issues, not exceptions.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { ISSUE_CODES } from '../core/validation/validation-issue.js';
import type { TabularReadResult } from '../core/validation/tabular-file.js';
import { readCsvBytes } from './read-csv.js';
import { readXlsxBytes } from './read-xlsx.js';

export async function readTableFile(path: string): Promise<TabularReadResult> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      ok: false,
      issues: [{
        code: ISSUE_CODES.unreadableFile, severity: 'error', file: path,
        message: code === 'ENOENT' ? 'the file does not exist' : code === 'EISDIR' ? 'this is a folder, not a file' : `the file cannot be read (${code ?? 'unknown error'})`,
        remedy: 'check the path (relative paths start from the current folder)',
      }],
    };
  }
  const extension = extname(path).toLowerCase();
  const looksLikeZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (extension === '.xls') {
    return { ok: false, issues: [{ code: ISSUE_CODES.unsupportedFormat, severity: 'error', file: path, message: 'old Excel 97–2003 workbooks (.xls) are not read', remedy: 'save the workbook as .xlsx or export the sheet as CSV UTF-8' }] };
  }
  if (extension === '.xlsx' || (looksLikeZip && extension !== '.csv')) return readXlsxBytes(bytes, path);
  return readCsvBytes(bytes, path);
}
