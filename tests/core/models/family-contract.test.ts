/**
 * The contract every model family keeps (one suite, run over every family in the registry, on a
 * regular series and a series with gaps; the ceiling families also with a fixed ceiling).
 */
import { describe, expect, it } from 'vitest';
import { MODEL_FAMILIES } from '../../../src/core/models/family-registry.js';
import type { AnyModelFamily, FittedModel, Forecast } from '../../../src/core/models/model-family.js';
import { quantileSorted } from '../../../src/core/statistics/quantile.js';
import { createSeededRandom } from '../../../src/core/statistics/seeded-random.js';
import type { ObservedSeries } from '../../../src/core/series/observed-series.js';
import { contextFor, gappedSeries, makeSeries, ratioSeries, settingsFor } from './fixtures.js';

const LEVELS = [80, 95];
const HORIZON = 6;
const PATHS = 20000;
const innovations = createSeededRandom(20240601).fillStandardNormal(new Float64Array(PATHS * HORIZON));

interface Case {
  name: string;
  family: AnyModelFamily;
  settings: unknown;
  series: ObservedSeries;
}

const cases: Case[] = [];
for (const family of MODEL_FAMILIES) {
  cases.push({ name: `${family.id} (ratio series)`, family, settings: settingsFor(family), series: ratioSeries });
  cases.push({
    name: `${family.id} (series with gaps)`,
    family,
    settings: settingsFor(family, 200),
    series: { ...gappedSeries, indicatorKind: family.appliesTo.includes('count') ? 'count' : 'ratio' },
  });
  if (family.id === 'logistic-growth' || family.id === 'gompertz-growth') {
    cases.push({ name: `${family.id} (fixed ceiling)`, family, settings: settingsFor(family, 5), series: ratioSeries });
  }
}

