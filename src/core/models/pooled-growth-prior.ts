/**
 * The pooled growth prior: how fast, and how differently, series of one indicator kind grow across all
 * bundled regions. It gives a two-point series an honest uncertainty (compound and mean growth use its
 * spread when the series has too few points of its own; pooled growth shrinks toward its mean).
 *
 * From every series of the kind with at least two positive observations, each interval between
 * consecutive observations gives one per-year log growth rate rᵢ = ln(x_j / x_i) / (t_j − t_i).
 * - mean, standardDeviation: over all those rates (each interval one vote);
 * - withinSeriesStandardDeviation: the random-walk σ pooled over series with ≥ 2 intervals,
 *   √(Σ kᵢ(rᵢ − μ_s)² / Σ (m_s − 1)) with μ_s the series' log CAGR (needs ≥ 2 pooled degrees of freedom);
 * - betweenSeriesStandardDeviation: the standard deviation of the series' log CAGRs (≥ 3 series).
 * With fewer than `minimumSeries` series or `minimumRates` rates the prior is the documented default
 * (mean 0, standard deviation 0.10 a year) and says so: `isDefault` is true and families treat its
 * spread as a stated default, not as pooled evidence.
 *
 * Pure: the caller passes the series (e.g. all records' series); pass `exclude` to leave the series
 * being fitted out of its own prior.
 */
import type { IndicatorKind } from '../catalog/indicator-catalog.js';
import type { ObservedSeries } from '../series/observed-series.js';
import type { PooledGrowthPrior } from './model-family.js';

export interface PooledGrowthPriorOptions {
  /** leave this series out (its own data should not count twice) */
  exclude?: { region: string; indicator: string };
  /** default 3 */
  minimumSeries?: number;
  /** default 4 */
  minimumRates?: number;
  /** default 0.10 (per-year log growth) */
  defaultStandardDeviation?: number;
}

const sampleStandardDeviation = (values: readonly number[]): number => {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  return Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1));
};

export function computePooledGrowthPrior(
  allSeries: readonly ObservedSeries[],
  indicatorKind: IndicatorKind,
  options: PooledGrowthPriorOptions = {},
): PooledGrowthPrior {
  const minimumSeries = options.minimumSeries ?? 3;
  const minimumRates = options.minimumRates ?? 4;
  const defaultStandardDeviation = options.defaultStandardDeviation ?? 0.1;
  const rates: number[] = [];
  const seriesRates: number[] = [];
  const regions = new Set<string>();
  const indicators = new Set<string>();
  let withinSum = 0;
  let withinDegrees = 0;
  for (const series of allSeries) {
    if (series.indicatorKind !== indicatorKind) continue;
    if (options.exclude && series.region === options.exclude.region && series.indicator === options.exclude.indicator) continue;
    // Only positive observations carry a log growth rate.
    const points = series.years
      .map((year, index) => ({ year, value: series.values[index]! }))
      .filter((point) => point.value > 0 && Number.isFinite(point.value));
    if (points.length < 2) continue;
    const own: { rate: number; span: number }[] = [];
    for (let index = 1; index < points.length; index += 1) {
      const span = points[index]!.year - points[index - 1]!.year;
      if (!(span > 0)) continue;
      own.push({ rate: (Math.log(points[index]!.value) - Math.log(points[index - 1]!.value)) / span, span });
    }
    if (own.length === 0) continue;
    const totalSpan = points[points.length - 1]!.year - points[0]!.year;
    const seriesRate = (Math.log(points[points.length - 1]!.value) - Math.log(points[0]!.value)) / totalSpan;
    rates.push(...own.map((interval) => interval.rate));
    seriesRates.push(seriesRate);
    regions.add(series.region);
    indicators.add(series.indicator);
    if (own.length >= 2) {
      withinSum += own.reduce((sum, interval) => sum + interval.span * (interval.rate - seriesRate) ** 2, 0);
      withinDegrees += own.length - 1;
    }
  }
  const described =
    `${rates.length} yearly log growth rates from ${seriesRates.length} ${indicatorKind} series ` +
    `(${indicators.size} indicator${indicators.size === 1 ? '' : 's'}) in ${regions.size} region${regions.size === 1 ? '' : 's'}`;
  if (seriesRates.length < minimumSeries || rates.length < minimumRates) {
    return {
      indicatorKind,
      mean: 0,
      standardDeviation: defaultStandardDeviation,
      count: rates.length,
      seriesCount: seriesRates.length,
      regionCount: regions.size,
      withinSeriesStandardDeviation: null,
      betweenSeriesStandardDeviation: null,
      isDefault: true,
      source:
        `only ${described}; at least ${minimumSeries} series and ${minimumRates} rates are needed to pool, ` +
        `so the documented default spread ${defaultStandardDeviation} a year applies`,
    };
  }
  const mean = rates.reduce((sum, rate) => sum + rate, 0) / rates.length;
  return {
    indicatorKind,
    mean,
    standardDeviation: sampleStandardDeviation(rates),
    count: rates.length,
    seriesCount: seriesRates.length,
    regionCount: regions.size,
    withinSeriesStandardDeviation: withinDegrees >= 2 ? Math.sqrt(withinSum / withinDegrees) : null,
    betweenSeriesStandardDeviation: seriesRates.length >= 3 ? sampleStandardDeviation(seriesRates) : null,
    isDefault: false,
    source: `spread of ${described}${options.exclude ? ` (excluding ${options.exclude.region}/${options.exclude.indicator})` : ''}`,
  };
}
