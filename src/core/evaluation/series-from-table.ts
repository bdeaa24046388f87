/**
 * The series of a user's table for `plancast forecast` and `plancast evaluate`, in either layout:
 * - region × indicator (`region,indicator,year,value[,unit,kind…]`, as every --data file): validated
 *   row by row against the catalogue like any data file; each region × indicator with observations is
 *   one series with its catalogue unit, kind, bounds and forecast group;
 * - generic (`series,year,value[,part]`, the M1 benchmark layout): each series id is one generic series
 *   (kind flow, bounded below by 0) with the general reference class; `part` is `history` or `future`.
 * Pure: the caller reads the file. Every problem is a ValidationIssue with the usual codes.
 */
import type { Catalog } from '../catalog/indicator-catalog.js';
import { seriesFromRecords } from '../series/observed-series.js';
import { parseNumber } from '../validation/parse-number.js';
import type { TabularFile } from '../validation/tabular-file.js';
import { validateTable } from '../validation/validate-table.js';
import { ISSUE_CODES, type IssueCode, type ValidationIssue } from '../validation/validation-issue.js';
import type { EvaluationSeries } from './evaluation-cases.js';

/** The indicator id of a generic series. */
export const GENERIC_INDICATOR = 'generic';
/** Years a generic series may use (benchmark series reach back to the 1960s). */
export const GENERIC_YEAR_RANGE = { first: 1800, last: 2200 } as const;

export interface SeriesTable {
  layout: 'region-indicator' | 'generic';
  series: EvaluationSeries[];
  issues: ValidationIssue[];
}

const headerName = (cell: string): string => cell.trim().replace(/^\uFEFF/, '').toLowerCase();

export function isGenericLayout(table: TabularFile): boolean {
  const names = table.header.map(headerName);
  return names.includes('series') && !names.includes('region');
}

function genericSeries(table: TabularFile): SeriesTable {
  const names = table.header.map(headerName);
  const issues: ValidationIssue[] = [];
  const at = (name: string): number => names.indexOf(name);
  const missing = ['series', 'year', 'value'].filter((name) => at(name) < 0);
  if (missing.length > 0) {
    return {
      layout: 'generic', series: [],
      issues: [{ code: ISSUE_CODES.missingColumn, severity: 'error', file: table.file, line: table.headerLine, value: table.header.join(','), message: `missing column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}`, remedy: 'a generic series file names series,year,value (optional: part = history or future)' }],
    };
  }
  const bySeries = new Map<string, { years: number[]; values: number[]; parts: ('history' | 'future')[]; lines: Map<number, number> }>();
  const hasPart = at('part') >= 0;
  for (const row of table.rows) {
    const cell = (name: string): string => (at(name) < 0 ? '' : (row.cells[at(name)] ?? '').trim());
    const report = (code: IssueCode, column: string, value: string, message: string, remedy: string): void => {
      issues.push({ code, severity: 'error', file: table.file, line: row.line, column, value, message, remedy });
    };
    if (row.cells.length > table.header.length && row.cells.slice(table.header.length).some((text) => text !== '')) {
      report(ISSUE_CODES.raggedRow, 'series', row.cells.join(','), `the row has ${row.cells.length} fields but the header has ${table.header.length}`, 'quote a value that contains a comma, or remove the extra separators');
      continue;
    }
    const id = cell('series');
    const yearText = cell('year');
    const valueText = cell('value');
    const partText = cell('part').toLowerCase();
    const year = Number(yearText);
    const parsed = parseNumber(valueText);
    let ok = true;
    const reject = (...args: Parameters<typeof report>): void => {
      report(...args);
      ok = false;
    };
    if (id === '') reject(ISSUE_CODES.emptyValue, 'series', id, 'the series id is empty', 'name the series this value belongs to');
    if (yearText === '') reject(ISSUE_CODES.emptyValue, 'year', yearText, 'the year is empty', 'write the year the value refers to');
    else if (!Number.isInteger(year)) reject(ISSUE_CODES.invalidYear, 'year', yearText, 'the year is not a whole number', 'write a four-digit year, e.g. 2019');
    else if (year < GENERIC_YEAR_RANGE.first || year > GENERIC_YEAR_RANGE.last) reject(ISSUE_CODES.yearOutOfRange, 'year', yearText, `the year lies outside ${GENERIC_YEAR_RANGE.first}–${GENERIC_YEAR_RANGE.last}`, 'check for a typo');
    if (valueText === '') reject(ISSUE_CODES.emptyValue, 'value', valueText, 'the value is empty', 'fill in the number, or delete the row');
    else if (parsed === undefined) reject(ISSUE_CODES.nonNumericValue, 'value', valueText, 'the value is not a number', 'write a plain number such as 3.65');
    if (hasPart && partText !== 'history' && partText !== 'future') reject(ISSUE_CODES.invalidField, 'part', cell('part'), 'part must be history or future', 'write history for what the forecaster sees, future for what is scored');
    if (!ok) continue;
    const entry = bySeries.get(id) ?? { years: [], values: [], parts: [], lines: new Map<number, number>() };
    const earlier = entry.lines.get(year);
    if (earlier !== undefined) {
      report(ISSUE_CODES.duplicateRecord, 'year', yearText, `duplicate: series ${id}, year ${year} is already given on line ${earlier}`, 'keep one of the rows');
      continue;
    }
    entry.lines.set(year, row.line);
    entry.years.push(year);
    entry.values.push(parsed!.value * parsed!.multiplier);
    entry.parts.push(partText === 'future' ? 'future' : 'history');
    bySeries.set(id, entry);
  }
  const series = [...bySeries].map(([id, entry]) => {
    const order = entry.years.map((_, index) => index).sort((a, b) => entry.years[a]! - entry.years[b]!);
    return {
      region: id, indicator: GENERIC_INDICATOR, unit: '', indicatorKind: 'flow' as const, bounds: { lower: 0, upper: null },
      years: order.map((index) => entry.years[index]!), values: order.map((index) => entry.values[index]!),
      ...(hasPart ? { parts: order.map((index) => entry.parts[index]!) } : {}),
    };
  });
  return { layout: 'generic', series, issues };
}

function regionIndicatorSeries(table: TabularFile, catalog: Catalog): SeriesTable {
  const validation = validateTable(table, catalog);
  const keys = [...new Set(validation.records.map((record) => `${record.region}|${record.indicator}`))];
  const series = keys.flatMap((key): EvaluationSeries[] => {
    const [region, indicator] = key.split('|') as [string, string];
    const definition = catalog.indicators.get(indicator)!;
    const observed = seriesFromRecords(validation.records, region, indicator, { unit: definition.unit, indicatorKind: definition.kind, bounds: definition.bounds });
    if (observed.years.length === 0) return [];
    return [{ ...observed, ...(definition.forecastGroup !== undefined ? { forecastGroup: definition.forecastGroup } : {}) }];
  });
  return { layout: 'region-indicator', series, issues: validation.issues };
}

export function seriesFromTable(table: TabularFile, catalog: Catalog): SeriesTable {
  return isGenericLayout(table) ? genericSeries(table) : regionIndicatorSeries(table, catalog);
}
