/**
 * Model card — damped trend: growth that fades.
 *
 * Equation: Holt's damped trend, ETS(A,Ad,N), on the log scale by default (so the growth *rate* fades):
 *   ŷ_t = ℓ_{t−1} + φ·b_{t−1};  ℓ_t = ŷ_t + α·e_t;  b_t = φ·b_{t−1} + β·e_t
 *   forecast: ŷ_{T+h} = ℓ_T + (φ + φ² + … + φ^h)·b_T   (statistics/damped-trend-recursion.ts)
 * Starting states: the OLS line through the series (b₀ its slope, ℓ₀ its value the year before the first
 * observation). Missing years are prediction-only steps.
 * Parameters: α (how fast the level follows the data), β (how fast the trend does), φ (damping: each
 * year keeps φ of the last year's growth; the growth still to come is at most b_T·φ/(1 − φ)). With few
 * points α, β are fixed by the spec and φ is the prior's value — the damping is an assumption, stated as
 * such. From `estimateFromObservations` points on (default 10), α, β and φ (within the prior's
 * [low, high]) are chosen by a grid search minimising the one-step squared errors.
 * Intervals: Var(h) = σ²·(1 + Σ_{j<h} c_j²), c_j = α + β·(φ + … + φ^j) (Hyndman et al. 2008, class 1),
 * plus the starting trend's own uncertainty, se(b)²·(φ + … + φ^h)² with se(b) = σ/√(years spanned) —
 * ETS's formula ignores it, which short series cannot afford. σ from the one-step errors when they leave
 * enough degrees of freedom, else pooled, else the stated default.
 * Assumptions: growth decays geometrically toward zero; positive values on the log scale.
 * Reference: Gardner & McKenzie (1985), Management Science 31(10); R forecast::ets(model = "AAN",
 * damped = TRUE) — the recursion and error weights are checked against it in tests/reference.
 */
import { z } from 'zod';
import { gaussianLogLikelihood } from '../statistics/aicc.js';
import {
  dampedTrendErrorWeights,
  dampedTrendForecast,
  dampedTrendRecursion,
  dampedTrendSum,
} from '../statistics/damped-trend-recursion.js';
import { ordinaryLeastSquares } from '../statistics/ordinary-least-squares.js';
import type { ObservedSeries } from '../series/observed-series.js';
import { numberParameter, percent, summariseFit, toForecast } from './family-common.js';
import { spreadSettingsSchema } from './family-settings.js';
import { chooseGrowthSpread } from './growth-path.js';
import { fitFailure, type FitContext, type FitOutcome, type FittedModel, type ModelFamily, modelIdentity } from './model-family.js';
import { assertHorizon, bandsFromDistribution, simulateMixture, type PathDistribution } from './predictive-paths.js';
import { levelTransform, logTransform } from './scale-transform.js';

const unit = z.number().min(0).max(1);
export const dampedTrendSettingsSchema = z
  .strictObject({
    scale: z.enum(['log', 'level']).default('log'),
    smoothing: z
      .strictObject({ level: unit.default(0.8), trend: unit.default(0.2) })
      .refine((s) => s.trend <= s.level, { message: 'smoothing.trend (β) must not exceed smoothing.level (α)' })
      .default({ level: 0.8, trend: 0.2 }),
    damping: z
      .strictObject({ value: unit.default(0.85), low: unit.default(0.7), high: unit.default(0.98) })
      .refine((d) => d.low <= d.value && d.value <= d.high && d.low > 0, { message: 'damping needs 0 < low ≤ value ≤ high ≤ 1' })
      .default({ value: 0.85, low: 0.7, high: 0.98 }),
    estimateFromObservations: z.number().int().min(5).default(10),
    spread: spreadSettingsSchema,
  })
  .default({
    scale: 'log',
    smoothing: { level: 0.8, trend: 0.2 },
    damping: { value: 0.85, low: 0.7, high: 0.98 },
    estimateFromObservations: 10,
    spread: { minimumDegreesOfFreedom: 2, defaultStandardDeviation: 0.1 },
  });
export type DampedTrendSettings = z.infer<typeof dampedTrendSettingsSchema>;

const ID = 'damped-trend';

/** Values on consecutive years from the first to the last observation, null where not observed. */
function consecutive(years: readonly number[], values: readonly number[]): (number | null)[] {
  const first = years[0]!;
  const filled: (number | null)[] = Array.from({ length: years[years.length - 1]! - first + 1 }, () => null);
  years.forEach((year, index) => (filled[year - first] = values[index]!));
  return filled;
}

