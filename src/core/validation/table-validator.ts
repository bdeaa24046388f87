/**
 * Validates a table as it is read, row by row: the header (required and duplicate columns), every row,
 * and the checks across rows (duplicates, conflict groups), keeping only what it must — the records when
 * the caller wants them, one key per record for the duplicate check, and the first MAX_LISTED_ISSUES
 * issues (the rest are counted). So checking a file of a million rows holds no million-row table.
 */
import type { Catalog, IndicatorDefinition } from '../catalog/indicator-catalog.js';
import type { IndicatorRecord } from '../records/indicator-record.js';
import { duplicateColumns, mapColumns, REQUIRED_COLUMNS, type RecordColumn } from './column-map.js';
import type { TableHeader, TableSink, TabularRow } from './tabular-file.js';
import { validateRow } from './validate-row.js';
import { ISSUE_CODES, type ValidationIssue } from './validation-issue.js';

export const MAX_LISTED_ISSUES = 1000;

export interface TableValidation {
  /** the valid records (empty when the caller asked not to keep them) */
  records: IndicatorRecord[];
  /** how many rows gave a valid record */
  recordCount: number;
  issues: ValidationIssue[];
  /** rows read (excluding the header). */
  rowCount: number;
}

export interface TableValidatorOptions {
  /** keep the records (loading data) or only count them (checking a file); default true */
  keepRecords?: boolean;
}

export function recordKey(record: IndicatorRecord): string {
  return `${record.region}|${record.indicator}|${record.year}|${record.kind}|${record.periodStart ?? ''}`;
}

export interface TableValidator extends TableSink {
  /** ends validation: adds the reader's issues, the checks across rows, and sorts by line */
  finish(readIssues?: readonly ValidationIssue[]): TableValidation;
}

export function createTableValidator(catalog: Catalog, file: string, options: TableValidatorOptions = {}): TableValidator {
  const keepRecords = options.keepRecords !== false;
  let header: TableHeader | undefined;
  let columns: Map<RecordColumn, number> | undefined;
  let headerRefused = false;
  let records: IndicatorRecord[] = [];
  let recordCount = 0;
  let rowCount = 0;
  let issues: ValidationIssue[] = [];
  let omitted = { errors: 0, warnings: 0 };
  let firstLine = new Map<string, { line: number; group: string | undefined }>();
  let groups = new Map<string, { preferred: number; line: number }>();
  let indicatorCache = new Map<string, IndicatorDefinition | undefined>();

  const add = (issue: ValidationIssue): void => {
    if (issues.length < MAX_LISTED_ISSUES) issues.push(issue);
    else if (issue.severity === 'error') omitted.errors++;
    else omitted.warnings++;
  };

  const checkHeader = (value: TableHeader): void => {
    const map = mapColumns(value.header);
    const missing = REQUIRED_COLUMNS.filter((column) => !map.has(column));
    if (missing.length > 0) {
      headerRefused = true;
      add({
        code: ISSUE_CODES.missingColumn, severity: 'error', file, line: value.headerLine, value: value.header.join(','),
        message: `missing column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}`,
        remedy: 'the first line must name at least region,indicator,year,value (optional: kind,unit,comparator,source)',
      });
    }
    for (const duplicate of duplicateColumns(value.header)) {
      headerRefused = true;
      add({
        code: ISSUE_CODES.duplicateColumn, severity: 'error', file, line: value.headerLine, column: duplicate.column,
        value: duplicate.headers.map((entry) => entry.name).join(', '),
        message: `the ${duplicate.column} column is given ${duplicate.headers.length} times (${duplicate.headers.map((entry) => `"${entry.name}" in column ${entry.index + 1}`).join(', ')}); plancast will not guess which one holds the data`,
        remedy: 'delete or rename all but one of these columns',
      });
    }
    columns = map;
  };

  const checkDuplicate = (record: IndicatorRecord, line: number): void => {
    const key = recordKey(record);
    const earlier = firstLine.get(key);
    if (earlier === undefined) {
      firstLine.set(key, { line, group: record.conflict?.group });
    } else if (earlier.group === undefined || earlier.group !== record.conflict?.group) {
      add({
        code: ISSUE_CODES.duplicateRecord, severity: 'error', file, line, column: 'year', value: String(record.year),
        message: `duplicate: ${record.region} / ${record.indicator} / ${record.year} / ${record.kind} is already given on line ${earlier.line}`,
        remedy: 'keep one of the rows, or give both the same conflict_group and mark one preferred=true',
      });
    }
    if (record.conflict !== undefined) {
      const entry = groups.get(record.conflict.group) ?? { preferred: 0, line };
      if (record.conflict.preferred) entry.preferred++;
      groups.set(record.conflict.group, entry);
    }
  };

  return {
    header(value) {
      header = value;
      checkHeader(value);
    },
    row(row: TabularRow) {
      rowCount++;
      if (header === undefined || columns === undefined || headerRefused) return;
      if (row.cells.length > header.header.length && row.cells.slice(header.header.length).some((cell) => cell !== '')) {
        add({
          code: ISSUE_CODES.raggedRow, severity: 'error', file, line: row.line, value: row.cells.join(header.decimalComma ? ';' : ','),
          message: `the row has ${row.cells.length} fields but the header has ${header.header.length}`,
          remedy: 'quote a value that contains a separator ("1,234"), or remove the extra separators',
        });
        return;
      }
      const result = validateRow(row, { file, catalog, columns, decimalComma: header.decimalComma === true, indicatorCache });
      for (const issue of result.issues) add(issue);
      if (result.record === undefined) return;
      recordCount++;
      if (keepRecords) records.push(result.record);
      checkDuplicate(result.record, row.line);
    },
    restart() {
      header = undefined;
      columns = undefined;
      headerRefused = false;
      records = [];
      recordCount = 0;
      rowCount = 0;
      issues = [];
      omitted = { errors: 0, warnings: 0 };
      firstLine = new Map();
      groups = new Map();
      indicatorCache = new Map();
    },
    finish(readIssues = []) {
      for (const issue of readIssues) add(issue);
      if (header !== undefined && !headerRefused && rowCount === 0 && !readIssues.some((issue) => issue.severity === 'error')) {
        add({ code: ISSUE_CODES.emptyFile, severity: 'error', file, line: header.headerLine, message: 'no data rows: the file has a header but no values', remedy: 'add one line per value under the header (region,indicator,year,value)' });
      }
      for (const [group, entry] of groups) {
        if (entry.preferred === 1) continue;
        add({
          code: ISSUE_CODES.conflictWithoutPreference, severity: 'error', file, line: entry.line, column: 'preferred', value: group,
          message: `conflict group ${group} has ${entry.preferred} preferred records; it needs exactly one`,
          remedy: 'set preferred=true on the one record the models should use and false on the others',
        });
      }
      const sorted = [...issues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
      if (omitted.errors + omitted.warnings > 0) {
        sorted.push({
          code: ISSUE_CODES.tooManyProblems, severity: omitted.errors > 0 ? 'error' : 'warning', file,
          message: `${(omitted.errors + omitted.warnings).toLocaleString('en-US')} more problems are not listed (${omitted.errors.toLocaleString('en-US')} errors, ${omitted.warnings.toLocaleString('en-US')} warnings); the first ${MAX_LISTED_ISSUES.toLocaleString('en-US')} are`,
          remedy: 'fix the problems listed (often one cause, such as a wrong column or unit, explains them all) and check again',
        });
      }
      return { records, recordCount, issues: sorted, rowCount };
    },
  };
}
