/**
 * Reading the calibration's quantiles of standardized errors: the row for a history length and horizon,
 * and any quantile in between the stored probabilities.
 *
 * A row holds the quantiles z(p) of the standardized log error at CALIBRATION_PROBABILITIES. Between two
 * stored probabilities the quantile is interpolated linearly in the normal score s = Φ⁻¹(p) (exact at
 * the stored ones, monotone, and a normal distribution's own shape where the row is normal); beyond the
 * outermost ones (0.5 %, 99.5 %) the outermost segment is extended, with s limited to ±5 (p ≈ 3·10⁻⁷).
 * So a forecast's bands and its simulated paths read the same function: a path drawn at normal score s
 * lies below the band at probability p exactly when s < Φ⁻¹(p).
 */
import { normalQuantile } from '../statistics/normal-quantile.js';
import { CALIBRATION_HISTORY, CALIBRATION_PROBABILITIES, type CorpusCalibration } from './forecast-calibration.js';

/** Φ⁻¹ of each stored probability. */
export const CALIBRATION_NORMAL_SCORES: readonly number[] = CALIBRATION_PROBABILITIES.map((probability) => normalQuantile(probability));

const MAXIMUM_SCORE = 5;

/**
 * The quantile rows for a history of `count` points at horizons 1…(stored), falling back to the nearest
 * longer history with rows where a cell had too few reference forecasts to be stored.
 */
export function quantileRowsFor(corpus: CorpusCalibration, count: number): number[][] {
  const first = Math.min(Math.max(count, 1), CALIBRATION_HISTORY);
  for (let length = first; length <= CALIBRATION_HISTORY; length += 1) {
    const rows = corpus.quantiles[String(length)];
    if (rows !== undefined && rows.length > 0) return rows;
  }
  for (let length = first - 1; length >= 1; length -= 1) {
    const rows = corpus.quantiles[String(length)];
    if (rows !== undefined && rows.length > 0) return rows;
  }
  throw new RangeError(`calibration corpus ${corpus.id} holds no quantile rows`);
}

/** The row for horizon h (1-based): the stored one, or the last stored for later years. */
export function rowForHorizon(rows: readonly (readonly number[])[], horizon: number): readonly number[] {
  return rows[Math.min(horizon, rows.length) - 1]!;
}

/** A normal score limited to ±5, where the outermost segments are extended no further. */
export function limitedScore(score: number): number {
  return Math.max(-MAXIMUM_SCORE, Math.min(MAXIMUM_SCORE, score));
}

/**
 * The segment a limited score falls in: the index `upper` (1…last) of the first stored score at or above
 * it, by bisection (the outermost segments extend beyond the stored scores).
 */
export function segmentAtScore(s: number): number {
  const scores = CALIBRATION_NORMAL_SCORES;
  const last = scores.length - 1;
  if (s >= scores[last]!) return last;
  if (s <= scores[0]!) return 1;
  let low = 1;
  let high = last;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (scores[middle]! < s) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * segmentAtScore for many scores: a table of the segment at the start of each of 2,048 equal bins of
 * [−5, 5], then a step up past any stored score inside the bin — the same answer (the segment is monotone
 * in the score) without the unpredictable branches of a bisection in the paths' innermost loop.
 */
export function segmentFinder(): (limited: number) => number {
  const bins = 2048;
  const perUnit = bins / (2 * MAXIMUM_SCORE);
  const scores = Float64Array.from(CALIBRATION_NORMAL_SCORES);
  const last = scores.length - 1;
  const startOf = new Int32Array(bins + 1);
  for (let bin = 0; bin <= bins; bin += 1) startOf[bin] = segmentAtScore(-MAXIMUM_SCORE + bin / perUnit);
  return (limited: number): number => {
    let upper = startOf[((limited + MAXIMUM_SCORE) * perUnit) | 0]!;
    while (upper < last && scores[upper]! < limited) upper += 1;
    return upper;
  };
}

/** The slope of a row's segment ending at `upper`: (z(upper) − z(upper − 1)) / (s(upper) − s(upper − 1)). */
export function segmentSlope(row: readonly number[], upper: number): number {
  const scores = CALIBRATION_NORMAL_SCORES;
  return (row[upper]! - row[upper - 1]!) / (scores[upper]! - scores[upper - 1]!);
}

/** z at normal score s, interpolated in s between the stored probabilities. */
export function standardizedQuantileAtScore(row: readonly number[], score: number): number {
  const s = limitedScore(score);
  const upper = segmentAtScore(s);
  const lower = upper - 1;
  return row[lower]! + segmentSlope(row, upper) * (s - CALIBRATION_NORMAL_SCORES[lower]!);
}

/** z at probability p. */
export function standardizedQuantile(row: readonly number[], probability: number): number {
  const stored = CALIBRATION_PROBABILITIES.indexOf(probability as (typeof CALIBRATION_PROBABILITIES)[number]);
  if (stored >= 0) return row[stored]!;
  return standardizedQuantileAtScore(row, normalQuantile(probability));
}
