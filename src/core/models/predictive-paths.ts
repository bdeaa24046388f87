/**
 * The machinery every family shares to turn a predictive distribution into interval bands and into
 * simulated paths, so that forecasts and simulations agree by construction.
 *
 * A family describes its forecast errors for the next H years as a `PathDistribution` on its own scale:
 * a location per year, the H × H covariance of the errors, and Student-t degrees of freedom (null =
 * normal). Bands are location ± q·sd read back through the scale's inverse; paths are L·z (L the
 * Cholesky factor of the covariance, z the injected innovations), each coordinate mapped to its t
 * marginal when the spread was estimated (a Gaussian copula with exact t margins), read back and clamped
 * to the indicator's bounds. Clamping a quantile is the quantile of the clamped value, so clamped bands
 * stay honest.
 *
 * Families with an uncertain ceiling describe a mixture: several PathDistributions with equal weight.
 * Mixture bands solve the mixture CDF by Brent's method (mixture-bands.ts); each path takes one component, chosen by a scrambled
 * base-2 radical inverse of its index (stratified, independent of the noise innovations).
 */
import type { Bounds } from '../catalog/indicator-catalog.js';
import { clampToBounds } from '../catalog/indicator-catalog.js';
import { choleskyLower } from '../statistics/cholesky.js';
import { normalCumulative } from '../statistics/normal-cumulative.js';
import { normalQuantile } from '../statistics/normal-quantile.js';
import { createNormalToStudentT } from '../statistics/normal-to-student-t.js';
import { studentTCumulative } from '../statistics/student-t-cumulative.js';
import { studentTQuantile } from '../statistics/student-t-quantile.js';
import type { ForecastInterval } from './model-family.js';
import { levelTransform, logTransform, type ScaleTransform } from './scale-transform.js';

export interface PathDistribution {
  transform: ScaleTransform;
  /** per future year, on the transformed scale */
  location: number[];
  /** covariance of the transformed-scale errors, H × H */
  covariance: number[][];
  degreesOfFreedom: number | null;
}

export interface Bands {
  point: number[];
  intervals: ForecastInterval[];
  boundsApplied: boolean;
}

export function assertLevels(levels: readonly number[]): void {
  for (const level of levels) {
    if (!(level > 0 && level < 100)) throw new RangeError(`interval levels are percentages in (0, 100), got ${level}`);
  }
}

export function assertHorizon(horizon: number): void {
  if (!Number.isInteger(horizon) || horizon < 1) throw new RangeError(`horizon must be a whole number ≥ 1, got ${horizon}`);
}

export function standardQuantile(probability: number, degreesOfFreedom: number | null): number {
  return degreesOfFreedom === null ? normalQuantile(probability) : studentTQuantile(probability, degreesOfFreedom);
}

export function standardCumulative(x: number, degreesOfFreedom: number | null): number {
  return degreesOfFreedom === null ? normalCumulative(x) : studentTCumulative(x, degreesOfFreedom);
}

/** Tracks whether clamping changed anything. */
export function clamper(bounds: Bounds): { clamp(value: number): number; applied(): boolean } {
  let applied = false;
  return {
    clamp(value) {
      const clamped = clampToBounds(value, bounds);
      if (clamped !== value) applied = true;
      return clamped;
    },
    applied: () => applied,
  };
}

/** Point path and bands of one distribution. */
export function bandsFromDistribution(distribution: PathDistribution, bounds: Bounds, levels: readonly number[]): Bands {
  assertLevels(levels);
  const { transform, location, covariance, degreesOfFreedom } = distribution;
  const bound = clamper(bounds);
  const point = location.map((value) => bound.clamp(transform.inverse(value)));
  const intervals = levels.map((level) => {
    const multiplier = standardQuantile(0.5 + level / 200, degreesOfFreedom);
    const lower: number[] = [];
    const upper: number[] = [];
    location.forEach((value, index) => {
      const spread = multiplier * Math.sqrt(Math.max(covariance[index]![index]!, 0));
      lower.push(bound.clamp(transform.inverse(value - spread)));
      upper.push(bound.clamp(transform.inverse(value + spread)));
    });
    return { level, lower, upper };
  });
  return { point, intervals, boundsApplied: bound.applied() };
}

export function assertInnovations(innovations: Float64Array, paths: number, horizon: number): void {
  assertHorizon(horizon);
  if (!Number.isInteger(paths) || paths < 1) throw new RangeError(`paths must be a whole number ≥ 1, got ${paths}`);
  if (innovations.length < paths * horizon) {
    throw new RangeError(`innovations hold ${innovations.length} numbers; paths × horizon = ${paths * horizon} needed`);
  }
}

interface PreparedComponent {
  /** the covariance's Cholesky factor, row-major H × H */
  lower: Float64Array;
  /** the location per year */
  location: Float64Array;
  deviations: Float64Array;
  /** z ↦ t marginal, or undefined for normal marginals */
  toMarginal: ((z: number) => number) | undefined;
  /** 0: level (identity), 1: log (exp), 2: another transform (its inverse) */
  inverseKind: number;
  inverse: (y: number) => number;
}

function prepare(distribution: PathDistribution): PreparedComponent {
  const { covariance, degreesOfFreedom, transform } = distribution;
  return {
    lower: choleskyLower(covariance),
    location: Float64Array.from(distribution.location),
    deviations: Float64Array.from(covariance.map((row, index) => Math.sqrt(Math.max(row[index]!, 0)))),
    toMarginal: degreesOfFreedom === null || degreesOfFreedom === Infinity ? undefined : createNormalToStudentT(degreesOfFreedom),
    inverseKind: transform === levelTransform ? 0 : transform === logTransform ? 1 : 2,
    inverse: transform.inverse,
  };
}

