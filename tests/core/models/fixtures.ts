/**
 * Series and settings shared by the model tests. Values are made up, shaped like plan indicators
 * (a flow growing ~10 % a year, an R&D-intensity-like ratio, a count with a gap).
 */
import { join } from 'node:path';
import type { IndicatorKind } from '../../../src/core/catalog/indicator-catalog.js';
import { resolveReferenceClass } from '../../../src/core/forecasting/reference-class.js';
import { loadCalibration } from '../../../src/io/load-calibration.js';
import { modelsDirectory } from '../../../src/io/project-paths.js';
import type { AnyModelFamily, FitContext, PooledGrowthPrior } from '../../../src/core/models/model-family.js';
import type { ObservedSeries } from '../../../src/core/series/observed-series.js';

export function makeSeries(
  years: number[],
  values: number[],
  overrides: Partial<ObservedSeries> = {},
): ObservedSeries {
  return {
    region: 'test-region',
    indicator: 'test_indicator',
    unit: '亿元',
    indicatorKind: 'flow',
    bounds: { lower: 0, upper: null },
    years,
    values,
    ...overrides,
  };
}

export const flowSeries = makeSeries([2015, 2016, 2017, 2018, 2019, 2020], [100, 112, 121, 138, 151, 166]);
export const ratioSeries = makeSeries([2015, 2016, 2017, 2018, 2019, 2020], [1.2, 1.35, 1.47, 1.66, 1.79, 1.95], {
  indicator: 'rd_intensity',
  unit: '%',
  indicatorKind: 'ratio',
  bounds: { lower: 0, upper: 100 },
});
export const gappedSeries = makeSeries([2015, 2016, 2018, 2020], [40, 47, 61, 80], { indicatorKind: 'count', unit: '家' });

export const pooledPrior: PooledGrowthPrior = {
  indicatorKind: 'flow',
  mean: 0.09,
  standardDeviation: 0.06,
  count: 24,
  seriesCount: 6,
  regionCount: 4,
  withinSeriesStandardDeviation: 0.05,
  betweenSeriesStandardDeviation: 0.03,
  isDefault: false,
  source: 'test prior: 24 yearly log growth rates from 6 flow series in 4 regions',
};

/** The shipped forecast calibration (models/calibration.json). */
export const shippedCalibration = loadCalibration(join(modelsDirectory, 'calibration.json'));

/**
 * A context whose pooled prior matches the series' kind (a prior pooled over another kind does not apply),
 * with the shipped calibration's reference class of the indicator (the general class for a test indicator).
 */
export function contextFor(kind: IndicatorKind, indicator = 'test_indicator'): FitContext {
  return {
    pooledGrowth: { ...pooledPrior, indicatorKind: kind, source: pooledPrior.source.replace('flow', kind) },
    calibration: resolveReferenceClass(shippedCalibration, { id: indicator }),
  };
}

export const context: FitContext = contextFor('flow');

export interface FamilyCase {
  name: string;
  family: AnyModelFamily;
  settings: unknown;
  series: ObservedSeries;
  kind: IndicatorKind;
}

/** Settings that let every family fit a ratio-like series (ceiling families need a ceiling). */
export function settingsFor(family: AnyModelFamily, ceiling: unknown = { low: 4, high: 8 }): unknown {
  const raw = family.id === 'logistic-growth' || family.id === 'gompertz-growth' ? { ceiling } : undefined;
  return family.settingsSchema.parse(raw);
}
