/**
 * How many simulated values meet a goal — the count behind every probability plancast reports
 * (assess-goal.ts). The goal's rule (comparator, direction, the 左右 tolerance) is resolved once into a
 * threshold and a comparison; the values are read with a stride, so a year's column of row-major paths (path × horizon) is
 * counted in place, without copying it out.
 */
import { goalThreshold, type PlanGoal } from '../assessment/plan-goal.js';

type GoalRule = Pick<PlanGoal, 'value' | 'comparator' | 'direction'>;

/** The number of values[offset + i·stride], i < count, that meet the goal (one plain loop per comparison). */
export function countMeetingGoal(goal: GoalRule, values: Float64Array, offset = 0, stride = 1, count = values.length): number {
  const { threshold, relation } = goalThreshold(goal);
  const end = offset + count * stride;
  let met = 0;
  if (relation === 'at-least') for (let at = offset; at < end; at += stride) met += values[at]! >= threshold ? 1 : 0;
  else if (relation === 'above') for (let at = offset; at < end; at += stride) met += values[at]! > threshold ? 1 : 0;
  else if (relation === 'at-most') for (let at = offset; at < end; at += stride) met += values[at]! <= threshold ? 1 : 0;
  else for (let at = offset; at < end; at += stride) met += values[at]! < threshold ? 1 : 0;
  return met;
}

/** The share of paths (row-major, pathCount × horizon) whose value at `step` meets the goal. */
export function shareMeetingGoal(goal: GoalRule, paths: Float64Array, pathCount: number, horizon: number, step: number): number {
  return countMeetingGoal(goal, paths, step, horizon, pathCount) / pathCount;
}
