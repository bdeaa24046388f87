/**
 * A goal whose year has passed, judged on its own year's value: met or missed, and by how much (DOMAIN.md:
 * "A goal whose year has passed is judged on its own year's value"; the 13th plan's final evaluation
 * tables give the 2020 actual beside the 2020 target). The margin is signed in the direction of
 * improvement: positive = better than the target (above it for higher-is-better indicators, below it for
 * lower-is-better ones), and relative to the target's size.
 *
 *   target ≥ 3.5, 2020 value 4.4 → met, margin +0.9 (+25.7 %)
 */
import { meetsGoal, type PlanGoal } from '../assessment/plan-goal.js';

export interface PassedGoalJudgement {
  met: boolean;
  /** value − target in the direction of improvement */
  margin: number;
  /** margin / |target|; undefined for a zero target */
  marginShare: number | undefined;
}

export function judgePassedGoal(goal: Pick<PlanGoal, 'value' | 'comparator' | 'direction'>, value: number): PassedGoalJudgement {
  const margin = goal.direction === 'lower-is-better' ? goal.value - value : value - goal.value;
  return { met: meetsGoal(value, goal), margin, marginShare: goal.value === 0 ? undefined : margin / Math.abs(goal.value) };
}
