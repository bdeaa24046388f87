/**
 * Model card — pooled growth: borrows strength across regions and indicators of the same kind.
 *
 * Equation: the series' own per-year log growth μ̂ = ln(x_last / x_first) / K (K years spanned) is
 * shrunk toward the pooled mean m₀ of all series of its kind (empirical Bayes, normal–normal):
 *   μ ~ N(m₀, τ²) a priori, μ̂ | μ ~ N(μ, σ_w²/K)
 *   μ_post = (m₀/τ² + K·μ̂/σ_w²) / (1/τ² + K/σ_w²),  v = 1 / (1/τ² + K/σ_w²)
 * and x_T = x_last·exp(μ_post·h) with ln-scale variance σ_w²·h + v·h².
 *
 * Parameters in words: τ is how much regions' average growth rates differ (the prior's
 * betweenSeriesStandardDeviation, else its overall spread); σ_w is how much one series' yearly rates
 * scatter (withinSeriesStandardDeviation, else the overall spread). The weight on the series' own rate,
 * (K/σ_w²)/(1/τ² + K/σ_w²), grows with the years it covers. With a single observation the forecast grows
 * at the pooled mean.
 * Why: with two points the data give one growth rate and nothing about its variability; the spread of
 * growth across the bundled regions gives that rate an honest uncertainty. Intervals are normal
 * (source: pooled); the prior's own sentence names its series and regions.
 * Assumptions: the series' growth is exchangeable with its peers' (same kind); shocks as in growth-path.ts;
 * positive values. The prior should exclude the series itself (computePooledGrowthPrior's `exclude`),
 * otherwise its data count twice.
 * Reference: Gelman et al., Bayesian Data Analysis (3rd ed.), §5.4–5.5 (normal hierarchical model).
 */
import { z } from 'zod';
import type { ObservedSeries } from '../series/observed-series.js';
import { percent, summariseFit } from './family-common.js';
import { forecastGrowthPath, growthPathOf, positiveIntervals, simulateGrowthPath } from './growth-path.js';
import { fitFailure, type FitContext, type FitOutcome, type ModelFamily, modelIdentity } from './model-family.js';

export const pooledGrowthSettingsSchema = z.strictObject({}).default({});
export type PooledGrowthSettings = z.infer<typeof pooledGrowthSettingsSchema>;

const ID = 'pooled-growth';