function sumOfSquares(errors: readonly (number | null)[]): number {
  return errors.reduce<number>((sum, error) => sum + (error === null ? 0 : error * error), 0);
}

/** Grid search for α, β, φ minimising the one-step squared errors. */
function estimateSmoothing(
  filled: readonly (number | null)[],
  initialLevel: number,
  initialTrend: number,
  damping: DampedTrendSettings['damping'],
): { alpha: number; beta: number; phi: number } {
  let best = { alpha: 0.8, beta: 0.2, phi: damping.value, error: Infinity };
  for (let a = 1; a <= 20; a += 1) {
    const alpha = a / 20;
    for (let b = 0; b <= a; b += 1) {
      const beta = b / 20;
      for (let p = 0; p <= 8; p += 1) {
        const phi = damping.low + ((damping.high - damping.low) * p) / 8;
        const error = sumOfSquares(dampedTrendRecursion(filled, { alpha, beta, phi, initialLevel, initialTrend }).errors);
        if (error < best.error) best = { alpha, beta, phi, error };
      }
    }
  }
  return best;
}

function distributionOf(model: FittedModel<DampedTrendSettings>, horizon: number): PathDistribution {
  const p = (name: string): number => numberParameter(model.parameters, name);
  const weights = dampedTrendErrorWeights(p('alpha'), p('beta'), p('phi'), horizon);
  const variance = p('noiseStandardDeviation') ** 2;
  const trendVariance = p('trendStandardError') ** 2;
  const sums = Array.from({ length: horizon }, (_, index) => dampedTrendSum(p('phi'), index + 1));
  const covariance = sums.map((sumRow, row) =>
    sums.map((sumColumn, column) => {
      let shared = 0;
      for (let step = 0; step <= Math.min(row, column); step += 1) shared += weights[row - step]! * weights[column - step]!;
      return variance * shared + trendVariance * sumRow * sumColumn;
    }),
  );
  const degreesOfFreedom = model.parameters.degreesOfFreedom;
  return {
    transform: model.settings.scale === 'log' ? logTransform : levelTransform,
    location: dampedTrendForecast(p('finalLevel'), p('finalTrend'), p('phi'), horizon),
    covariance,
    degreesOfFreedom: typeof degreesOfFreedom === 'number' ? degreesOfFreedom : null,
  };
}

