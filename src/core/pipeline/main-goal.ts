/**
 * The goal an indicator is summarised by (in tables, sensitivity and the interactive session): its
 * 14th-plan end target if it has one, else its nearest goal after the latest observation, else its
 * latest goal.
 */
import type { PlanGoal } from '../assessment/plan-goal.js';

export function mainGoal(goals: readonly PlanGoal[], latestYear: number | undefined): PlanGoal | undefined {
  const levelGoals = goals.filter((goal) => goal.kind !== 'milestone');
  const fourteenth = levelGoals.find((goal) => goal.planPeriod === '14th' && goal.year === 2025 && goal.kind === 'target');
  if (fourteenth) return fourteenth;
  const future = levelGoals.filter((goal) => latestYear === undefined || goal.year > latestYear).sort((a, b) => a.year - b.year);
  if (future[0]) return future[0];
  return [...goals].sort((a, b) => b.year - a.year)[0];
}
