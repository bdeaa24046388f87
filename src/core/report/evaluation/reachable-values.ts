/**
 * The value a goal can be set at so that it is met with a stated probability: a quantile of the simulated
 * goal-year values (or, for a cumulative goal, of the period sums) — for a higher-is-better indicator the
 * (1 − p) quantile, for a lower-is-better one the p quantile — rounded to three significant digits in the
 * safe direction (down for higher-is-better, up for lower-is-better; counts to whole numbers), so the
 * probability of meeting the rounded value is at least p.
 */
import type { Direction } from '../../catalog/indicator-catalog.js';
import { cumulativeSums } from '../../feasibility/cumulative-sum.js';
import type { IndicatorPaths } from '../../simulation/indicator-paths.js';
import { stridedQuantilesInto } from '../../simulation/select-quantiles.js';

export interface ReachableRequest {
  year: number;
  direction: Direction;
  /** count indicators round to whole numbers */
  wholeNumbers: boolean;
  /** cumulative goals: the first summed year and the observed values of the period */
  cumulative?: { periodStart: number; observed: ReadonlyMap<number, number> };
}

/** Rounds to three significant digits towards the safe side. */
export function roundSafely(value: number, direction: Direction, wholeNumbers: boolean): number {
  if (!Number.isFinite(value) || value === 0) return value;
  const digits = 2 - Math.floor(Math.log10(Math.abs(value)));
  const scale = 10 ** (wholeNumbers ? Math.min(digits, 0) : digits);
  const rounded = direction === 'higher-is-better' ? Math.floor(value * scale) / scale : Math.ceil(value * scale) / scale;
  // undo binary noise: 4.8 * 100 / 100 must stay 4.8
  return Number(rounded.toPrecision(12));
}

/** The values reachable with each probability, or undefined when the year lies outside the paths. */
export function reachableValues(paths: IndicatorPaths, request: ReachableRequest, confidences: readonly number[]): number[] | undefined {
  let outcomes = paths.values;
  let offset = 0;
  let stride = 1;
  let count = paths.pathCount;
  if (request.cumulative !== undefined) {
    const sums = cumulativeSums({ periodStart: request.cumulative.periodStart, periodEnd: request.year, observed: request.cumulative.observed, firstYear: paths.firstYear, horizon: paths.horizon, pathCount: paths.pathCount, values: paths.values });
    if (sums === undefined) return undefined;
    outcomes = sums.sums;
  } else {
    const step = request.year - paths.firstYear;
    if (step < 0 || step >= paths.horizon) return undefined;
    offset = step;
    stride = paths.horizon;
  }
  const probabilities = confidences.map((confidence) => (request.direction === 'higher-is-better' ? 1 - confidence : confidence));
  const quantiles = stridedQuantilesInto(outcomes, offset, stride, count, probabilities, new Float64Array(probabilities.length));
  return [...quantiles].map((value) => roundSafely(value, request.direction, request.wholeNumbers));
}
