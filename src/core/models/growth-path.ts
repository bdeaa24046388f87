/**
 * Shared by the growth families (compound growth, mean growth, pooled growth): a geometric path with
 * random-walk noise on the log scale, and the choice of where its spread comes from.
 *
 *   ln x_{t+1} = ln x_t + μ + ε_t,  ε_t ~ N(0, σ²)   (a random walk with drift on the log scale)
 *
 * From an origin (t₀, x₀), s = T − t₀ years ahead: ln x_T = ln x₀ + μ·s + error with
 * Var = σ²·s + se(μ)²·s² — the walk's own noise plus the uncertainty of the estimated drift; errors of
 * two years s ≤ s' covary by σ²·s + se(μ)²·s·s'. With equally spaced data, the full window and the
 * series' own spread, this is R's forecast::rwf(log(y), drift = TRUE) (Hyndman & Athanasopoulos,
 * Forecasting: Principles and Practice, §5.5), with Student-t rather than normal multipliers.
 *
 * Gaps: an interval of k years is k steps of the walk, so its increment d ~ N(k·μ, k·σ²); the drift
 * estimate over a window is (ln x_end − ln x_start) / years (the log CAGR), and
 * σ̂² = Σ (dᵢ − kᵢ·μ̂)² / kᵢ / (m − 1) over the window's m intervals.
 */
import type { IndicatorKind } from '../catalog/indicator-catalog.js';
import { yearlyGrowthRates, type YearlyGrowthInterval } from '../statistics/yearly-growth-rates.js';
import { gaussianLogLikelihoodWeighted, numberParameter, toForecast } from './family-common.js';
import type { FitContext, FittedModel, Forecast, IntervalSource, LikelihoodSummary } from './model-family.js';
import {
  assertHorizon,
  bandsFromDistribution,
  simulateMixture,
  type PathDistribution,
} from './predictive-paths.js';
import { logTransform } from './scale-transform.js';
import type { SpreadSettings } from './family-settings.js';

export interface GrowthSpread {
  standardDeviation: number;
  degreesOfFreedom: number | null;
  source: Exclude<IntervalSource, 'ceiling-range'>;
  description: string;
}

/** σ̂ of the random walk from its intervals around drift μ̂; null with fewer than two intervals. */
export function ownLogGrowthSpread(
  intervals: readonly YearlyGrowthInterval[],
  logGrowthRate: number,
): { standardDeviation: number | null; degreesOfFreedom: number } {
  const degreesOfFreedom = intervals.length - 1;
  if (degreesOfFreedom < 1) return { standardDeviation: null, degreesOfFreedom: Math.max(degreesOfFreedom, 0) };
  let sum = 0;
  for (const interval of intervals) sum += interval.span * (interval.logRate - logGrowthRate) ** 2;
  return { standardDeviation: Math.sqrt(sum / degreesOfFreedom), degreesOfFreedom };
}

const format = (value: number): string => value.toFixed(3);

/**
 * The spread to use, in order of preference: the series' own (with enough degrees of freedom), the
 * pooled prior across regions, the spec's stated default. The description says which and why.
 */
export function chooseGrowthSpread(
  own: { standardDeviation: number | null; degreesOfFreedom: number },
  settings: SpreadSettings,
  context: FitContext,
  /** the series' indicator kind: a prior pooled over another kind does not apply */
  indicatorKind: IndicatorKind,
  ownWhat = "this series' own yearly log growth rates",
): GrowthSpread {
  if (own.standardDeviation !== null && own.standardDeviation > 0 && own.degreesOfFreedom >= settings.minimumDegreesOfFreedom) {
    return {
      standardDeviation: own.standardDeviation,
      degreesOfFreedom: own.degreesOfFreedom,
      source: 'residuals',
      description:
        `spread of ${ownWhat}: σ = ${format(own.standardDeviation)} per year ` +
        `(${own.degreesOfFreedom} degrees of freedom; Student-t intervals)`,
    };
  }
  const why =
    own.standardDeviation === 0 && own.degreesOfFreedom >= settings.minimumDegreesOfFreedom
      ? `${ownWhat} show no scatter at all, which gives no spread to estimate`
      : `${ownWhat} leave ${own.degreesOfFreedom} degree(s) of freedom, too few for their own spread ` +
        `(at least ${settings.minimumDegreesOfFreedom} needed)`;
  const supplied = context.pooledGrowth;
  const pooled = supplied && supplied.indicatorKind === indicatorKind ? supplied : undefined;
  if (pooled && !pooled.isDefault && pooled.standardDeviation > 0) {
    return {
      standardDeviation: pooled.standardDeviation,
      degreesOfFreedom: null,
      source: 'pooled',
      description: `${why}; σ = ${format(pooled.standardDeviation)} per year is the pooled spread: ${pooled.source}`,
    };
  }
  const noPooled = pooled
    ? `the pooled prior is itself a default (${pooled.source})`
    : supplied
      ? `the pooled prior supplied is for ${supplied.indicatorKind} indicators, not ${indicatorKind}`
      : 'no pooled prior was supplied';
  return {
    standardDeviation: settings.defaultStandardDeviation,
    degreesOfFreedom: null,
    source: 'default',
    description:
      `${why} and ${noPooled}; σ = ${format(settings.defaultStandardDeviation)} per year is the stated default ` +
      '(model spec: spread.defaultStandardDeviation) — an assumption, not an estimate',
  };
}

