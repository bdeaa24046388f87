/**
 * Each year's actual of the report's indicators, with its source, for the evaluation's indicator table
 * (base, 2021, 2022, 2023 …, target): the same observations the models use — usable records of kind actual
 * or baseline, an actual winning over a baseline of the same year (series/observed-series.ts) — between
 * the plan's base year and the assessment year.
 */
import { isObservation, isUsable, type IndicatorRecord } from '../../records/indicator-record.js';
import type { IndicatorActuals } from './evaluation-model.js';

/** The observation records of one region's indicator by year (an actual wins over a baseline). */
export function observationsByYear(records: readonly IndicatorRecord[], region: string, indicator: string, asOfYear?: number): Map<number, IndicatorRecord> {
  const byYear = new Map<number, IndicatorRecord>();
  for (const record of records) {
    if (record.region !== region || record.indicator !== indicator || !isObservation(record) || !isUsable(record)) continue;
    if (asOfYear !== undefined && record.year > asOfYear) continue;
    const existing = byYear.get(record.year);
    if (existing === undefined || (existing.kind === 'baseline' && record.kind === 'actual')) byYear.set(record.year, record);
  }
  return byYear;
}

export interface ActualsInput {
  records: readonly IndicatorRecord[];
  region: string;
  indicators: readonly string[];
  /** the plan's base year: the table's base column; years after it up to `toYear` are its year columns */
  baseYear: number;
  toYear: number;
  /** the number of a source document in the documents annex */
  documentNumber: (document: string) => number;
}

/** The year columns with at least one value, and every indicator's values from the base year on. */
export function yearlyActuals(input: ActualsInput): { yearColumns: number[]; actuals: IndicatorActuals[] } {
  const actuals: IndicatorActuals[] = input.indicators.map((indicator) => {
    const byYear = observationsByYear(input.records, input.region, indicator, input.toYear);
    const values = [...byYear.values()]
      .filter((record) => record.year >= input.baseYear && record.year <= input.toYear)
      .sort((left, right) => left.year - right.year)
      .map((record) => ({
        year: record.year, value: record.value, source: input.documentNumber(record.source.document),
        estimate: record.chainedFromGrowth !== undefined,
      }));
    return { indicator, values };
  });
  // the base year's value is kept for its source; the base column is not a year column
  const years = new Set(actuals.flatMap((entry) => entry.values.map((value) => value.year)).filter((year) => year > input.baseYear));
  return { yearColumns: [...years].sort((a, b) => a - b), actuals: actuals.filter((entry) => entry.values.length > 0) };
}
