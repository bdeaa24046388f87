/**
 * The report's tables as CSV files for spreadsheets and scripts: goals (the summary), forecasts
 * (quantiles per scenario and year), scenario comparison, sensitivity, models, provenance, conflicts.
 * Headers are stable English ids (scripts can rely on them in both languages); names and labels are in
 * the report's language; numbers are unformatted. RFC 4180: CRLF line ends, fields with a comma, quote
 * or line break are quoted. A UTF-8 byte-order mark starts each file so Excel and WPS read Chinese
 * correctly. Text that a spreadsheet would run as a formula (a cell beginning with =, +, -, @, tab or CR:
 * names, sources and notes come from users' files) gets a leading apostrophe, as OWASP recommends for
 * CSV injection; numbers, and text that is just a number such as -3.5, stay as they are. Pure.
 */
import { statusName, translate, type Language } from './messages.js';
import type { ReportModel } from './report-model.js';
import { outlookName } from './report-text.js';

type Field = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Text a spreadsheet would not run as a formula: a leading apostrophe where it would. */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** One field, neutralised and quoted when it must be (RFC 4180). */
export function csvField(value: Field): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : neutralizeFormula(String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV file: BOM, header, rows, CRLF after every line. */
export function csvText(headers: readonly string[], rows: readonly (readonly Field[])[]): string {
  return `\uFEFF${[headers, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('')}`;
}

export function reportCsvFiles(model: ReportModel, language: Language = model.meta.language): Record<string, string> {
  const region = model.meta.region;
  return {
    'goals.csv': csvText(
      ['region', 'indicator', 'name', 'unit', 'section', 'plan_period', 'attribute', 'kind', 'period_start', 'target_year', 'target', 'comparator', 'base_year', 'base_value', 'latest_year', 'latest_value', 'attainment', 'distance_covered', 'time_elapsed', 'years_ahead_of_straight_path', 'status', 'status_label', 'status_reason', 'binding_warning', 'margin', 'cumulative_so_far', 'yearly_amount_needed', 'outlook', 'outlook_label', 'probability', 'basis', 'required_growth', 'historical_growth', 'projected_median', 'projected_p10', 'projected_p90', 'reach_year_median', 'main_goal', 'source_document', 'source_location', 'source_line'],
      model.goals.map((row) => [
        region, row.indicator, row.name[language], row.unit, row.section, row.planPeriod, row.attribute, row.kind, row.periodStart, row.targetYear, row.target, row.comparator,
        row.baseYear, row.baseValue, row.latestYear, row.latestValue, row.attainment, row.distanceCovered, row.timeElapsed, row.yearsAheadOfStraightPath,
        row.status, statusName(language, row.status), row.statusReason, row.bindingWarning, row.margin, row.cumulativeSoFar, row.yearlyAmountNeeded, row.outlook, outlookName(language, row.outlook), row.probability, row.basis, row.requiredGrowth, row.historicalGrowth,
        row.projectedMedian, row.projected80?.[0], row.projected80?.[1], row.reachYearMedian, row.isMainGoal, row.source.document, row.source.location, row.source.line,
      ]),
    ),
    'forecasts.csv': csvText(
      ['region', 'indicator', 'name', 'unit', 'scenario', 'year', 'p025', 'p05', 'p10', 'p25', 'p50', 'p75', 'p90', 'p95', 'p975'],
      model.forecasts.flatMap((forecast) => forecast.scenarios.flatMap(({ scenario, quantiles }) => quantiles.map((row) => [
        region, forecast.indicator, forecast.name[language], forecast.unit, scenario, row.year, row.p025, row.p05, row.p10, row.p25, row.p50, row.p75, row.p90, row.p95, row.p975,
      ]))),
    ),
    'scenario-comparison.csv': csvText(
      ['region', 'indicator', 'name', 'kind', 'period_start', 'target_year', 'target', 'comparator', 'scenario', 'scenario_label', 'probability', 'outlook', 'projected_median'],
      model.comparison.map((row) => [
        region, row.indicator, row.name[language], row.kind, row.periodStart, row.targetYear, row.target, row.comparator, row.scenario,
        model.meta.scenarios.find((scenario) => scenario.id === row.scenario)?.label[language], row.probability, row.outlook, row.projectedMedian,
      ]),
    ),
    'sensitivity.csv': csvText(
      ['region', 'indicator', 'name', 'goal_year', 'base_probability', 'control', 'lever', 'lever_label', 'low', 'high', 'swing', 'largest_move'],
      model.sensitivity.flatMap((row) => row.levers.map((lever) => [
        region, row.indicator, row.name[language], row.goalYear, row.baseProbability, lever.control, lever.lever, lever.label[language], lever.low, lever.high, Math.abs(lever.high - lever.low), Math.max(Math.abs(lever.low - row.baseProbability), Math.abs(lever.high - row.baseProbability)),
      ])),
    ),
    'models.csv': csvText(
      ['region', 'indicator', 'name', 'observations', 'first_year', 'last_year', 'family', 'criterion', 'evidence', 'aicc', 'backtest_mape_percent', 'backtest_scored_points', 'backtest_coverage', 'interval_source', 'interval_source_label', 'reason'],
      model.models.map((row) => [
        region, row.indicator, row.name[language], row.observations, row.firstYear, row.lastYear, row.family, row.criterion, row.evidence, row.aicc, row.backtestError, row.backtestScoredPoints,
        row.backtestCoverage?.map((entry) => `${entry.level}:${entry.covered}/${entry.total}`).join(';'), row.intervalSource,
        row.intervalSource === null ? null : translate(language, `interval-source.${row.intervalSource as 'pooled'}`), row.reason,
      ]),
    ),
    'provenance.csv': csvText(
      ['region', 'indicator', 'name', 'year', 'kind', 'value', 'unit', 'comparator', 'plan_period', 'document', 'location', 'line', 'as_written', 'used', 'conflict_group', 'note'],
      model.provenance.map((row) => [
        region, row.indicator, row.name[language], row.year, row.kind, row.value, row.unit, row.comparator, row.planPeriod, row.document, row.location, row.line, row.asWritten, row.used, row.conflictGroup, row.note,
      ]),
    ),
    'conflicts.csv': csvText(
      ['region', 'indicator', 'name', 'group', 'status', 'value_used', 'reason', 'values'],
      model.conflicts.map((row) => [
        region, row.indicator, row.name[language], row.group, row.status, row.valueUsed, row.reason,
        row.values.map((value) => `${value.value} (${value.year} ${value.kind}, ${value.document}${value.line === null ? '' : `:${value.line}`}${value.preferred ? ', used' : ''})`).join('; '),
      ]),
    ),
  };
}