/** Base-2 radical inverse of a 32-bit index, digit-scrambled by XOR with `scramble`, in (0, 1). */
export function scrambledRadicalInverse(index: number, scramble: number): number {
  let bits = index >>> 0;
  bits = ((bits >>> 1) & 0x55555555) | ((bits & 0x55555555) << 1);
  bits = ((bits >>> 2) & 0x33333333) | ((bits & 0x33333333) << 2);
  bits = ((bits >>> 4) & 0x0f0f0f0f) | ((bits & 0x0f0f0f0f) << 4);
  bits = ((bits >>> 8) & 0x00ff00ff) | ((bits & 0x00ff00ff) << 8);
  bits = ((bits >>> 16) | (bits << 16)) >>> 0;
  return (((bits ^ scramble) >>> 0) + 0.5) / 4294967296;
}

/**
 * Simulated paths (paths × horizon, row-major) of an equal-weight mixture of distributions; a single
 * distribution is a mixture of one. `scramble` decorrelates the component choice of different series.
 */
export function simulateMixture(
  components: readonly PathDistribution[],
  bounds: Bounds,
  innovations: Float64Array,
  paths: number,
  horizon: number,
  scramble = 0,
  /** where to write the paths (every value is written): a caller's buffer, or a new array */
  output: Float64Array = new Float64Array(paths * horizon),
): Float64Array {
  assertInnovations(innovations, paths, horizon);
  if (output.length < paths * horizon) throw new RangeError(`the output holds ${output.length} numbers; paths × horizon = ${paths * horizon} needed`);
  const prepared = components.map(prepare);
  // Bounds as numbers: a missing bound is ±∞, which no value crosses (NaN crosses neither, as before).
  const lowerBound = bounds.lower ?? -Infinity;
  const upperBound = bounds.upper ?? Infinity;
  if (prepared.length === 1) {
    fillPaths(prepared[0]!, innovations, output, paths, horizon, lowerBound, upperBound, undefined, 0);
    return output;
  }
  const choices = new Int32Array(paths);
  for (let path = 0; path < paths; path += 1) {
    choices[path] = Math.min(prepared.length - 1, Math.floor(scrambledRadicalInverse(path, scramble) * prepared.length));
  }
  prepared.forEach((component, index) => fillPaths(component, innovations, output, paths, horizon, lowerBound, upperBound, choices, index));
  return output;
}

/**
 * The paths of one component (those whose choice is `which`, or all without `choices`): L·z, each
 * coordinate mapped to its marginal, read back through the scale's inverse and clamped. One tight loop over
 * typed arrays; the transform and marginal are resolved once, outside it.
 */
function fillPaths(
  component: PreparedComponent,
  innovations: Float64Array,
  output: Float64Array,
  paths: number,
  horizon: number,
  lowerBound: number,
  upperBound: number,
  choices: Int32Array | undefined,
  which: number,
): void {
  const { lower, location, deviations, toMarginal, inverseKind, inverse } = component;
  if (toMarginal === undefined && inverseKind === 1) {
    fillLogNormalPaths(lower, location, deviations, innovations, output, paths, horizon, lowerBound, upperBound, choices, which);
    return;
  }
  const normal = toMarginal === undefined;
  for (let path = 0, base = 0; path < paths; path += 1, base += horizon) {
    if (choices !== undefined && choices[path] !== which) continue;
    for (let year = 0, row = 0; year < horizon; year += 1, row += horizon) {
      let correlated = 0;
      for (let step = 0; step <= year; step += 1) correlated += lower[row + step]! * innovations[base + step]!;
      const deviation = deviations[year]!;
      let error = 0;
      if (deviation > 0) error = deviation * (normal ? correlated / deviation : toMarginal!(correlated / deviation));
      const transformed = location[year]! + error;
      let value = inverseKind === 1 ? Math.exp(transformed) : inverseKind === 0 ? transformed : inverse(transformed);
      if (value < lowerBound) value = lowerBound;
      if (value > upperBound) value = upperBound;
      output[base + year] = value;
    }
  }
}

/**
 * fillPaths for the commonest case, normal marginals on the log scale (the growth families): the same
 * arithmetic, in two passes — the log-scale values of the paths first, then the exponentials over the whole
 * block in one plain loop (faster in V8 than interleaving them).
 */
function fillLogNormalPaths(
  lower: Float64Array,
  location: Float64Array,
  deviations: Float64Array,
  innovations: Float64Array,
  output: Float64Array,
  paths: number,
  horizon: number,
  lowerBound: number,
  upperBound: number,
  choices: Int32Array | undefined,
  which: number,
): void {
  for (let path = 0, base = 0; path < paths; path += 1, base += horizon) {
    if (choices !== undefined && choices[path] !== which) continue;
    for (let year = 0, row = 0; year < horizon; year += 1, row += horizon) {
      let correlated = 0;
      for (let step = 0; step <= year; step += 1) correlated += lower[row + step]! * innovations[base + step]!;
      const deviation = deviations[year]!;
      output[base + year] = location[year]! + (deviation > 0 ? deviation * (correlated / deviation) : 0);
    }
  }
  for (let path = 0, base = 0; path < paths; path += 1, base += horizon) {
    if (choices !== undefined && choices[path] !== which) continue;
    for (let at = base, end = base + horizon; at < end; at += 1) {
      let value = Math.exp(output[at]!);
      if (value < lowerBound) value = lowerBound;
      if (value > upperBound) value = upperBound;
      output[at] = value;
    }
  }
}