export interface GrowthPath {
  originYear: number;
  originValue: number;
  /** μ: per-year log growth */
  logGrowthRate: number;
  /** σ: per-year log noise */
  noiseStandardDeviation: number;
  /** se(μ) */
  driftStandardError: number;
  degreesOfFreedom: number | null;
}

/** The log-scale predictive distribution for the `horizon` years after `lastYear`. */
export function growthPathDistribution(path: GrowthPath, lastYear: number, horizon: number): PathDistribution {
  const steps = Array.from({ length: horizon }, (_, index) => lastYear + index + 1 - path.originYear);
  const noiseVariance = path.noiseStandardDeviation ** 2;
  const driftVariance = path.driftStandardError ** 2;
  return {
    transform: logTransform,
    location: steps.map((step) => Math.log(path.originValue) + path.logGrowthRate * step),
    covariance: steps.map((row) =>
      steps.map((column) => noiseVariance * Math.max(0, Math.min(row, column)) + driftVariance * row * column),
    ),
    degreesOfFreedom: path.degreesOfFreedom,
  };
}

/** The geometric path's in-sample values at the observed years (null before the origin). */
export function growthPathFittedValues(path: GrowthPath, years: readonly number[]): (number | null)[] {
  return years.map((year) =>
    year < path.originYear ? null : path.originValue * Math.exp(path.logGrowthRate * (year - path.originYear)),
  );
}

/** The intervals of a series as yearly growth rates, or the reason it has none. */
export function positiveIntervals(
  years: readonly number[],
  values: readonly number[],
): { ok: true; intervals: YearlyGrowthInterval[] } | { ok: false; reason: string } {
  const nonPositive = values.findIndex((value) => !(value > 0));
  if (nonPositive >= 0) {
    return { ok: false, reason: `growth rates need positive values; ${years[nonPositive]} has ${values[nonPositive]}` };
  }
  return { ok: true, intervals: yearlyGrowthRates(years, values) };
}

/** The growth path a growth family's fitted model stores in its parameters. */
export function growthPathOf(model: FittedModel<unknown>): GrowthPath {
  const { parameters } = model;
  const degreesOfFreedom = parameters.degreesOfFreedom;
  return {
    originYear: numberParameter(parameters, 'originYear'),
    originValue: numberParameter(parameters, 'originValue'),
    logGrowthRate: numberParameter(parameters, 'logGrowthRate'),
    noiseStandardDeviation: numberParameter(parameters, 'noiseStandardDeviation'),
    driftStandardError: numberParameter(parameters, 'driftStandardError'),
    degreesOfFreedom: typeof degreesOfFreedom === 'number' ? degreesOfFreedom : null,
  };
}

export function forecastGrowthPath(model: FittedModel<unknown>, horizon: number, levels: readonly number[]): Forecast {
  assertHorizon(horizon);
  const distribution = growthPathDistribution(growthPathOf(model), model.lastYear, horizon);
  return toForecast(model, horizon, bandsFromDistribution(distribution, model.series.bounds, levels));
}

export function simulateGrowthPath(
  model: FittedModel<unknown>,
  innovations: Float64Array,
  paths: number,
  horizon: number,
  /** a buffer to write the paths into (the Monte Carlo kernel reuses one); default a new array */
  output?: Float64Array,
): Float64Array {
  assertHorizon(horizon);
  const distribution = growthPathDistribution(growthPathOf(model), model.lastYear, horizon);
  return simulateMixture([distribution], model.series.bounds, innovations, paths, horizon, 0, output);
}

/**
 * The level-scale likelihood of a random walk with drift μ̂ (the MLE: the log CAGR over all data),
 * conditional on the first value: increments dᵢ ~ N(kᵢμ, kᵢσ²) plus the Jacobian −Σ ln xᵢ.
 * Parameters: μ and σ.
 */
export function randomWalkLikelihood(
  intervals: readonly YearlyGrowthInterval[],
  logGrowthRate: number,
  values: readonly number[],
): LikelihoodSummary {
  const errors = intervals.map((interval) => interval.span * (interval.logRate - logGrowthRate));
  const variances = intervals.map((interval) => interval.span);
  const jacobian = values.slice(1).reduce((sum, value) => sum - Math.log(value), 0);
  return {
    logLikelihood: gaussianLogLikelihoodWeighted(errors, variances) + jacobian,
    parameterCount: 2,
    observationCount: intervals.length,
    basis: 'conditional-on-first',
  };
}
