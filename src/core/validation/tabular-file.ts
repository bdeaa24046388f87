/**
 * A table read from a CSV or spreadsheet file: a header and rows of text cells, each row with the line
 * (CSV: where the record starts) or row number (spreadsheet) a user sees in their editor. Readers stream
 * rows into a TableSink one at a time, so a large file never sits in memory as a whole; reading
 * problems travel as issues.
 */
import type { ValidationIssue } from './validation-issue.js';

export interface TabularRow {
  line: number;
  cells: string[];
  /** indices of cells that were date cells in a workbook (their text is the ISO date) */
  dateCells?: number[];
}

export interface TableHeader {
  file: string;
  header: string[];
  /** the line of the header row (1 unless blank lines precede it). */
  headerLine: number;
  /** a note on how the file was read, e.g. its text encoding. */
  readNote?: string;
  /** numbers use the decimal comma (a `;`-separated file): 1,5 is one and a half */
  decimalComma?: boolean;
}

export interface TabularFile extends TableHeader {
  rows: TabularRow[];
}

/** Where a reader puts what it reads: the header once, then every non-empty row in order. */
export interface TableSink {
  header(header: TableHeader): void;
  row(row: TabularRow): void;
  /** forget everything read so far (a reader that starts over in another text encoding) */
  restart(): void;
}

/** The end of reading: `ok` false when the file could not be read as a table (the issues say why). */
export type TableReadOutcome = { ok: boolean; issues: ValidationIssue[] };

export type TabularReadResult = { ok: true; table: TabularFile; issues: ValidationIssue[] } | { ok: false; issues: ValidationIssue[] };

/** A sink that keeps the whole table (small files, tests). */
export function collectingSink(): TableSink & { table(): TabularFile | undefined } {
  let header: TableHeader | undefined;
  let rows: TabularRow[] = [];
  return {
    header: (value) => { header = value; },
    row: (row) => { rows.push(row); },
    restart: () => { header = undefined; rows = []; },
    table: () => (header === undefined ? undefined : { ...header, rows }),
  };
}
