/**
 * What the simulated paths say about one goal: the goal-year values (or, for a cumulative goal, the sums
 * over its period), the share meeting the goal and the share beating it by a margin (the chongqing
 * preset's 预计可超额完成), the median and 80 % range, and the year the goal is first reached.
 */
import { goalThreshold, meetsGoal, type PlanGoal } from '../assessment/plan-goal.js';
import { exceedThreshold } from '../assessment/chongqing-preset.js';
import type { IndicatorPaths } from '../simulation/indicator-paths.js';
import { stridedQuantilesInto } from '../simulation/select-quantiles.js';
import { cumulativeSums } from './cumulative-sum.js';
import type { ReachYear } from './goal-assessment.js';
import { countMeetingGoal } from './share-meeting-goal.js';

export interface SimulatedOutcome {
  probability: number;
  exceedProbability: number;
  median: number;
  range80: [number, number];
  reachYear: ReachYear | null;
  notes: string[];
}

/** How many paths first meet the threshold in each projected year; one plain loop per relation, as countMeetingGoal. */
function firstYearsMeeting(values: Float64Array, pathCount: number, horizon: number, threshold: number, relation: ReturnType<typeof goalThreshold>['relation'], firstMet: Int32Array): number {
  let count = 0;
  for (let path = 0, base = 0; path < pathCount; path++, base += horizon) {
    let step = 0;
    if (relation === 'at-least') while (step < horizon && !(values[base + step]! >= threshold)) step++;
    else if (relation === 'above') while (step < horizon && !(values[base + step]! > threshold)) step++;
    else if (relation === 'at-most') while (step < horizon && !(values[base + step]! <= threshold)) step++;
    else while (step < horizon && !(values[base + step]! < threshold)) step++;
    if (step < horizon) {
      firstMet[step]!++;
      count++;
    }
  }
  return count;
}

function reachYear(goal: PlanGoal, paths: IndicatorPaths): ReachYear {
  const { pathCount, horizon, firstYear, values } = paths;
  const { threshold, relation } = goalThreshold(goal);
  // how many paths first meet the goal in each projected year
  const firstMet = new Int32Array(horizon);
  const count = firstYearsMeeting(values, pathCount, horizon, threshold, relation, firstMet);
  if (count === 0) return { median: null, p10: null, p90: null, shareNotReached: 1 };
  // Quantiles over all paths, those never reaching it counting as "later than the horizon": the year of
  // the path at that rank among the reaching paths ordered by year.
  const atShare = (share: number): number | null => {
    if (!(share * pathCount < count)) return null;
    const rank = Math.min(count - 1, Math.floor(share * pathCount));
    let reached = 0;
    for (let step = 0; step < horizon; step++) {
      reached += firstMet[step]!;
      if (rank < reached) return firstYear + step;
    }
    return null;
  };
  return { median: atShare(0.5), p10: atShare(0.1), p90: atShare(0.9), shareNotReached: 1 - count / pathCount };
}

const OUTCOME_QUANTILES = [0.1, 0.5, 0.9] as const;

/**
 * The outcome of the paths, or the reason there is none (a note). With detail 'probability' only the
 * probability is read: the excess share, median and range are NaN and the reach year null.
 */
export function simulatedOutcome(goal: PlanGoal, paths: IndicatorPaths, observed: ReadonlyMap<number, number>, latest: { year: number; value: number }, exceedMargin: number, detail: 'full' | 'probability' = 'full'): SimulatedOutcome | { note: string } {
  const notes: string[] = [];
  // The outcomes, read in place: the goal year's column of the paths, or the period sums.
  let outcomes: Float64Array;
  let offset = 0;
  let stride = 1;
  let count: number;
  let reach: ReachYear | null = null;
  if (goal.kind === 'cumulative-target' && goal.periodStart !== undefined) {
    const sums = cumulativeSums({ periodStart: goal.periodStart, periodEnd: goal.year, observed, firstYear: paths.firstYear, horizon: paths.horizon, pathCount: paths.pathCount, values: paths.values });
    if (sums === undefined) return { note: `the years ${goal.periodStart}–${goal.year} are neither all observed nor all projected` };
    if (sums.interpolatedYears.length > 0) notes.push(`missing years ${sums.interpolatedYears.join(', ')} of the summed period were interpolated geometrically`);
    outcomes = sums.sums;
    count = outcomes.length;
  } else {
    const step = goal.year - paths.firstYear;
    if (step < 0 || step >= paths.horizon) return { note: `the goal year ${goal.year} lies outside the projection (${paths.firstYear}–${paths.firstYear + paths.horizon - 1})` };
    outcomes = paths.values;
    offset = step;
    stride = paths.horizon;
    count = paths.pathCount;
    if (detail === 'full') reach = meetsGoal(latest.value, goal) ? { median: latest.year, p10: latest.year, p90: latest.year, shareNotReached: 0 } : reachYear(goal, paths);
  }
  const met = countMeetingGoal(goal, outcomes, offset, stride, count);
  if (detail === 'probability') return { probability: met / count, exceedProbability: Number.NaN, median: Number.NaN, range80: [Number.NaN, Number.NaN], reachYear: null, notes };
  const beyond = exceedThreshold(goal.value, goal.direction, exceedMargin);
  const exceeded = countMeetingGoal({ value: beyond, comparator: goal.direction === 'lower-is-better' ? 'at-most' : 'at-least', direction: goal.direction }, outcomes, offset, stride, count);
  const quantiles = stridedQuantilesInto(outcomes, offset, stride, count, OUTCOME_QUANTILES, new Float64Array(OUTCOME_QUANTILES.length));
  return { probability: met / count, exceedProbability: exceeded / count, median: quantiles[1]!, range80: [quantiles[0]!, quantiles[2]!], reachYear: reach, notes };
}
