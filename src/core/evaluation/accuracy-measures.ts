/**
 * Accuracy measures of forecasts against what happened, pooled over every scored value, as in
 * ../shared/benchmarks/README.md (and the M4 competition, Makridakis et al. 2020):
 * - sMAPE = mean of 200·|F − A| / (|F| + |A|); MAPE = mean of 100·|F − A| / |A|;
 * - MASE = mean of |F − A| / scale;
 * - coverage of each interval (share of actuals inside [L, U]);
 * - MSIS at level 1 − α: ((U − L) + (2/α)(L − A)⁺ + (2/α)(A − U)⁺) / scale, mean and median;
 * with a case's scale = max(mean |yearly change| of its history, 1 % of its last value), so a flat
 * history cannot make a scaled error infinite.
 */

export interface ForecastValue {
  median: number;
  intervals: { level: number; lower: number; upper: number }[];
}

export interface ScoredForecast {
  horizon: number;
  actual: number;
  forecast: ForecastValue;
  scale: number;
}

export interface AccuracySummary {
  points: number;
  symmetricMeanAbsolutePercentageError: number;
  meanAbsolutePercentageError: number;
  meanAbsoluteScaledError: number;
  /** per interval level (empty for point forecasts) */
  coverage: { level: number; observed: number }[];
  scaledIntervalScore: { level: number; mean: number; median: number }[];
}

/** The scale of a history: max(mean |yearly change|, 1 % of the last value). */
export function historyScale(values: readonly number[]): number {
  let total = 0;
  for (let index = 1; index < values.length; index += 1) total += Math.abs(values[index]! - values[index - 1]!);
  const meanChange = values.length > 1 ? total / (values.length - 1) : 0;
  return Math.max(meanChange, 0.01 * Math.abs(values[values.length - 1]!));
}

const median = (sorted: readonly number[]): number => {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

export function summariseAccuracy(scored: readonly ScoredForecast[]): AccuracySummary {
  const points = scored.length;
  let symmetric = 0;
  let percentage = 0;
  let scaled = 0;
  for (const entry of scored) {
    const error = Math.abs(entry.forecast.median - entry.actual);
    symmetric += (200 * error) / (Math.abs(entry.forecast.median) + Math.abs(entry.actual));
    percentage += (100 * error) / Math.abs(entry.actual);
    scaled += error / entry.scale;
  }
  const levels = points > 0 ? scored[0]!.forecast.intervals.map((interval) => interval.level) : [];
  const coverage = levels.map((level) => ({
    level,
    observed: scored.filter((entry) => {
      const interval = entry.forecast.intervals.find((candidate) => candidate.level === level)!;
      return interval.lower <= entry.actual && entry.actual <= interval.upper;
    }).length / points,
  }));
  const scaledIntervalScore = levels.map((level) => {
    const penalty = 2 / (1 - level / 100);
    const scores = scored
      .map((entry) => {
        const { lower, upper } = entry.forecast.intervals.find((candidate) => candidate.level === level)!;
        return (upper - lower + penalty * Math.max(lower - entry.actual, 0) + penalty * Math.max(entry.actual - upper, 0)) / entry.scale;
      })
      .sort((a, b) => a - b);
    return { level, mean: scores.reduce((sum, score) => sum + score, 0) / points, median: median(scores) };
  });
  return {
    points,
    symmetricMeanAbsolutePercentageError: symmetric / points,
    meanAbsolutePercentageError: percentage / points,
    meanAbsoluteScaledError: scaled / points,
    coverage,
    scaledIntervalScore,
  };
}
