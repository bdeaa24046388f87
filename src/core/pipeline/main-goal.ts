/**
 * The goal an indicator is summarised by (in tables, sensitivity and the interactive session): the
 * current plan's end target (plans/current-plan.ts) if it is still ahead of the latest observation,
 * else its nearest target or cumulative goal after the latest observation, else the current plan's end
 * target, else its latest goal.
 */
import type { PlanGoal } from '../assessment/plan-goal.js';
import type { PlanDefinition } from '../plans/plan-calendar.js';

export function mainGoal(goals: readonly PlanGoal[], latestYear: number | undefined, current?: PlanDefinition): PlanGoal | undefined {
  const levelGoals = goals.filter((goal) => goal.kind !== 'milestone');
  const planEnd = current === undefined ? undefined : levelGoals.find((goal) => goal.planPeriod === current.id && goal.year === current.lastYear && goal.kind === 'target');
  const ahead = (goal: PlanGoal): boolean => latestYear === undefined || goal.year > latestYear;
  if (planEnd !== undefined && ahead(planEnd)) return planEnd;
  const future = levelGoals.filter(ahead).sort((a, b) => a.year - b.year);
  if (future[0]) return future[0];
  if (planEnd !== undefined) return planEnd;
  return [...goals].sort((a, b) => b.year - a.year)[0];
}
