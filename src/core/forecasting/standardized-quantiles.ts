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

/** z at normal score s, interpolated in s between the stored probabilities. */
export function standardizedQuantileAtScore(row: readonly number[], score: number): number {
  const scores = CALIBRATION_NORMAL_SCORES;
  const s = Math.max(-MAXIMUM_SCORE, Math.min(MAXIMUM_SCORE, score));
  const last = scores.length - 1;
  let upper = 1;
  if (s >= scores[last]!) upper = last;
  else if (s > scores[0]!) while (scores[upper]! < s) upper += 1;
  const lower = upper - 1;
  const slope = (row[upper]! - row[lower]!) / (scores[upper]! - scores[lower]!);
  return row[lower]! + slope * (s - scores[lower]!);
}

/** z at probability p. */
export function standardizedQuantile(row: readonly number[], probability: number): number {
  const stored = CALIBRATION_PROBABILITIES.indexOf(probability as (typeof CALIBRATION_PROBABILITIES)[number]);
  if (stored >= 0) return row[stored]!;
  return standardizedQuantileAtScore(row, normalQuantile(probability));
}
