/**
 * What the simulated paths say about one goal: the goal-year values (or, for a cumulative goal, the sums
 * over its period), the share meeting the goal and the share beating it by a margin (the chongqing
 * preset's 预计可超额完成), the median and 80 % range, and the year the goal is first reached.
 */
import { goalTest, meetsGoal, type PlanGoal } from '../assessment/plan-goal.js';
import { exceedThreshold } from '../assessment/chongqing-preset.js';
import type { IndicatorPaths } from '../simulation/indicator-paths.js';
import { selectQuantiles } from '../simulation/select-quantiles.js';
import { cumulativeSums } from './cumulative-sum.js';
import type { ReachYear } from './goal-assessment.js';

export interface SimulatedOutcome {
  probability: number;
  exceedProbability: number;
  median: number;
  range80: [number, number];
  reachYear: ReachYear | null;
  notes: string[];
}

function reachYear(goal: PlanGoal, paths: IndicatorPaths): ReachYear {
  const { pathCount, horizon, firstYear, values } = paths;
  const reached = new Float64Array(pathCount);
  const meets = goalTest(goal);
  let count = 0;
  for (let path = 0; path < pathCount; path++) {
    for (let step = 0; step < horizon; step++) {
      if (meets(values[path * horizon + step]!)) {
        reached[count++] = firstYear + step;
        break;
      }
    }
  }
  if (count === 0) return { median: null, p10: null, p90: null, shareNotReached: 1 };
  const sorted = reached.subarray(0, count).sort();
  // Quantiles over all paths, those never reaching it counting as "later than the horizon".
  const atShare = (share: number): number | null => (share * pathCount < count ? sorted[Math.min(count - 1, Math.floor(share * pathCount))]! : null);
  return { median: atShare(0.5), p10: atShare(0.1), p90: atShare(0.9), shareNotReached: 1 - count / pathCount };
}

/** The outcome of the paths, or the reason there is none (a note). */
export function simulatedOutcome(goal: PlanGoal, paths: IndicatorPaths, observed: ReadonlyMap<number, number>, latest: { year: number; value: number }, exceedMargin: number): SimulatedOutcome | { note: string } {
  const notes: string[] = [];
  let outcomes: Float64Array;
  let reach: ReachYear | null = null;
  if (goal.kind === 'cumulative-target' && goal.periodStart !== undefined) {
    const sums = cumulativeSums({ periodStart: goal.periodStart, periodEnd: goal.year, observed, firstYear: paths.firstYear, horizon: paths.horizon, pathCount: paths.pathCount, values: paths.values });
    if (sums === undefined) return { note: `the years ${goal.periodStart}–${goal.year} are neither all observed nor all projected` };
    if (sums.interpolatedYears.length > 0) notes.push(`missing years ${sums.interpolatedYears.join(', ')} of the summed period were interpolated geometrically`);
    outcomes = sums.sums;
  } else {
    const step = goal.year - paths.firstYear;
    if (step < 0 || step >= paths.horizon) return { note: `the goal year ${goal.year} lies outside the projection (${paths.firstYear}–${paths.firstYear + paths.horizon - 1})` };
    outcomes = new Float64Array(paths.pathCount);
    for (let path = 0; path < paths.pathCount; path++) outcomes[path] = paths.values[path * paths.horizon + step]!;
    reach = meetsGoal(latest.value, goal) ? { median: latest.year, p10: latest.year, p90: latest.year, shareNotReached: 0 } : reachYear(goal, paths);
  }
  const meets = goalTest(goal);
  const beyond = exceedThreshold(goal.value, goal.direction, exceedMargin);
  const exceeds = goal.direction === 'lower-is-better' ? (value: number) => value <= beyond : (value: number) => value >= beyond;
  let met = 0;
  let exceeded = 0;
  for (let path = 0; path < outcomes.length; path++) {
    const value = outcomes[path]!;
    if (meets(value)) met++;
    if (exceeds(value)) exceeded++;
  }
  const [p10, p50, p90] = selectQuantiles(outcomes.slice(), [0.1, 0.5, 0.9]) as [number, number, number];
  return { probability: met / outcomes.length, exceedProbability: exceeded / outcomes.length, median: p50, range80: [p10, p90], reachYear: reach, notes };
}