function fitOrFail(testCase: Case): FittedModel {
  const outcome = testCase.family.fit(testCase.series, testCase.settings, contextFor(testCase.series.indicatorKind));
  if (!outcome.ok) throw new Error(`${testCase.name} did not fit: ${outcome.reason}`);
  return outcome.model;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

const columnSorted = (paths: Float64Array, horizon: number, column: number): Float64Array =>
  Float64Array.from({ length: paths.length / horizon }, (_, path) => paths[path * horizon + column]!).sort();

describe.each(cases)('model family contract: $name', (testCase) => {
  const model = fitOrFail(testCase);
  const forecast: Forecast = testCase.family.forecast(model, HORIZON, LEVELS);

  it('applies to the kind it is tested on and declares a minimum number of observations', () => {
    expect(testCase.family.appliesTo).toContain(testCase.series.indicatorKind);
    expect(testCase.family.minimumObservations).toBeGreaterThanOrEqual(1);
    expect(model.family).toBe(testCase.family.id);
  });

  it('forecasts exactly `horizon` years, continuing the series', () => {
    const lastYear = testCase.series.years[testCase.series.years.length - 1]!;
    expect(forecast.years).toEqual(Array.from({ length: HORIZON }, (_, index) => lastYear + 1 + index));
    expect(forecast.point).toHaveLength(HORIZON);
    expect(forecast.intervals.map((interval) => interval.level)).toEqual(LEVELS);
    for (const interval of forecast.intervals) {
      expect(interval.lower).toHaveLength(HORIZON);
      expect(interval.upper).toHaveLength(HORIZON);
    }
    expect(forecast.point.every(Number.isFinite)).toBe(true);
  });

  it('nests the 80 % band inside the 95 % band, around the point forecast', () => {
    const [inner, outer] = forecast.intervals;
    for (let index = 0; index < HORIZON; index += 1) {
      expect(outer!.lower[index]!).toBeLessThanOrEqual(inner!.lower[index]! + 1e-12);
      expect(inner!.lower[index]!).toBeLessThanOrEqual(forecast.point[index]! + 1e-12);
      expect(forecast.point[index]!).toBeLessThanOrEqual(inner!.upper[index]! + 1e-12);
      expect(inner!.upper[index]!).toBeLessThanOrEqual(outer!.upper[index]! + 1e-12);
    }
  });

  it('states where its interval spread comes from', () => {
    expect(['residuals', 'pooled', 'default', 'ceiling-range', 'calibrated']).toContain(forecast.intervalSource);
    expect(forecast.intervalSourceDescription.length).toBeGreaterThan(20);
  });

  it('keeps forecasts within the indicator bounds', () => {
    const { lower, upper } = testCase.series.bounds;
    for (const values of [forecast.point, ...forecast.intervals.flatMap((interval) => [interval.lower, interval.upper])]) {
      for (const value of values) {
        if (lower !== null) expect(value).toBeGreaterThanOrEqual(lower);
        if (upper !== null) expect(value).toBeLessThanOrEqual(upper);
      }
    }
  });

  it('fits deterministically and does not mutate its input', () => {
    const frozen = deepFreeze(structuredClone(testCase.series));
    const before = JSON.stringify(frozen);
    const context = contextFor(testCase.series.indicatorKind);
    const first = testCase.family.fit(frozen, testCase.settings, context);
    const second = testCase.family.fit(frozen, testCase.settings, context);
    expect(JSON.stringify(frozen)).toBe(before);
    expect(JSON.stringify(first)).toBe(JSON.stringify(second));
  });

  it('survives a JSON round trip: the revived model forecasts and simulates identically', () => {
    const revived = JSON.parse(JSON.stringify(model)) as FittedModel;
    expect(revived).toEqual(model);
    expect(testCase.family.forecast(revived, HORIZON, LEVELS)).toEqual(forecast);
    const few = innovations.subarray(0, 50 * HORIZON);
    expect(testCase.family.simulate(revived, few, 50, HORIZON)).toEqual(testCase.family.simulate(model, few, 50, HORIZON));
  });

  it('simulates paths whose median approaches the point forecast and whose spread matches the bands', () => {
    const paths = testCase.family.simulate(model, innovations, PATHS, HORIZON);
    expect(paths).toHaveLength(PATHS * HORIZON);
    for (const column of [0, HORIZON - 1]) {
      const sorted = columnSorted(paths, HORIZON, column);
      const outer = forecast.intervals[1]!;
      const width = outer.upper[column]! - outer.lower[column]!;
      expect(Math.abs(quantileSorted(sorted, 0.5) - forecast.point[column]!)).toBeLessThan(0.03 * width);
      expect(Math.abs(quantileSorted(sorted, 0.1) - forecast.intervals[0]!.lower[column]!)).toBeLessThan(0.04 * width);
      expect(Math.abs(quantileSorted(sorted, 0.9) - forecast.intervals[0]!.upper[column]!)).toBeLessThan(0.04 * width);
    }
  });

  it('simulates the same paths from the same innovations and rejects too few innovations', () => {
    const few = innovations.subarray(0, 100 * HORIZON);
    expect(testCase.family.simulate(model, few, 100, HORIZON)).toEqual(testCase.family.simulate(model, few, 100, HORIZON));
    expect(() => testCase.family.simulate(model, few, 101, HORIZON)).toThrow(RangeError);
  });

  it('gives a parameter table and a fit summary', () => {
    const table = testCase.family.parameterTable(model);
    expect(table.length).toBeGreaterThan(0);
    for (const row of table) {
      expect(row.name).toMatch(/^[a-z][A-Za-z]*$/);
      expect(row.description.length).toBeGreaterThan(3);
    }
    const summary = testCase.family.fitSummary(model);
    expect(summary.n).toBe(testCase.series.years.length);
    expect(summary.family).toBe(testCase.family.id);
    if (summary.aicc === null) expect(summary.aiccNote).toBeTruthy();
  });
});

describe.each(MODEL_FAMILIES.map((family) => ({ id: family.id, family })))('minimum observations: $id', ({ family }) => {
  const settings = settingsFor(family);
  const years = [2016, 2017, 2018, 2019, 2020];
  const values = [1.1, 1.25, 1.33, 1.52, 1.61];
  const series = (count: number): ObservedSeries =>
    makeSeries(years.slice(0, count), values.slice(0, count), { indicatorKind: 'ratio', bounds: { lower: 0, upper: 100 } });

  it('fits with exactly its minimum number of observations', () => {
    const outcome = family.fit(series(family.minimumObservations), settings, contextFor('ratio'));
    expect(outcome.ok, outcome.ok ? '' : outcome.reason).toBe(true);
  });

  it('returns a failure, not an exception, with fewer', () => {
    const outcome = family.fit(series(family.minimumObservations - 1), settings, contextFor('ratio'));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.reason.length).toBeGreaterThan(5);
  });
});
