/**
 * Model families against an independent implementation: R 4.2 with the forecast package 8.20
 * (tests/reference/compute-reference.R; stored output tests/reference/reference-values.json).
 *
 * - linear and exponential trends, logistic and Gompertz with a fixed ceiling: R lm() on the
 *   (transformed) series, predict(interval = "prediction"), AICc from logLik with the Jacobian;
 * - compound growth over the full window with its own spread: forecast::rwf(log(y), drift = TRUE);
 *   R uses normal multipliers and plancast Student-t, so standard errors are compared (R's band
 *   half-width / qnorm against plancast's / qt);
 * - the damped-trend recursion and error weights: forecast::ets(model = "AAN", damped = TRUE) at fixed
 *   α, β, φ, fed ets's own initial states.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compoundGrowthFamily } from '../../../src/core/models/compound-growth.js';
import { exponentialTrendFamily } from '../../../src/core/models/exponential-trend.js';
import { gompertzGrowthFamily } from '../../../src/core/models/gompertz-growth.js';
import { linearTrendFamily } from '../../../src/core/models/linear-trend.js';
import { logisticGrowthFamily } from '../../../src/core/models/logistic-growth.js';
import type { AnyModelFamily, FittedModel } from '../../../src/core/models/model-family.js';
import {
  dampedTrendErrorWeights,
  dampedTrendForecast,
  dampedTrendRecursion,
} from '../../../src/core/statistics/damped-trend-recursion.js';
import { studentTQuantile } from '../../../src/core/statistics/student-t-quantile.js';
import { makeSeries } from './fixtures.js';

const reference = JSON.parse(readFileSync(new URL('../../reference/reference-values.json', import.meta.url), 'utf8'));

/** Relative agreement to `digits` significant digits. */
function expectRelative(actual: number, expected: number, tolerance = 1e-10): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.max(Math.abs(expected), 1e-300));
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function fit(family: AnyModelFamily, data: { years: number[]; values: number[] }, settings: unknown, kind: 'flow' | 'ratio' = 'flow'): FittedModel<any> {
  const series = makeSeries(data.years, data.values, { indicatorKind: kind, bounds: { lower: 0, upper: kind === 'ratio' ? 100 : null } });
  const outcome = family.fit(series, settings, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.model;
}

describe.each([
  { name: 'linear trend on airmiles', family: linearTrendFamily, data: reference.linear, settings: {}, kind: 'flow' as const },
  { name: 'exponential trend on airmiles', family: exponentialTrendFamily, data: reference.exponential, settings: {}, kind: 'flow' as const },
  { name: 'linear trend on a series with gaps', family: linearTrendFamily, data: reference.gapped, settings: {}, kind: 'flow' as const },
  { name: 'logistic growth, ceiling 6', family: logisticGrowthFamily, data: reference.logistic, settings: { ceiling: 6 }, kind: 'ratio' as const },
  { name: 'Gompertz growth, ceiling 6', family: gompertzGrowthFamily, data: reference.gompertz, settings: { ceiling: 6 }, kind: 'ratio' as const },
])('$name agrees with R lm()', ({ family, data, settings, kind }) => {
  const model = fit(family, data, family.settingsSchema.parse(settings), kind);
  const forecast = family.forecast(model, data.futureYears.length, [80, 95]);

  it('fits the same line on the transformed scale', () => {
    expectRelative(model.parameters.slope as number, data.slope);
    expectRelative(model.parameters.intercept as number, data.intercept);
    expectRelative(model.parameters.residualStandardError as number, data.residualStandardError);
    expect(model.residualScale.degreesOfFreedom).toBe(data.degreesOfFreedom);
  });

  it('gives the same point forecasts and t prediction intervals', () => {
    expect(forecast.years).toEqual(data.futureYears);
    forecast.point.forEach((value, index) => expectRelative(value, data.point[index]));
    forecast.intervals.forEach((interval, k) => {
      expect(interval.level).toBe(data.intervals[k].level);
      interval.lower.forEach((value, index) => expectRelative(value, data.intervals[k].lower[index]));
      interval.upper.forEach((value, index) => expectRelative(value, data.intervals[k].upper[index]));
    });
  });

  it('gives the same level-scale AICc', () => {
    expectRelative(model.likelihood!.logLikelihood, data.logLikelihoodLevelScale);
    expectRelative(family.fitSummary(model).aicc!, data.aicc);
  });
});

describe('compound growth (full window, own spread) agrees with forecast::rwf(log(y), drift = TRUE)', () => {
  const data = reference.randomWalk;
  const model = fit(compoundGrowthFamily, data, compoundGrowthFamily.settingsSchema.parse({ spread: { minimumDegreesOfFreedom: 2 } }));
  const forecast = compoundGrowthFamily.forecast(model, 5, [80, 95]);

  it('estimates the same drift, noise and drift standard error', () => {
    expect(model.intervalSource).toBe('residuals');
    expectRelative(model.parameters.logGrowthRate as number, data.drift);
    expectRelative(model.parameters.noiseStandardDeviation as number, data.sigma);
    expectRelative(model.parameters.driftStandardError as number, data.driftStandardError);
  });

  it('gives the same point forecasts and forecast standard errors', () => {
    const multiplier = studentTQuantile(0.975, model.residualScale.degreesOfFreedom!);
    forecast.point.forEach((value, index) => {
      expectRelative(value, data.point[index]);
      const standardError = (Math.log(forecast.intervals[1]!.upper[index]!) - Math.log(value)) / multiplier;
      expectRelative(standardError, data.standardError[index], 1e-9);
    });
  });
});

describe('damped-trend recursion agrees with forecast::ets(AAN, damped) at fixed parameters', () => {
  const data = reference.damped;
  const parameters = { alpha: data.alpha, beta: data.beta, phi: data.phi, initialLevel: data.initialLevel, initialTrend: data.initialTrend };
  const recursion = dampedTrendRecursion(data.logValues, parameters);

  it('reproduces the one-step fitted values and final states', () => {
    recursion.oneStepForecasts.forEach((value, index) => expectRelative(value, data.fitted[index], 1e-12));
    expectRelative(recursion.finalLevel, data.finalLevel, 1e-12);
    expectRelative(recursion.finalTrend, data.finalTrend, 1e-10);
  });

  it('reproduces the point forecasts', () => {
    dampedTrendForecast(recursion.finalLevel, recursion.finalTrend, data.phi, 5).forEach((value, index) => expectRelative(value, data.forecast[index], 1e-12));
  });

  it('reproduces how the forecast standard error grows with the horizon (class-1 variance)', () => {
    const weights = dampedTrendErrorWeights(data.alpha, data.beta, data.phi, 5);
    let cumulative = 0;
    weights.forEach((weight, index) => {
      cumulative += weight * weight;
      expectRelative(Math.sqrt(cumulative), data.standardErrorRatio[index], 1e-9);
    });
  });
});
