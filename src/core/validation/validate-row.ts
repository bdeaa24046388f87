/**
 * Turns one row of a user's (or the seeds') table into an IndicatorRecord, or explains every problem
 * with it. Pure: the caller reads the file and collects the issues.
 */
import type { Catalog, IndicatorDefinition } from '../catalog/indicator-catalog.js';
import { findIndicator, suggestIndicators } from '../catalog/find-indicator.js';
import { convertUnit, normalizeUnit } from '../catalog/unit-conversion.js';
import {
  ATTRIBUTES, COMPARATORS,
  type Comparator, type IndicatorRecord, type TargetAttribute,
} from '../records/indicator-record.js';
import { growthRowIssue } from '../records/chain-growth.js';
import { KIND_HELP, parseRecordKind } from './kind-words.js';
import { parsePlanCell } from './plan-column.js';
import { resolveRegionName } from './region-names.js';
import type { RecordColumn } from './column-map.js';
import { parseYear, readNumber } from './parse-number.js';
import type { TabularRow } from './tabular-file.js';
import { ISSUE_CODES, type IssueCode, type ValidationIssue } from './validation-issue.js';

export const YEAR_RANGE = { first: 1990, last: 2100 } as const;

const COMPARATOR_WORDS: Readonly<Record<string, Comparator>> = {
  以上: 'at-least', '≥': 'at-least', '>=': 'at-least', 不低于: 'at-least',
  超过: 'above', 突破: 'above', '>': 'above',
  左右: 'about', '≈': 'about', '~': 'about',
  '=': 'exact',
  以下: 'at-most', '≤': 'at-most', '<=': 'at-most', 不超过: 'at-most',
  低于: 'below', '<': 'below',
};

const ATTRIBUTE_WORDS: Readonly<Record<string, TargetAttribute>> = { 预期性: 'expected', 约束性: 'binding' };

export interface RowContext {
  file: string;
  catalog: Catalog;
  columns: ReadonlyMap<RecordColumn, number>;
  /** numbers use the decimal comma (`;`-separated files) */
  decimalComma?: boolean;
  /** what each written indicator resolved to (a file names the same few thousands of times) */
  indicatorCache?: Map<string, IndicatorDefinition | undefined>;
  /** region ids already found well-formed */
  validRegions?: Set<string>;
}

const REGION_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}_.-]*$/u;

function isValidRegion(region: string, context: RowContext): boolean {
  if (context.validRegions?.has(region)) return true;
  const valid = region !== '' && REGION_PATTERN.test(region);
  if (valid && context.validRegions !== undefined && context.validRegions.size < 100_000) context.validRegions.add(region);
  return valid;
}

function lookUpIndicator(context: RowContext, written: string): IndicatorDefinition | undefined {
  const cache = context.indicatorCache;
  if (cache === undefined) return findIndicator(context.catalog.indicators, written);
  if (cache.has(written)) return cache.get(written);
  const found = findIndicator(context.catalog.indicators, written);
  if (cache.size < 10_000) cache.set(written, found);
  return found;
}

export type RowResult = { record?: IndicatorRecord; issues: ValidationIssue[] };

