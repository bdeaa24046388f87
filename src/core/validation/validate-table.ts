/**
 * Validates a whole table: the header, every row, and the checks across rows (duplicates, conflict
 * groups). Collects every problem; returns the records of the rows that passed.
 */
import type { Catalog } from '../catalog/indicator-catalog.js';
import type { IndicatorRecord } from '../records/indicator-record.js';
import { mapColumns, REQUIRED_COLUMNS } from './column-map.js';
import type { TabularFile } from './tabular-file.js';
import { validateRow } from './validate-row.js';
import { ISSUE_CODES, type ValidationIssue } from './validation-issue.js';

export interface TableValidation {
  records: IndicatorRecord[];
  issues: ValidationIssue[];
  /** rows read (excluding the header). */
  rowCount: number;
}

export function recordKey(record: IndicatorRecord): string {
  return [record.region, record.indicator, record.year, record.kind, record.periodStart ?? ''].join('|');
}

export function validateTable(table: TabularFile, catalog: Catalog): TableValidation {
  const { file } = table;
  const columns = mapColumns(table.header);
  const missing = REQUIRED_COLUMNS.filter((column) => !columns.has(column));
  if (missing.length > 0) {
    return {
      records: [],
      rowCount: table.rows.length,
      issues: [{
        code: ISSUE_CODES.missingColumn, severity: 'error', file, line: table.headerLine, value: table.header.join(','),
        message: `missing column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}`,
        remedy: 'the first line must name at least region,indicator,year,value (optional: kind,unit,comparator,source)',
      }],
    };
  }
  const issues: ValidationIssue[] = [];
  const records: IndicatorRecord[] = [];
  const lines: number[] = [];
  for (const row of table.rows) {
    if (row.cells.length > table.header.length && row.cells.slice(table.header.length).some((cell) => cell !== '')) {
      issues.push({
        code: ISSUE_CODES.raggedRow, severity: 'error', file, line: row.line, value: row.cells.join(','),
        message: `the row has ${row.cells.length} fields but the header has ${table.header.length}`,
        remedy: 'quote a value that contains a comma ("1,234"), or remove the extra separators',
      });
      continue;
    }
    const result = validateRow(row, { file, catalog, columns });
    issues.push(...result.issues);
    if (result.record !== undefined) {
      records.push(result.record);
      lines.push(row.line);
    }
  }
  issues.push(...checkDuplicates(records, lines, file));
  issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { records, issues, rowCount: table.rows.length };
}

/** The same region/indicator/year/kind twice is an error unless the rows share a conflict group. */
function checkDuplicates(records: readonly IndicatorRecord[], lines: readonly number[], file: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const firstLine = new Map<string, { line: number; group: string | undefined }>();
  records.forEach((record, index) => {
    const key = recordKey(record);
    const line = lines[index]!;
    const earlier = firstLine.get(key);
    if (earlier === undefined) {
      firstLine.set(key, { line, group: record.conflict?.group });
    } else if (earlier.group === undefined || earlier.group !== record.conflict?.group) {
      issues.push({
        code: ISSUE_CODES.duplicateRecord, severity: 'error', file, line, column: 'year', value: String(record.year),
        message: `duplicate: ${record.region} / ${record.indicator} / ${record.year} / ${record.kind} is already given on line ${earlier.line}`,
        remedy: 'keep one of the rows, or give both the same conflict_group and mark one preferred=true',
      });
    }
  });
  const groups = new Map<string, { preferred: number; line: number }>();
  records.forEach((record, index) => {
    if (record.conflict === undefined) return;
    const entry = groups.get(record.conflict.group) ?? { preferred: 0, line: lines[index]! };
    if (record.conflict.preferred) entry.preferred++;
    groups.set(record.conflict.group, entry);
  });
  for (const [group, entry] of groups) {
    if (entry.preferred !== 1) {
      issues.push({
        code: ISSUE_CODES.conflictWithoutPreference, severity: 'error', file, line: entry.line, column: 'preferred', value: group,
        message: `conflict group ${group} has ${entry.preferred} preferred records; it needs exactly one`,
        remedy: 'set preferred=true on the one record the models should use and false on the others',
      });
    }
  }
  return issues;
}
