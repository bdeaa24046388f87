/**
 * The formulas of the calibrated growth forecast, shared by the model family (one series) and by
 * learning the calibration (every history of the reference corpora), so that what is learned is exactly
 * what is applied. Notation as in the family's model card (src/core/models/calibrated-growth.ts).
 *
 * Volatility:
 * - the series' own, by empirical Bayes on ln σ²: its ln s² (bias-corrected) is trusted in proportion to
 *   how truly volatilities differ across the class (volatilityDispersion D) against how noisy an estimate
 *   with ν = n − 2 degrees of freedom is (ψ′(ν/2)):
 *     ln σ̃² = κ·(ln s² − ψ(ν/2) + ln(ν/2)) + (1 − κ)·E ln σ²,  κ = D / (D + ψ′(ν/2)),
 *   the corrected ln s² read within three standard deviations √D of the class's E ln σ² (a perfectly
 *   smooth history does not give a zero spread, nor a wild one an unbounded spread); it weights the
 *   series' own growth;
 * - for the width of the forecast, weighted once more by λ (volatilityWeight), learned from how well past
 *   volatility predicted future errors across the corpus:  ln σ̂² = λ·ln σ̃² + (1 − λ)·E ln σ².
 * With fewer than three points (no s²) both are the class's exp(E ln σ²).
 * Growth: d' = w·d̂ + (1 − w)·μ with w = (span/σ̃²) / (span/σ̃² + 1/τ²) — the series' own growth counts as
 * much as the years it spans say, against how much growth rates differ across the class (none with one
 * point: d' = μ); then its excess over μ saturates: d = μ + c·tanh((d' − μ)/c). A short history growing
 * far faster (or slower) than its class keeps at most about c of that excess: on M1, 3-point histories
 * growing 20–40 % a year went on to grow 7–8 % a year over the next 3–12 years.
 * Path: centre(h) = y_last + d·(φ + φ² + … + φʰ) — growth fades by φ a year (φ = 1: it persists);
 * spread(h) = σ̂·h^β.
 */
import { digamma } from '../statistics/digamma.js';
import { trigamma } from '../statistics/trigamma.js';
import type { ReferenceClass } from './forecast-calibration.js';
import type { HistorySummary } from './history-summary.js';

/** ln s² corrected for the bias of a log sample variance with ν degrees of freedom. */
export function unbiasedLogVariance(variance: number, degreesOfFreedom: number): number {
  return Math.log(variance) - (digamma(degreesOfFreedom / 2) - Math.log(degreesOfFreedom / 2));
}

const hasOwnVariance = (summary: HistorySummary): boolean => summary.ownVariance !== null && summary.degreesOfFreedom > 0;

/** The series' own corrected ln s², limited to E ln σ² ± 3√D of its class. */
export function ownLogVolatility(summary: HistorySummary, referenceClass: Pick<ReferenceClass, 'logVolatility' | 'volatilityDispersion'>): number {
  const reach = 3 * Math.sqrt(referenceClass.volatilityDispersion);
  const own = summary.ownVariance! > 0 ? unbiasedLogVariance(summary.ownVariance!, summary.degreesOfFreedom) : -Infinity;
  return Math.min(referenceClass.logVolatility + reach, Math.max(referenceClass.logVolatility - reach, own));
}

/** σ̃²: the volatility that weights the series' own growth (empirical Bayes). */
export function volatilityForGrowthWeight(summary: HistorySummary, referenceClass: ReferenceClass): number {
  if (!hasOwnVariance(summary)) return Math.exp(referenceClass.logVolatility);
  const weight = referenceClass.volatilityDispersion / (referenceClass.volatilityDispersion + trigamma(summary.degreesOfFreedom / 2));
  return Math.exp(weight * ownLogVolatility(summary, referenceClass) + (1 - weight) * referenceClass.logVolatility);
}

/** σ̂²: the volatility that sets the width of the forecast. */
export function volatilityForSpread(summary: HistorySummary, referenceClass: ReferenceClass, volatilityWeight: number): number {
  if (!hasOwnVariance(summary)) return Math.exp(referenceClass.logVolatility);
  return Math.exp(volatilityWeight * Math.log(volatilityForGrowthWeight(summary, referenceClass)) + (1 - volatilityWeight) * referenceClass.logVolatility);
}

/** The weight w of the series' own growth, and the growth d: shrunk toward μ, its excess saturated at c. */
export function shrunkGrowth(summary: HistorySummary, referenceClass: ReferenceClass): { ownWeight: number; growth: number } {
  const mean = referenceClass.meanLogGrowth;
  if (summary.ownGrowth === null || !(summary.span > 0)) return { ownWeight: 0, growth: mean };
  const precision = summary.span / volatilityForGrowthWeight(summary, referenceClass);
  const ownWeight = precision / (precision + 1 / referenceClass.betweenSeriesVariance);
  const limit = referenceClass.excessGrowthLimit;
  return { ownWeight, growth: mean + limit * Math.tanh((ownWeight * (summary.ownGrowth - mean)) / limit) };
}

/** φ + φ² + … + φʰ: how many years of growth h years ahead add up to under damping φ. */
export function dampedYears(damping: number, horizon: number): number {
  let total = 0;
  let power = 1;
  for (let year = 1; year <= horizon; year += 1) {
    power *= damping;
    total += power;
  }
  return total;
}

/** The centre of the forecast h years ahead, on the forecast scale. */
export function forecastCentre(last: number, growth: number, damping: number, horizon: number): number {
  return last + growth * dampedYears(damping, horizon);
}

/** The spread h years ahead: σ̂·h^β. */
export function forecastSpread(volatility: number, horizonExponent: number, horizon: number): number {
  return Math.sqrt(volatility) * horizon ** horizonExponent;
}
