/**
 * What a reference class's histories say about its series, before anything is fitted to what followed:
 * typical volatility, how far volatilities differ, the mean growth and how far growth rates differ.
 *
 * From the class's longest histories with a variance (six points where there are any; each series' such
 * histories share a weight of 1):
 * - E ln σ² (logVolatility): the weighted mean of ln s², corrected for the bias of a log sample variance
 *   with ν = n − 2 degrees of freedom (ψ(ν/2) − ln(ν/2));
 * - volatilityDispersion D: the weighted variance of ln s² less its sampling variance ψ′(ν/2) (at least 0.01);
 * - μ and τ² (meanLogGrowth, betweenSeriesVariance): the maximum-likelihood normal–normal model
 *   d̂ᵢ ~ N(μ, τ² + σ̃ᵢ²/spanᵢ) over the histories' own growth rates, τ² searched on a log grid
 *   (e^−12 … 1, steps of 0.05 in ln τ²) with μ its precision-weighted mean at each τ².
 * Reference: Gelman et al., Bayesian Data Analysis (3rd ed.), §5.4 (normal hierarchical model, marginal
 * likelihood of τ); the log-variance moments are those of ln(χ²_ν/ν).
 */
import { trigamma } from '../statistics/trigamma.js';
import type { ReferenceClass } from './forecast-calibration.js';
import { unbiasedLogVariance, volatilityForGrowthWeight } from './calibrated-growth-formulas.js';
import type { HistorySummary } from './history-summary.js';

export interface ClassHistories {
  histories: readonly HistorySummary[];
  /** the series each history comes from (for weights) */
  series: readonly number[];
}

/** The history length the moments use: the longest (≤ 6) that has at least three histories with a variance. */
function momentLength(input: ClassHistories): number | null {
  for (let count = 6; count >= 3; count -= 1) {
    const seriesWithVariance = new Set<number>();
    input.histories.forEach((summary, index) => {
      if (summary.count === count && summary.ownVariance !== null && summary.ownVariance > 0) seriesWithVariance.add(input.series[index]!);
    });
    if (seriesWithVariance.size >= 3) return count;
  }
  return null;
}

export type ClassMoments = Omit<ReferenceClass, 'damping' | 'excessGrowthLimit' | 'indicatorKind'>;

/** The moments, or null when fewer than three series have a history of three or more points. */
export function referenceClassMoments(input: ClassHistories): ClassMoments | null {
  const count = momentLength(input);
  if (count === null) return null;
  const degreesOfFreedom = count - 2;
  const chosen: { summary: HistorySummary; series: number }[] = [];
  input.histories.forEach((summary, index) => {
    if (summary.count === count && summary.ownVariance !== null && summary.ownVariance > 0) chosen.push({ summary, series: input.series[index]! });
  });
  const perSeries = new Map<number, number>();
  for (const entry of chosen) perSeries.set(entry.series, (perSeries.get(entry.series) ?? 0) + 1);
  const weights = chosen.map((entry) => 1 / perSeries.get(entry.series)!);
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  const logVariances = chosen.map((entry) => Math.log(entry.summary.ownVariance!));
  const meanLog = logVariances.reduce((sum, value, index) => sum + weights[index]! * value, 0) / totalWeight;
  const varianceLog = logVariances.reduce((sum, value, index) => sum + weights[index]! * (value - meanLog) ** 2, 0) / totalWeight;
  const volatilityDispersion = Math.max(varianceLog - trigamma(degreesOfFreedom / 2), 0.01);
  // unbiasedLogVariance(1, ν) = −(ψ(ν/2) − ln(ν/2)), so adding it corrects the mean of ln s².
  const corrected = meanLog + unbiasedLogVariance(1, degreesOfFreedom);
  const partial = { logVolatility: corrected, volatilityDispersion, meanLogGrowth: 0, betweenSeriesVariance: 1 };
  const drifts = chosen.map((entry, index) => ({
    growth: entry.summary.ownGrowth!,
    variance: volatilityForGrowthWeight(entry.summary, { ...partial, damping: 1, excessGrowthLimit: 1, indicatorKind: 'flow', series: 1, histories: 1 }) / entry.summary.span,
    weight: weights[index]!,
  }));
  let best = { logLikelihood: -Infinity, between: 1, mean: 0 };
  for (let step = 0; step <= 240; step += 1) {
    const between = Math.exp(-12 + 0.05 * step);
    let precisionSum = 0;
    let weightedSum = 0;
    for (const drift of drifts) {
      const precision = drift.weight / (between + drift.variance);
      precisionSum += precision;
      weightedSum += precision * drift.growth;
    }
    const mean = weightedSum / precisionSum;
    let logLikelihood = 0;
    for (const drift of drifts) {
      const variance = between + drift.variance;
      logLikelihood += drift.weight * (-0.5 * Math.log(variance) - (0.5 * (drift.growth - mean) ** 2) / variance);
    }
    if (logLikelihood > best.logLikelihood) best = { logLikelihood, between, mean };
  }
  return {
    meanLogGrowth: best.mean,
    betweenSeriesVariance: best.between,
    logVolatility: corrected,
    volatilityDispersion,
    series: perSeries.size,
    histories: chosen.length,
  };
}
