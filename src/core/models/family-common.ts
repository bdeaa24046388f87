/**
 * Small pieces every family uses: the forecast record, the fit summary, in-sample error, AICc with its
 * reason when undefined, and reading a fitted model's numeric parameters.
 */
import { aicc } from '../statistics/aicc.js';
import type { FitSummary, FittedModel, Forecast, LikelihoodSummary, ParameterValue } from './model-family.js';
import type { Bands } from './predictive-paths.js';

export function futureYears(lastYear: number, horizon: number): number[] {
  return Array.from({ length: horizon }, (_, index) => lastYear + index + 1);
}

export function toForecast(model: FittedModel<unknown>, horizon: number, bands: Bands): Forecast {
  return {
    family: model.family,
    years: futureYears(model.lastYear, horizon),
    point: bands.point,
    intervals: bands.intervals,
    intervalSource: model.intervalSource,
    intervalSourceDescription: model.intervalSourceDescription,
    boundsApplied: bands.boundsApplied,
  };
}

/** Root mean squared error of the fitted values on the level scale; null when there are none. */
export function inSampleRootMeanSquaredError(model: FittedModel<unknown>): number | null {
  let sum = 0;
  let count = 0;
  model.fittedValues.forEach((fitted, index) => {
    if (fitted === null) return;
    sum += (model.series.values[index]! - fitted) ** 2;
    count += 1;
  });
  return count === 0 ? null : Math.sqrt(sum / count);
}

/** AICc and, when it is undefined, why. */
export function aiccWithNote(likelihood: LikelihoodSummary | null, whyNone: string): { aicc: number | null; aiccNote?: string } {
  if (likelihood === null) return { aicc: null, aiccNote: whyNone };
  const { logLikelihood, parameterCount, observationCount } = likelihood;
  const value = aicc(logLikelihood, parameterCount, observationCount);
  if (value !== null && likelihood.basis === 'conditional-on-first') {
    return { aicc: value, aiccNote: 'conditional on the first observation: comparable only with other random-walk fits of the same series' };
  }
  if (value !== null) return { aicc: value };
  if (!Number.isFinite(logLikelihood)) return { aicc: null, aiccNote: 'AICc undefined: the model fits the points exactly (no residual spread)' };
  return {
    aicc: null,
    aiccNote:
      `AICc undefined: ${observationCount} observations for ${parameterCount} parameters ` +
      `(the small-sample correction needs n ≥ k + 2 = ${parameterCount + 2})`,
  };
}

export function summariseFit(model: FittedModel<unknown>, whyNoLikelihood: string): FitSummary {
  return {
    family: model.family,
    n: model.series.years.length,
    ...aiccWithNote(model.likelihood, whyNoLikelihood),
    rmse: inSampleRootMeanSquaredError(model),
    residualStandardDeviation: model.residualScale.standardDeviation,
    residualScale: model.residualScale.scale,
    degreesOfFreedom: model.residualScale.degreesOfFreedom,
    intervalSource: model.intervalSource,
    intervalSourceDescription: model.intervalSourceDescription,
    notes: [...model.notes],
  };
}

/** A numeric parameter that must be present. */
export function numberParameter(parameters: Record<string, ParameterValue>, name: string): number {
  const value = parameters[name];
  if (typeof value !== 'number') throw new RangeError(`fitted model lacks the numeric parameter "${name}"`);
  return value;
}

/** Gaussian log-likelihood of independent errors with their own variances (MLE scale factor). */
export function gaussianLogLikelihoodWeighted(errors: readonly number[], variances: readonly number[]): number {
  // σ̂² = Σ e²/v / m maximises Σ −½[ln(2π v σ²) + e²/(v σ²)].
  const count = errors.length;
  let scaled = 0;
  let logVariances = 0;
  errors.forEach((error, index) => {
    scaled += (error * error) / variances[index]!;
    logVariances += Math.log(variances[index]!);
  });
  if (!(scaled > 0)) return Infinity;
  const sigmaSquared = scaled / count;
  return -0.5 * (count * Math.log(2 * Math.PI * sigmaSquared) + logVariances + count);
}

export const format3 = (value: number): string => value.toFixed(3);
export const percent = (value: number, digits = 2): string => `${(value * 100).toFixed(digits)} %`;
