/**
 * Reads a CSV file (RFC 4180, comma or semicolon or tab separated) into a TabularFile, decoding UTF-8 /
 * UTF-16 / GB18030 first. Parsing is csv-parse's; this file only maps its errors to issues with lines.
 */
import { parse } from 'csv-parse/sync';
import { ISSUE_CODES } from '../core/validation/validation-issue.js';
import { decodeText } from './decode-text.js';
import type { TabularReadResult, TabularRow } from '../core/validation/tabular-file.js';

function guessDelimiter(firstLine: string): string {
  const counts = [',', ';', '\t'].map((delimiter) => ({ delimiter, count: firstLine.split(delimiter).length - 1 }));
  counts.sort((a, b) => b.count - a.count);
  return counts[0]!.count > 0 ? counts[0]!.delimiter : ',';
}

interface CsvParseError extends Error {
  code?: string;
  lines?: number;
}

export function readCsvBytes(bytes: Uint8Array, file: string): TabularReadResult {
  if (bytes.length === 0) {
    return { ok: false, issues: [{ code: ISSUE_CODES.emptyFile, severity: 'error', file, message: 'the file is empty', remedy: 'export the data again; the first line must be a header such as region,indicator,year,value' }] };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    return { ok: false, issues: [{ code: ISSUE_CODES.binaryFile, severity: 'error', file, message: `not a text CSV file: ${decoded.detail}`, remedy: 'save the sheet as "CSV UTF-8 (comma delimited)", or pass the .xlsx file itself' }] };
  }
  const text = decoded.text;
  if (text.trim() === '') {
    return { ok: false, issues: [{ code: ISSUE_CODES.emptyFile, severity: 'error', file, message: 'the file has no data (only blank lines)', remedy: 'add a header line region,indicator,year,value and one line per value' }] };
  }
  const firstLine = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    parsed = parse(text, {
      delimiter: guessDelimiter(firstLine),
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      bom: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const parseError = error as CsvParseError;
    const unclosed = parseError.code === 'CSV_QUOTE_NOT_CLOSED';
    return {
      ok: false,
      issues: [
        {
          code: unclosed ? ISSUE_CODES.unclosedQuote : ISSUE_CODES.malformedCsv,
          severity: 'error',
          file,
          ...(parseError.lines !== undefined ? { line: parseError.lines } : {}),
          message: unclosed ? 'a quoted field is opened with " but never closed, so the rest of the file cannot be read' : `the CSV cannot be parsed: ${parseError.message}`,
          remedy: unclosed ? 'close the quote, or double a quote inside a quoted field ("")' : 'check the quoting and separators of the line named',
        },
      ],
    };
  }
  const [head, ...body] = parsed;
  if (head === undefined) {
    return { ok: false, issues: [{ code: ISSUE_CODES.emptyFile, severity: 'error', file, message: 'the file has no header line', remedy: 'add a header line region,indicator,year,value' }] };
  }
  const rows: TabularRow[] = body
    .filter((entry) => entry.record.some((cell) => cell !== ''))
    .map((entry) => ({ line: entry.info.lines, cells: entry.record }));
  const encodingNote = decoded.encoding === 'utf-8' ? undefined : `decoded as ${decoded.encoding.toUpperCase()}`;
  return {
    ok: true,
    table: { file, header: head.record, headerLine: head.info.lines, rows, ...(encodingNote ? { readNote: encodingNote } : {}) },
    issues: [],
  };
}
