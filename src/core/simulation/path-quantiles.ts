/**
 * Quantiles of simulated paths, year by year, for fan charts: 2.5/5/10/25/50/75/90/95/97.5 % — the 50 %
 * band is p25–p75, the 80 % band p10–p90, the 90 % band p05–p95 and the 95 % band p025–p975. Paths are stored
 * row-major (paths × horizon); each year's column is selected in place, read with a stride, neither copied
 * nor reordered (select-quantiles.ts).
 */
import { stridedQuantilesInto } from './select-quantiles.js';

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

/**
 * Type-7 quantiles of every year's column for `probabilities`, written year by year into `target`
 * (horizon × probabilities.length), read in place from the row-major paths. (Laying the paths out column
 * by column first was measured slower, at 5 and at 15 years.)
 */
export function yearQuantilesInto(paths: Float64Array, pathCount: number, horizon: number, probabilities: readonly number[], target: Float64Array): Float64Array {
  for (let step = 0; step < horizon; step++) stridedQuantilesInto(paths, step, horizon, pathCount, probabilities, target, step * probabilities.length);
  return target;
}

/**
 * Quantiles already computed, per paths array: simulated paths are never changed once made, and the same
 * array comes back often — a scenario without levers on an indicator returns its baseline paths, and the
 * spread, plan-path and pipeline levers all start from the baseline's medians — so each is selected once.
 * Keyed weakly: the memo goes with the paths. An array handed to pathQuantiles or pathMedians must not be
 * changed afterwards (apply-scenario.ts changes only arrays it made, and selects their medians unmemoised).
 */
interface Memo {
  pathCount: number;
  horizon: number;
  values: Float64Array;
}
const fanMemo = new WeakMap<Float64Array, Memo>();
const medianMemo = new WeakMap<Float64Array, Memo>();

function memoised(memo: WeakMap<Float64Array, Memo>, paths: Float64Array, pathCount: number, horizon: number, probabilities: readonly number[]): Float64Array {
  const known = memo.get(paths);
  if (known !== undefined && known.pathCount === pathCount && known.horizon === horizon) return known.values;
  const values = yearQuantilesInto(paths, pathCount, horizon, probabilities, new Float64Array(horizon * probabilities.length));
  memo.set(paths, { pathCount, horizon, values });
  return values;
}

export function pathQuantiles(paths: Float64Array, pathCount: number, horizon: number, firstYear: number): YearQuantiles[] {
  const values = memoised(fanMemo, paths, pathCount, horizon, FAN_QUANTILES);
  const result: YearQuantiles[] = [];
  for (let step = 0, at = 0; step < horizon; step++, at += FAN_QUANTILES.length) {
    result.push({ year: firstYear + step, p025: values[at]!, p05: values[at + 1]!, p10: values[at + 2]!, p25: values[at + 3]!, p50: values[at + 4]!, p75: values[at + 5]!, p90: values[at + 6]!, p95: values[at + 7]!, p975: values[at + 8]! });
  }
  return result;
}

const MEDIAN = [0.5] as const;

/** The median of each year's column. */
export function pathMedians(paths: Float64Array, pathCount: number, horizon: number): Float64Array {
  return memoised(medianMemo, paths, pathCount, horizon, MEDIAN).slice();
}
