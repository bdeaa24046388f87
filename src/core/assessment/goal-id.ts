/**
 * A goal's stable identity: region, indicator, plan, year and kind — the same string in `feasibility
 * --json`, the report's result.json and the interactive session, so one goal can be followed across all
 * of them (and across runs). Two goals that would share an id (two cumulative periods ending in the same
 * year, say) are told apart by their period start, then by a counter.
 *
 *   goalId({ region: 'yubei', indicator: 'rd_intensity', planPeriod: '14th', year: 2025, kind: 'target' })
 *     → 'yubei/rd_intensity/14th/2025/target'
 */
import type { PlanGoal } from './plan-goal.js';

export type GoalIdentity = Pick<PlanGoal, 'region' | 'indicator' | 'year' | 'kind'> & { planPeriod?: string | undefined };

/** The plan part of an id: the goal's plan period, or `plan` when it names none. */
export function goalId(goal: GoalIdentity): string {
  return [goal.region, goal.indicator, goal.planPeriod ?? 'plan', String(goal.year), goal.kind].join('/');
}

/** Ids for a list of goals, unique within the list, in the list's order. */
export function uniqueGoalIds(goals: readonly (GoalIdentity & { periodStart?: number | undefined })[]): string[] {
  const base = goals.map(goalId);
  const counts = new Map<string, number>();
  for (const id of base) counts.set(id, (counts.get(id) ?? 0) + 1);
  const used = new Set<string>();
  return base.map((id, index) => {
    let candidate = id;
    const periodStart = goals[index]!.periodStart;
    if (counts.get(id)! > 1 && periodStart !== undefined) candidate = `${id}/${periodStart}`;
    for (let suffix = 2; used.has(candidate); suffix++) candidate = `${id}#${suffix}`;
    used.add(candidate);
    return candidate;
  });
}