export function validateRow(row: TabularRow, context: RowContext): RowResult {
  const issues: ValidationIssue[] = [];
  const { cells } = row;
  const cell = (column: RecordColumn): string => {
    const index = context.columns.get(column);
    if (index === undefined) return '';
    const text = cells[index];
    return text === undefined ? '' : text.trim();
  };
  const report = (code: IssueCode, column: RecordColumn | undefined, value: string | undefined, message: string, remedy: string, severity: 'error' | 'warning' = 'error'): void => {
    issues.push({ code, severity, file: context.file, line: row.line, ...(column ? { column } : {}), ...(value !== undefined ? { value } : {}), message, remedy });
  };

  const region = resolveRegionName(context.catalog, cell('region')) ?? cell('region');
  if (!isValidRegion(region, context)) {
    report(ISSUE_CODES.invalidRegion, 'region', region, region === '' ? 'the region is empty' : 'a region id may hold letters, digits, "-", "_" and "." only', 'write a region id such as yubei, or your own id such as my-district');
  }

  const indicatorText = cell('indicator');
  const indicator: IndicatorDefinition | undefined = indicatorText === '' ? undefined : lookUpIndicator(context, indicatorText);
  if (indicator === undefined) {
    const suggestions = indicatorText === '' ? [] : suggestIndicators(context.catalog.indicators, indicatorText);
    report(
      indicatorText === '' ? ISSUE_CODES.emptyValue : ISSUE_CODES.unknownIndicator, 'indicator', indicatorText,
      indicatorText === '' ? 'the indicator is empty' : `unknown indicator${suggestions.length ? ` — did you mean ${suggestions.join(', ')}?` : ''}`,
      'use an indicator id from `plancast data list` (or its Chinese name), or add the indicator to the catalogue',
    );
  }

  const isDateCell = (column: RecordColumn): boolean => {
    const index = context.columns.get(column);
    return index !== undefined && row.dateCells !== undefined && row.dateCells.includes(index);
  };
  const dateRemedy = 'format the cell as a number (Home → Number Format → General) and type the plain number; Excel stores a date as a day count';

  const yearText = cell('year');
  const yearNumber = parseYear(yearText);
  let year: number | undefined;
  if (isDateCell('year')) report(ISSUE_CODES.dateInNumericColumn, 'year', yearText, 'the year cell is formatted as a date, so the number it holds is a day count, not a year', dateRemedy);
  else if (yearText === '') report(ISSUE_CODES.emptyValue, 'year', yearText, 'the year is empty', 'write the calendar year the value refers to (four digits)');
  else if (yearNumber === undefined) report(ISSUE_CODES.invalidYear, 'year', yearText, 'the year is not written as a plain year (digits only: no hex, exponent, sign or date)', 'write the year as four plain digits');
  else if (yearNumber < YEAR_RANGE.first || yearNumber > YEAR_RANGE.last) report(ISSUE_CODES.yearOutOfRange, 'year', yearText, `the year lies outside ${YEAR_RANGE.first}–${YEAR_RANGE.last}`, 'check for a typo (2O20, 202, 20200) or a date in another calendar');
  else year = yearNumber;

  const kindText = cell('kind');
  const kind = parseRecordKind(kindText);
  if (kind === undefined) report(ISSUE_CODES.invalidKind, 'kind', kindText, 'unknown record kind', KIND_HELP);

  const comparatorText = cell('comparator');
  let comparator: Comparator | undefined;
  if (comparatorText !== '') {
    comparator = (COMPARATORS as readonly string[]).includes(comparatorText) ? (comparatorText as Comparator) : COMPARATOR_WORDS[comparatorText];
    if (comparator === undefined) report(ISSUE_CODES.invalidComparator, 'comparator', comparatorText, 'unknown comparator', `use one of ${COMPARATORS.join(', ')} (or 以上, 超过, 左右, ≥)`);
  }

  const attributeText = cell('attribute');
  let attribute: TargetAttribute | undefined;
  if (attributeText !== '') {
    attribute = (ATTRIBUTES as readonly string[]).includes(attributeText) ? (attributeText as TargetAttribute) : ATTRIBUTE_WORDS[attributeText];
    if (attribute === undefined) report(ISSUE_CODES.invalidField, 'attribute', attributeText, 'unknown attribute', 'use expected (预期性) or binding (约束性)');
  }

  const planPeriodText = cell('plan_period');
  const { plan: planPeriod, problem: planProblem } = parsePlanCell(planPeriodText, context.catalog.plans);
  if (planProblem !== undefined) report(ISSUE_CODES.unknownPlan, 'plan_period', planPeriodText, planProblem.message, planProblem.remedy);

  const periodStartText = cell('period_start');
  const periodStart = periodStartText === '' ? undefined : parseYear(periodStartText) ?? Number.NaN;
  if (periodStart !== undefined && (!Number.isInteger(periodStart) || (year !== undefined && periodStart > year))) {
    report(ISSUE_CODES.invalidField, 'period_start', periodStartText, 'period_start must be a year not after the record year', 'write the first year of the summed period (the year after the plan\'s base year)');
  }

  const valueText = cell('value');
  const parsed = readNumber(valueText, { decimalComma: context.decimalComma === true });
  let value: number | undefined;
  if (isDateCell('value')) report(ISSUE_CODES.dateInNumericColumn, 'value', valueText, 'the value cell is formatted as a date, so the number it holds is a day count', dateRemedy);
  else if (valueText === '') report(ISSUE_CODES.emptyValue, 'value', valueText, 'the value is empty', 'fill in the number, or delete the row if the value is not known');
  else if (!parsed.ok && (parsed.reason === 'underflow' || parsed.reason === 'overflow')) {
    report(ISSUE_CODES.numberOutOfRange, 'value', valueText, `the number is too ${parsed.reason === 'underflow' ? 'small' : 'large'} to hold; it would be stored as ${parsed.reason === 'underflow' ? '0' : 'infinity'}`, 'check the exponent or the unit of the value');
  } else if (!parsed.ok && parsed.reason === 'ambiguous') {
    report(ISSUE_CODES.nonNumericValue, 'value', valueText, 'in a ;-separated file the comma is the decimal mark, so a point followed by three digits is ambiguous (a thousands separator or a decimal point?)', 'write the number without grouping (1234) or with the decimal comma (1,234)');
  } else if (!parsed.ok) report(ISSUE_CODES.nonNumericValue, 'value', valueText, 'the value is not a number', `write a plain number such as ${context.decimalComma ? '3,65' : '3.65'} (no units or words in the cell; put the unit in the unit column)`);
  else if (parsed.yearTag !== undefined && year !== undefined && parsed.yearTag !== year) {
    report(ISSUE_CODES.yearTagConflict, 'value', valueText, `the value carries its own year (${parsed.yearTag}) but the row's year is ${year}`, `move the value to a row for ${parsed.yearTag}, or remove the year tag if it is the ${year} value`);
  } else value = parsed.value;

  let unit = normalizeUnit(cell('unit'));
  if (parsed.ok && parsed.hadPercentSign && unit === '') unit = '%';
  const growthIssue = kind === 'growth' && value !== undefined ? growthRowIssue(value, unit) : undefined;
  if (growthIssue !== undefined) report(ISSUE_CODES.growthOutOfRange, 'value', valueText, growthIssue.message, growthIssue.remedy);
  if (kind === 'growth') unit = '%';
  else if (indicator !== undefined && value !== undefined) {
    if (unit === '') unit = indicator.unit;
    if (unit !== indicator.unit) {
      const converted = convertUnit(value, unit, indicator.unit);
      if (converted === undefined) {
        report(ISSUE_CODES.unitMismatch, 'unit', unit, `${indicator.id} is measured in ${indicator.unit}; ${unit} cannot be converted to it`, `give the value in ${indicator.unit}, or correct the unit column`);
        value = undefined;
      } else {
        report(ISSUE_CODES.unitConverted, 'unit', unit, `converted ${value} ${unit} to ${converted} ${indicator.unit}`, `nothing to do; write ${indicator.unit} to silence this note`, 'warning');
        value = converted;
        unit = indicator.unit;
      }
    }
    if (value !== undefined) checkBounds(value, valueText, indicator, report);
  }

  if (issues.some((issue) => issue.severity === 'error') || indicator === undefined || year === undefined || kind === undefined || value === undefined) {
    return { issues };
  }
  const lineText = cell('line');
  const record: IndicatorRecord = {
    region, indicator: indicator.id, year, kind, value, unit, row: row.line,
    source: {
      document: cell('document') || cell('source') || context.file,
      location: cell('location') || `row ${row.line}`,
      ...(lineText !== '' && Number.isInteger(Number(lineText)) ? { line: Number(lineText) } : {}),
      ...(cell('as_written') !== '' ? { asWritten: cell('as_written') } : {}),
    },
  };
  if (comparator !== undefined) record.comparator = comparator;
  if (attribute !== undefined) record.attribute = attribute;
  if (planPeriod !== undefined) record.planPeriod = planPeriod;
  if (periodStart !== undefined) record.periodStart = periodStart;
  if (cell('conflict_group') !== '') record.conflict = { group: cell('conflict_group'), preferred: /^(true|yes|1|是)$/i.test(cell('preferred')) };
  if (cell('note') !== '') record.note = cell('note');
  return { record, issues };
}

function checkBounds(
  value: number,
  valueText: string,
  indicator: IndicatorDefinition,
  report: (code: IssueCode, column: RecordColumn, value: string, message: string, remedy: string) => void,
): void {
  const { lower, upper } = indicator.bounds;
  const isPercent = indicator.unit === '%';
  if (isPercent && ((lower !== null && value < lower) || (upper !== null && value > upper))) {
    report(ISSUE_CODES.shareOutOfRange, 'value', valueText, `${indicator.id} is a percentage and must lie in [${lower ?? '-∞'}, ${upper ?? '∞'}]`, 'write the percentage (3.65 for 3.65 %), not a fraction or a total');
  } else if (lower !== null && value < lower) {
    report(ISSUE_CODES.negativeCount, 'value', valueText, `${indicator.id} (${indicator.kind}) cannot be below ${lower}`, 'check the sign; a fall is written as the new, lower level, not as a negative change');
  } else if (upper !== null && value > upper) {
    report(ISSUE_CODES.shareOutOfRange, 'value', valueText, `${indicator.id} cannot exceed ${upper}`, 'check the value and its unit');
  }
}
