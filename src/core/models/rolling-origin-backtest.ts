/**
 * Rolling-origin (leave-last-out) backtest of one family on one series.
 *
 * For each origin — the first n − h, n − h + 1, …, n − 1 observations, h = `holdout` — the family is
 * refitted on the points up to the origin and forecasts every later observed year; each forecast is
 * scored against what happened: absolute percentage error, and whether each interval covered the
 * actual value. All families are scored at the same origins, so their errors compare like with like;
 * a family that cannot fit at some origin is not ranked (and the result says why).
 * Caveat: the fit context (the pooled growth prior) is the caller's, computed from other series over
 * all their years, so families that borrow from it see a little of the held-out period's growth
 * elsewhere; pass a prior that excludes the series itself so that at least its own future is unseen.
 *
 * Reference: Tashman (2000), "Out-of-sample tests of forecasting accuracy", Int. J. Forecasting 16;
 * Hyndman & Athanasopoulos, FPP3 §5.10 (time-series cross-validation).
 */
import type { ObservedSeries } from '../series/observed-series.js';
import type { AnyModelFamily, FitContext } from './model-family.js';

export interface BacktestPoint {
  originYear: number;
  year: number;
  actual: number;
  forecast: number;
  /** |forecast − actual| / |actual| × 100; null when the actual is 0 */
  absolutePercentageError: number | null;
  covered: { level: number; covered: boolean }[];
}

export interface BacktestResult {
  family: string;
  /** true when the family fitted at every origin (and so can be ranked) */
  complete: boolean;
  points: BacktestPoint[];
  /** mean absolute percentage error over the scored points, in percent */
  meanAbsolutePercentageError: number | null;
  coverage: { level: number; covered: number; total: number }[];
  /** why the backtest is incomplete or empty */
  note?: string;
}

/** The number of observations at each origin, oldest first (empty when there are too few points). */
export function backtestOrigins(observationCount: number, holdout: number): number[] {
  const first = Math.max(observationCount - holdout, 1);
  return Array.from({ length: Math.max(observationCount - first, 0) }, (_, index) => first + index);
}

export function rollingOriginBacktest(
  family: AnyModelFamily,
  settings: unknown,
  series: ObservedSeries,
  context: FitContext,
  holdout: number,
  levels: readonly number[],
): BacktestResult {
  const origins = backtestOrigins(series.years.length, holdout);
  const points: BacktestPoint[] = [];
  const failures: string[] = [];
  for (const size of origins) {
    const training: ObservedSeries = { ...series, years: series.years.slice(0, size), values: series.values.slice(0, size) };
    const originYear = training.years[size - 1]!;
    if (size < family.minimumObservations) {
      failures.push(`origin ${originYear}: ${size} point(s), the family needs ${family.minimumObservations}`);
      continue;
    }
    let outcome;
    try {
      outcome = family.fit(training, settings, context);
    } catch (error) {
      failures.push(`origin ${originYear}: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    if (!outcome.ok) {
      failures.push(`origin ${originYear}: ${outcome.reason}`);
      continue;
    }
    const heldYears = series.years.slice(size);
    const horizon = heldYears[heldYears.length - 1]! - originYear;
    const forecast = family.forecast(outcome.model, horizon, levels);
    heldYears.forEach((year, offset) => {
      const index = year - originYear - 1;
      const actual = series.values[size + offset]!;
      const predicted = forecast.point[index]!;
      points.push({
        originYear,
        year,
        actual,
        forecast: predicted,
        absolutePercentageError: actual === 0 ? null : (Math.abs(predicted - actual) / Math.abs(actual)) * 100,
        covered: forecast.intervals.map((interval) => ({
          level: interval.level,
          covered: interval.lower[index]! <= actual && actual <= interval.upper[index]!,
        })),
      });
    });
  }
  const errors = points.map((point) => point.absolutePercentageError).filter((error): error is number => error !== null);
  const complete = origins.length > 0 && failures.length === 0;
  return {
    family: family.id,
    complete,
    points,
    meanAbsolutePercentageError: errors.length > 0 ? errors.reduce((sum, error) => sum + error, 0) / errors.length : null,
    coverage: levels.map((level) => ({
      level,
      covered: points.filter((point) => point.covered.find((entry) => entry.level === level)?.covered).length,
      total: points.length,
    })),
    ...(origins.length === 0
      ? { note: 'no backtest: too few observations to hold any out' }
      : failures.length > 0
        ? { note: `not ranked: could not fit at every origin (${failures.join('; ')})` }
        : {}),
  };
}
