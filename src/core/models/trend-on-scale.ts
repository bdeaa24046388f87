/**
 * A straight-line trend fitted by OLS on a transformed scale — the machinery behind the linear,
 * exponential, logistic and Gompertz families (they differ only in the scale: see scale-transform.ts).
 *
 *   y_t = forward(x_t) = a + b·t + ε_t,  ε_t ~ N(0, σ²) independent
 *
 * Forecast errors for future years t, t' have covariance s²·(δ_tt' + 1/n + (t − t̄)(t' − t̄)/Sxx) on the
 * transformed scale (new noise plus the estimated line's error), with Student-t multipliers on n − 2
 * degrees of freedom; bands are read back through the inverse transform. A line through the points with
 * no residual spread gives no basis for intervals, so it is a failed fit, not a zero-width band.
 */
import { gaussianLogLikelihood } from '../statistics/aicc.js';
import {
  ordinaryLeastSquares,
  ordinaryLeastSquaresMeanCovarianceFactor,
  type OrdinaryLeastSquaresFit,
} from '../statistics/ordinary-least-squares.js';
import { numberParameter } from './family-common.js';
import type { LikelihoodSummary, ParameterValue } from './model-family.js';
import type { PathDistribution } from './predictive-paths.js';
import type { ScaleTransform } from './scale-transform.js';

/** The numbers a fitted model stores to rebuild its line and its prediction errors. */
export interface TrendLine {
  intercept: number;
  slope: number;
  meanYear: number;
  sumOfSquaresYears: number;
  observationCount: number;
  residualStandardError: number;
}

export function fitTrendOnScale(
  years: readonly number[],
  values: readonly number[],
  transform: ScaleTransform,
): { ok: true; line: TrendLine; fit: OrdinaryLeastSquaresFit } | { ok: false; reason: string } {
  if (years.length < 3) {
    return { ok: false, reason: `needs at least 3 observations (2 for the line, 1 for its residual spread), has ${years.length}` };
  }
  const outside = values.findIndex((value) => !transform.accepts(value));
  if (outside >= 0) {
    return { ok: false, reason: `the ${transform.name} scale needs ${transform.domainDescription}; ${years[outside]} has ${values[outside]}` };
  }
  const transformed = values.map((value) => transform.forward(value));
  const extreme = transformed.findIndex((value) => !Number.isFinite(value));
  if (extreme >= 0) {
    return { ok: false, reason: `${years[extreme]}'s value ${values[extreme]} is too close to the edge of the ${transform.name} scale to transform` };
  }
  const fit = ordinaryLeastSquares(years, transformed);
  const scale = Math.max(...transformed.map(Math.abs), 1);
  if (fit.residualStandardError === null || !(fit.residualStandardError > 1e-12 * scale)) {
    return { ok: false, reason: 'the points lie exactly on the line: no residual spread to build intervals from' };
  }
  return {
    ok: true,
    fit,
    line: {
      intercept: fit.intercept,
      slope: fit.slope,
      meanYear: fit.meanX,
      sumOfSquaresYears: fit.sumOfSquaresX,
      observationCount: fit.observationCount,
      residualStandardError: fit.residualStandardError,
    },
  };
}

export function trendLineParameters(line: TrendLine): Record<string, ParameterValue> {
  return { ...line };
}

export function trendLineOf(parameters: Record<string, ParameterValue>): TrendLine {
  return {
    intercept: numberParameter(parameters, 'intercept'),
    slope: numberParameter(parameters, 'slope'),
    meanYear: numberParameter(parameters, 'meanYear'),
    sumOfSquaresYears: numberParameter(parameters, 'sumOfSquaresYears'),
    observationCount: numberParameter(parameters, 'observationCount'),
    residualStandardError: numberParameter(parameters, 'residualStandardError'),
  };
}

/** The line's value at a year, evaluated around the mean year. */
export function trendValue(line: TrendLine, year: number): number {
  return line.intercept + line.slope * line.meanYear + line.slope * (year - line.meanYear);
}

function covarianceFactor(line: TrendLine, year1: number, year2: number): number {
  return ordinaryLeastSquaresMeanCovarianceFactor(
    { observationCount: line.observationCount, meanX: line.meanYear, sumOfSquaresX: line.sumOfSquaresYears } as OrdinaryLeastSquaresFit,
    year1,
    year2,
  );
}

/** Standard error of the fitted line (not of a new observation) at a year, on the transformed scale. */
export function trendMeanStandardError(line: TrendLine, year: number): number {
  return line.residualStandardError * Math.sqrt(covarianceFactor(line, year, year));
}

export function trendPathDistribution(line: TrendLine, transform: ScaleTransform, years: readonly number[]): PathDistribution {
  const variance = line.residualStandardError ** 2;
  return {
    transform,
    location: years.map((year) => trendValue(line, year)),
    covariance: years.map((row, i) =>
      years.map((column, j) => variance * ((i === j ? 1 : 0) + covarianceFactor(line, row, column))),
    ),
    degreesOfFreedom: line.observationCount - 2,
  };
}

/** Level-scale likelihood: the transformed-scale Gaussian maximum plus the Jacobian Σ ln |dy/dx|. */
export function trendLikelihood(fit: OrdinaryLeastSquaresFit, values: readonly number[], transform: ScaleTransform): LikelihoodSummary {
  const jacobian = values.reduce((sum, value) => sum + transform.logAbsDerivative(value), 0);
  return {
    logLikelihood: gaussianLogLikelihood(fit.residualSumOfSquares, fit.observationCount) + jacobian,
    parameterCount: 3,
    observationCount: fit.observationCount,
    basis: 'all-observations',
  };
}
