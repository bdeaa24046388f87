/**
 * Quantiles of simulated paths, year by year, for fan charts: 2.5/5/10/25/50/75/90/95/97.5 % — the 50 %
 * band is p25–p75, the 80 % band p10–p90, the 90 % band p05–p95 and the 95 % band p025–p975. Paths are stored
 * row-major (paths × horizon); each year's column is copied once into a scratch array and sorted.
 */
import { selectQuantiles } from './select-quantiles.js';

export const FAN_QUANTILES = [0.025, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.975] as const;

export interface YearQuantiles {
  year: number;
  p025: number;
  p05: number;
  p10: number;
  p25: number;
  p50: number;
  p75: number;
  p90: number;
  p95: number;
  p975: number;
}

/** Type-7 (linear interpolation) quantile of a sorted array, as R's default and numpy's. */
export function sortedQuantile(sorted: Float64Array, probability: number): number {
  const position = (sorted.length - 1) * probability;
  const lower = Math.floor(position);
  const upper = Math.min(lower + 1, sorted.length - 1);
  return sorted[lower]! + (position - lower) * (sorted[upper]! - sorted[lower]!);
}

export function yearColumn(paths: Float64Array, pathCount: number, horizon: number, step: number, target: Float64Array = new Float64Array(pathCount)): Float64Array {
  for (let path = 0; path < pathCount; path++) target[path] = paths[path * horizon + step]!;
  return target;
}

export function pathQuantiles(paths: Float64Array, pathCount: number, horizon: number, firstYear: number): YearQuantiles[] {
  const column = new Float64Array(pathCount);
  const result: YearQuantiles[] = [];
  for (let step = 0; step < horizon; step++) {
    yearColumn(paths, pathCount, horizon, step, column);
    const [p025, p05, p10, p25, p50, p75, p90, p95, p975] = selectQuantiles(column, FAN_QUANTILES) as [number, number, number, number, number, number, number, number, number];
    result.push({ year: firstYear + step, p025, p05, p10, p25, p50, p75, p90, p95, p975 });
  }
  return result;
}

/** The median of each year's column. */
export function pathMedians(paths: Float64Array, pathCount: number, horizon: number): Float64Array {
  const column = new Float64Array(pathCount);
  const medians = new Float64Array(horizon);
  for (let step = 0; step < horizon; step++) medians[step] = selectQuantiles(yearColumn(paths, pathCount, horizon, step, column), [0.5])[0]!;
  return medians;
}