export const pooledGrowthFamily: ModelFamily<PooledGrowthSettings> = {
  id: ID,
  label: { zh: '同类指标跨区域合并增长', en: 'Pooled growth (borrowing strength across regions)' },
  minimumObservations: 1,
  appliesTo: ['flow', 'stock', 'ratio', 'share', 'count'],
  settingsSchema: pooledGrowthSettingsSchema,

  fit(series: ObservedSeries, settings: PooledGrowthSettings, context: FitContext): FitOutcome<PooledGrowthSettings> {
    const prior = context.pooledGrowth;
    if (!prior) return fitFailure(ID, 'no pooled growth prior was supplied for this indicator kind');
    if (prior.isDefault) return fitFailure(ID, `the pooled prior is a default, not data: ${prior.source}`);
    if (prior.indicatorKind !== series.indicatorKind) {
      return fitFailure(ID, `the pooled prior is for ${prior.indicatorKind} indicators, not ${series.indicatorKind}`);
    }
    if (series.years.length < 1) return fitFailure(ID, 'needs at least 1 observation');
    const growth = positiveIntervals(series.years, series.values);
    if (!growth.ok) return fitFailure(ID, growth.reason);
    const noise = prior.withinSeriesStandardDeviation ?? prior.standardDeviation;
    const between = prior.betweenSeriesStandardDeviation ?? prior.standardDeviation;
    if (!(noise > 0) || !(between > 0)) return fitFailure(ID, `the pooled prior has no spread (${prior.source})`);
    const n = series.years.length;
    const first = series.years[0]!;
    const lastYear = series.years[n - 1]!;
    const lastValue = series.values[n - 1]!;
    const spanned = lastYear - first;
    const ownRate = spanned > 0 ? (Math.log(lastValue) - Math.log(series.values[0]!)) / spanned : null;
    const priorPrecision = 1 / between ** 2;
    const dataPrecision = ownRate === null ? 0 : spanned / noise ** 2;
    const posteriorVariance = 1 / (priorPrecision + dataPrecision);
    const logGrowthRate = (prior.mean * priorPrecision + (ownRate ?? 0) * dataPrecision) * posteriorVariance;
    const ownWeight = dataPrecision * posteriorVariance;
    const description =
      `pooled: growth ${percent(Math.expm1(logGrowthRate))} a year = ${percent(ownWeight, 0)} this series' own rate ` +
      `${ownRate === null ? '(none: one observation)' : percent(Math.expm1(ownRate))} + ${percent(1 - ownWeight, 0)} the pooled mean ` +
      `${percent(Math.expm1(prior.mean))}; yearly noise σ = ${noise.toFixed(3)}, between-region spread τ = ${between.toFixed(3)}: ${prior.source}`;
    const fittedValues = series.years.map((year) => lastValue * Math.exp(logGrowthRate * (year - lastYear)));
    return {
      ok: true,
      model: {
        ...modelIdentity(ID, pooledGrowthFamily.label, series),
        parameters: {
          growthRate: Math.expm1(logGrowthRate),
          logGrowthRate,
          ownLogGrowthRate: ownRate,
          pooledMeanLogGrowthRate: prior.mean,
          ownWeight,
          betweenSeriesStandardDeviation: between,
          originYear: lastYear,
          originValue: lastValue,
          noiseStandardDeviation: noise,
          driftStandardError: Math.sqrt(posteriorVariance),
          degreesOfFreedom: null,
        },
        settings,
        fittedValues,
        residualScale: { standardDeviation: noise, scale: 'log', degreesOfFreedom: null },
        intervalSource: 'pooled',
        intervalSourceDescription: description,
        likelihood: null,
        notes: [`prior: ${prior.count} yearly rates from ${prior.seriesCount} series in ${prior.regionCount} regions`],
      },
    };
  },

  forecast: forecastGrowthPath,
  simulate: simulateGrowthPath,

  parameterTable(model) {
    const path = growthPathOf(model);
    const { ownLogGrowthRate, pooledMeanLogGrowthRate, ownWeight, betweenSeriesStandardDeviation } = model.parameters;
    return [
      {
        name: 'growthRate',
        value: Math.expm1(path.logGrowthRate),
        standardError: Math.exp(path.logGrowthRate) * path.driftStandardError,
        origin: 'estimated',
        description: 'posterior per-year growth: own rate shrunk toward the pooled mean',
      },
      { name: 'ownGrowthRate', value: typeof ownLogGrowthRate === 'number' ? Math.expm1(ownLogGrowthRate) : null, origin: 'estimated', description: "this series' own CAGR" },
      { name: 'pooledMeanGrowthRate', value: typeof pooledMeanLogGrowthRate === 'number' ? Math.expm1(pooledMeanLogGrowthRate) : null, origin: 'prior', description: 'mean growth across series of the same kind' },
      { name: 'ownWeight', value: ownWeight ?? null, origin: 'estimated', description: "weight on the series' own rate (0 = all pooled, 1 = all own)" },
      { name: 'betweenSeriesStandardDeviation', value: betweenSeriesStandardDeviation ?? null, origin: 'prior', description: 'τ: spread of average growth rates across series' },
      { name: 'noiseStandardDeviation', value: path.noiseStandardDeviation, origin: 'prior', description: 'σ_w: per-year log-growth noise, pooled across series' },
    ];
  },

  fitSummary: (model) => summariseFit(model, 'AICc not computed: a shrinkage estimate, not a maximum-likelihood fit'),
};
