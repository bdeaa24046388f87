/**
 * A table read from a CSV or spreadsheet file: a header and rows of text cells, each row with the line
 * (CSV) or row number (spreadsheet) a user sees in their editor. Reading problems travel as issues.
 */
import type { ValidationIssue } from './validation-issue.js';

export interface TabularRow {
  line: number;
  cells: string[];
}

export interface TabularFile {
  file: string;
  header: string[];
  /** the line of the header row (1 unless blank lines precede it). */
  headerLine: number;
  rows: TabularRow[];
  /** a note on how the file was read, e.g. its text encoding. */
  readNote?: string;
}

export type TabularReadResult = { ok: true; table: TabularFile; issues: ValidationIssue[] } | { ok: false; issues: ValidationIssue[] };
