/**
 * Validates a table as it is read, row by row: the header (required and duplicate columns), every row,
 * and the checks across rows (duplicates, conflict groups), keeping only what it must — the records when
 * the caller wants them, one key per record for the duplicate check, and the first MAX_LISTED_ISSUES
 * issues (the rest are counted). So checking a file of a million rows holds no million-row table.
 */
import type { Catalog, IndicatorDefinition } from '../catalog/indicator-catalog.js';
import { RECORD_KINDS, type IndicatorRecord } from '../records/indicator-record.js';
import { duplicateColumns, mapColumns, REQUIRED_COLUMNS, type RecordColumn } from './column-map.js';
import type { TableHeader, TableSink, TabularRow } from './tabular-file.js';
import { validateRow } from './validate-row.js';
import { ISSUE_CODES, type ValidationIssue } from './validation-issue.js';

export const MAX_LISTED_ISSUES = 1000;

const KIND_INDEX: Readonly<Record<string, number>> = Object.fromEntries(RECORD_KINDS.map((kind, index) => [kind, index]));

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
  // One entry per record for the duplicate check: a number key (region, indicator, year, kind and period
  // packed into 47 bits) where the ids are few enough, a string otherwise; the value is the line.
  let firstLine = new Map<number | string, number>();
  let firstGroup = new Map<number | string, string>();
  let regionIds = new Map<string, number>();
  const indicatorIds = new Map([...catalog.indicators.keys()].map((id, index) => [id, index]));
  let groups = new Map<string, { preferred: number; line: number }>();
  let indicatorCache = new Map<string, IndicatorDefinition | undefined>();
  let validRegions = new Set<string>();

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

  const duplicateKey = (record: IndicatorRecord): number | string => {
    let region = regionIds.get(record.region);
    if (region === undefined) regionIds.set(record.region, (region = regionIds.size));
    const indicator = indicatorIds.get(record.indicator);
    const year = record.year - 1900;
    const start = record.periodStart === undefined ? 0 : record.periodStart - 1899;
    if (region >= 2 ** 20 || indicator === undefined || indicator >= 2 ** 10 || year < 0 || year >= 256 || start < 0 || start >= 256) return recordKey(record);
    // packed without overlap: region 20 bits, indicator 10, year 8, kind 3, period start 8 (49 < 53 bits)
    return (((region * 1024 + indicator) * 256 + year) * 8 + KIND_INDEX[record.kind]!) * 256 + start;
  };

  const checkDuplicate = (record: IndicatorRecord, line: number): void => {
    const key = duplicateKey(record);
    const earlierLine = firstLine.get(key);
    if (earlierLine === undefined) {
      firstLine.set(key, line);
      if (record.conflict !== undefined) firstGroup.set(key, record.conflict.group);
    } else if (firstGroup.get(key) === undefined || firstGroup.get(key) !== record.conflict?.group) {
      add({
        code: ISSUE_CODES.duplicateRecord, severity: 'error', file, line, column: 'year', value: String(record.year),
        message: `duplicate: ${record.region} / ${record.indicator} / ${record.year} / ${record.kind} is already given on line ${earlierLine}`,
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
      const result = validateRow(row, { file, catalog, columns, decimalComma: header.decimalComma === true, indicatorCache, validRegions });
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
      firstGroup = new Map();
      regionIds = new Map();
      groups = new Map();
      indicatorCache = new Map();
      validRegions = new Set();
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
