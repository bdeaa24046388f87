/**
 * Drawing Monte Carlo paths from a calibrated path (the calibrated-growth family's `simulate`): path d's
 * value in year h reads the predictive distribution at the normal score of its random walk,
 * s = (ε₁ + … + ε_h)/√h, so each year's paths have exactly the bands' quantiles
 * (standardized-quantiles.ts), then goes back from the forecast scale and through the kind rules.
 *
 * The arithmetic is that of pathQuantile ∘ standardizedQuantileAtScore ∘ applyKindRulesAbove, value for
 * value (tests/core/forecasting/calibrated-path-sampler.test.ts checks it bit for bit); what does not
 * depend on the draw — each year's centre, spread, floor, and each segment's slope — is computed once into
 * flat arrays, because this loop runs for every indicator-year of every path (≈ 2 million per region).
 */
import { pathCentreAndSpread, type CalibratedPath } from './calibrated-path.js';
import { stockFloor, type KindRules } from './kind-rules.js';
import { CALIBRATION_NORMAL_SCORES, limitedScore, rowForHorizon, segmentFinder, segmentSlope } from './standardized-quantiles.js';

const segmentAt = segmentFinder();

/** Paths × horizon values (path-major) from innovations of the same layout. */
export function samplePaths(path: CalibratedPath, lastValue: number, rules: KindRules, innovations: Float64Array, paths: number, horizon: number): Float64Array {
  const output = new Float64Array(paths * horizon);
  const scores = Float64Array.from(CALIBRATION_NORMAL_SCORES);
  const width = scores.length;
  const roots = new Float64Array(horizon);
  const centres = new Float64Array(horizon);
  const spreads = new Float64Array(horizon);
  const floors = new Float64Array(horizon);
  const lowerValues = new Float64Array(horizon * width);
  const slopes = new Float64Array(horizon * width);
  for (let year = 0; year < horizon; year += 1) {
    roots[year] = Math.sqrt(year + 1);
    const { centre, spread } = pathCentreAndSpread(path, year + 1);
    centres[year] = centre;
    spreads[year] = spread;
    floors[year] = stockFloor(lastValue, year + 1, rules);
    const row = rowForHorizon(path.quantileRows, year + 1);
    for (let upper = 1; upper < width; upper += 1) {
      lowerValues[year * width + upper] = row[upper - 1]!;
      slopes[year * width + upper] = segmentSlope(row, upper);
    }
  }
  // clampToBounds with the absent bounds as ±∞ (the same comparisons, no property reads per value)
  const tables: SamplerTables = { roots, centres, spreads, floors, lowerValues, slopes, scores, width };
  drawValues(innovations, output, paths, horizon, tables, path.ceiling ?? 0, path.ceiling !== null, rules.wholeNumbers, rules.bounds.lower ?? Number.NEGATIVE_INFINITY, rules.bounds.upper ?? Number.POSITIVE_INFINITY);
  return output;
}

interface SamplerTables {
  roots: Float64Array;
  centres: Float64Array;
  spreads: Float64Array;
  floors: Float64Array;
  lowerValues: Float64Array;
  slopes: Float64Array;
  scores: Float64Array;
  width: number;
}

/**
 * The innermost loop, apart from samplePaths so that it sees only typed arrays, numbers and one object
 * shape: V8 then keeps one optimised version for every indicator (the paths' and rules' objects differ
 * in shape from indicator to indicator, and each new shape threw the optimised loop away).
 */
function drawValues(innovations: Float64Array, output: Float64Array, paths: number, horizon: number, tables: SamplerTables, ceiling: number, bounded: boolean, wholeNumbers: boolean, lowest: number, highest: number): void {
  const { roots, centres, spreads, floors, lowerValues, slopes, scores, width } = tables;
  for (let draw = 0; draw < paths; draw += 1) {
    const base = draw * horizon;
    let walk = 0;
    for (let year = 0; year < horizon; year += 1) {
      walk += innovations[base + year]!;
      const s = limitedScore(walk / roots[year]!);
      const upper = segmentAt(s);
      const cell = year * width + upper;
      const z = lowerValues[cell]! + slopes[cell]! * (s - scores[upper - 1]!);
      const scaled = centres[year]! + spreads[year]! * z;
      let value = bounded ? ceiling / (1 + Math.exp(-scaled)) : Math.exp(scaled);
      if (value < floors[year]!) value = floors[year]!;
      if (wholeNumbers) value = Math.round(value);
      if (value < lowest) value = lowest;
      if (value > highest) value = highest;
      output[base + year] = value;
    }
  }
}
