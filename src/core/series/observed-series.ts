/**
 * An observed series: the yearly observations of one indicator in one region, ready for a model.
 * Built from records by `seriesFromRecords` (observations only, preferred side of conflicts only).
 */
import type { Bounds, IndicatorKind } from '../catalog/indicator-catalog.js';
import { isObservation, isUsable, type IndicatorRecord } from '../records/indicator-record.js';

export interface ObservedSeries {
  region: string;
  indicator: string;
  unit: string;
  indicatorKind: IndicatorKind;
  bounds: Bounds;
  /** strictly increasing years (gaps allowed: 2015, 2016, 2020). */
  years: number[];
  /** years whose value was chained from a year-on-year growth record (records/chain-growth.ts) */
  chainedFromGrowth?: { year: number; growthPercent: number; fromYear: number; fromValue: number }[];
  values: number[];
}

export interface SeriesMeta {
  unit: string;
  indicatorKind: IndicatorKind;
  bounds: Bounds;
}

/**
 * The observations of one region and indicator, sorted by year. Where an actual and a baseline both give a
 * year (a 13th-plan actual and the 14th-plan base of the same year), the actual wins: it is the
 * observation, the baseline a restatement.
 */
export function seriesFromRecords(
  records: readonly IndicatorRecord[],
  region: string,
  indicator: string,
  meta: SeriesMeta,
): ObservedSeries {
  const byYear = new Map<number, IndicatorRecord>();
  for (const record of records) {
    if (record.region !== region || record.indicator !== indicator) continue;
    if (!isObservation(record) || !isUsable(record)) continue;
    const existing = byYear.get(record.year);
    if (existing === undefined || (existing.kind === 'baseline' && record.kind === 'actual')) {
      byYear.set(record.year, record);
    }
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const chained = years.flatMap((year) => {
    const from = byYear.get(year)!.chainedFromGrowth;
    return from === undefined ? [] : [{ year, ...from }];
  });
  return {
    ...(chained.length > 0 ? { chainedFromGrowth: chained } : {}),
    region,
    indicator,
    unit: meta.unit,
    indicatorKind: meta.indicatorKind,
    bounds: meta.bounds,
    years,
    values: years.map((year) => byYear.get(year)!.value),
  };
}