export const dampedTrendFamily: ModelFamily<DampedTrendSettings> = {
  id: ID,
  label: { zh: '阻尼趋势（增速逐年衰减）', en: 'Damped trend (growth that fades)' },
  minimumObservations: 2,
  appliesTo: ['flow', 'stock', 'ratio', 'share', 'count'],
  settingsSchema: dampedTrendSettingsSchema,

  fit(series: ObservedSeries, settings: DampedTrendSettings, context: FitContext): FitOutcome<DampedTrendSettings> {
    const n = series.years.length;
    if (n < 2) return fitFailure(ID, `needs at least 2 observations, has ${n}`);
    const transform = settings.scale === 'log' ? logTransform : levelTransform;
    const outside = series.values.findIndex((value) => !transform.accepts(value));
    if (outside >= 0) return fitFailure(ID, `the ${settings.scale} scale needs ${transform.domainDescription}; ${series.years[outside]} has ${series.values[outside]}`);
    const transformed = series.values.map((value) => transform.forward(value));
    if (!transformed.every(Number.isFinite)) return fitFailure(ID, 'values too extreme to transform');
    const line = ordinaryLeastSquares(series.years, transformed);
    const initialTrend = line.slope;
    const initialLevel = line.intercept + line.slope * (series.years[0]! - 1);
    const filled = consecutive(series.years, transformed);
    const estimated = n >= settings.estimateFromObservations;
    const { alpha, beta, phi } = estimated
      ? estimateSmoothing(filled, initialLevel, initialTrend, settings.damping)
      : { alpha: settings.smoothing.level, beta: settings.smoothing.trend, phi: settings.damping.value };
    const recursion = dampedTrendRecursion(filled, { alpha, beta, phi, initialLevel, initialTrend });
    const errors = recursion.errors.filter((error): error is number => error !== null);
    const estimatedCount = 2 + (estimated ? 3 : 0);
    const residualSumOfSquares = sumOfSquares(errors);
    const ownDegreesOfFreedom = Math.max(n - estimatedCount, 0);
    const own = {
      standardDeviation: ownDegreesOfFreedom > 0 ? Math.sqrt(residualSumOfSquares / ownDegreesOfFreedom) : null,
      degreesOfFreedom: ownDegreesOfFreedom,
    };
    const spread = chooseGrowthSpread(own, settings.spread, context, series.indicatorKind, "the damped trend's own one-step errors");
    const lastValue = series.values[n - 1]!;
    // A pooled or default spread is per-year log growth; on the level scale it becomes σ·x_last.
    const noise = settings.scale === 'log' || spread.source === 'residuals' ? spread.standardDeviation : spread.standardDeviation * lastValue;
    const spanned = series.years[n - 1]! - series.years[0]!;
    const notes = estimated
      ? [`α, β and φ estimated by grid search (φ within ${settings.damping.low}–${settings.damping.high})`]
      : [`α = ${alpha}, β = ${beta} fixed by the spec and φ = ${phi} taken from the damping prior: ${n} points are too few to estimate them (${settings.estimateFromObservations} needed)`];
    return {
      ok: true,
      model: {
        ...modelIdentity(ID, dampedTrendFamily.label, series),
        parameters: {
          alpha,
          beta,
          phi,
          initialLevel,
          initialTrend,
          finalLevel: recursion.finalLevel,
          finalTrend: recursion.finalTrend,
          noiseStandardDeviation: noise,
          trendStandardError: noise / Math.sqrt(spanned),
          degreesOfFreedom: spread.degreesOfFreedom,
        },
        settings,
        fittedValues: series.years.map((year) => transform.inverse(recursion.oneStepForecasts[year - series.years[0]!]!)),
        residualScale: { standardDeviation: noise, scale: transform.name, degreesOfFreedom: spread.degreesOfFreedom },
        intervalSource: spread.source,
        intervalSourceDescription: spread.description,
        likelihood: {
          logLikelihood:
            gaussianLogLikelihood(residualSumOfSquares, errors.length) +
            series.values.reduce((sum, value) => sum + transform.logAbsDerivative(value), 0),
          parameterCount: estimatedCount + 1,
          observationCount: errors.length,
          basis: 'all-observations',
        },
        notes,
      },
    };
  },

  forecast(model, horizon, levels) {
    assertHorizon(horizon);
    return toForecast(model, horizon, bandsFromDistribution(distributionOf(model, horizon), model.series.bounds, levels));
  },

  simulate(model, innovations, paths, horizon) {
    assertHorizon(horizon);
    return simulateMixture([distributionOf(model, horizon)], model.series.bounds, innovations, paths, horizon);
  },

  parameterTable(model) {
    const p = (name: string): number => numberParameter(model.parameters, name);
    const fixedOrEstimated = model.series.years.length >= model.settings.estimateFromObservations ? 'estimated' : 'fixed';
    const isLog = model.settings.scale === 'log';
    const trend = p('finalTrend');
    const remaining = (p('phi') / (1 - p('phi'))) * trend;
    return [
      { name: 'alpha', value: p('alpha'), origin: fixedOrEstimated, description: 'level smoothing α' },
      { name: 'beta', value: p('beta'), origin: fixedOrEstimated, description: 'trend smoothing β' },
      { name: 'phi', value: p('phi'), origin: fixedOrEstimated === 'fixed' ? 'prior' : 'estimated', description: 'damping φ: the share of last year\u2019s growth kept each year' },
      {
        name: 'currentGrowth',
        value: isLog ? Math.expm1(trend) : trend,
        origin: 'estimated',
        description: isLog ? `growth in ${model.lastYear}: ${percent(Math.expm1(trend))} a year, fading by φ each year` : `change per year in ${model.lastYear} (${model.series.unit})`,
      },
      {
        name: 'longRunLevel',
        value: p('phi') >= 1 ? null : isLog ? Math.exp(p('finalLevel') + remaining) : p('finalLevel') + remaining,
        origin: 'estimated',
        description: 'the level the damped path approaches as the horizon grows (ℓ_T + b_T·φ/(1 − φ))',
      },
      { name: 'noiseStandardDeviation', value: p('noiseStandardDeviation'), origin: model.intervalSource === 'residuals' ? 'estimated' : 'prior', description: model.intervalSourceDescription },
    ];
  },

  fitSummary: (model) => summariseFit(model, 'AICc not available'),
};

