/**
 * Which plan an evaluation is of, and whether it is the mid-term (中期评估) or the final evaluation
 * (总结评估), read against the plan calendar:
 *
 *   --as-of YEAR given: the latest five-year plan with goals in the region that has begun by YEAR
 *   no --as-of:         the current plan (plans/current-plan.ts: at a plan's last year, the next plan when
 *                       its goals are set), or, when the region has no goals of it, the latest plan with goals
 *                       that has begun
 *   final when the year is the plan's last year or later; mid-term otherwise
 *
 * So `--as-of 2025` (or 2026) gives the 14th plan's final evaluation even when 15th-plan goals are in the
 * data, `--as-of 2023` its mid-term evaluation, and the bundled data (ending in 2020, with 14th-plan goals)
 * the 14th plan's mid-term evaluation before any of its years is observed.
 *
 * Goals fall into the evaluated plan's table, the long-range goals set beside it, later plans' goals and
 * earlier plans' results; a goal of no calendar plan (the Science City's 2023 goals) by its year.
 */
import { fiveYearPlans, findPlan, type PlanCalendar, type PlanDefinition } from '../../plans/plan-calendar.js';
import type { EvaluatedPlan, EvaluationKind, GoalGroup } from './evaluation-model.js';

export interface PlanChoice {
  plan: PlanDefinition | undefined;
  kind: EvaluationKind;
}

function latestBegun(calendar: PlanCalendar, year: number, withGoals: ReadonlySet<string>): PlanDefinition | undefined {
  return fiveYearPlans(calendar).filter((plan) => withGoals.has(plan.id) && plan.firstYear <= year).at(-1);
}

export function chooseEvaluatedPlan(calendar: PlanCalendar, year: number | undefined, asOfGiven: boolean, current: PlanDefinition | undefined, withGoals: ReadonlySet<string>): PlanChoice {
  if (year === undefined) return { plan: current, kind: 'mid-term' };
  let plan: PlanDefinition | undefined;
  if (asOfGiven) plan = latestBegun(calendar, year, withGoals) ?? current;
  else plan = current !== undefined && withGoals.has(current.id) ? current : latestBegun(calendar, year, withGoals) ?? current;
  return { plan, kind: plan !== undefined && year >= plan.lastYear ? 'final' : 'mid-term' };
}

export function evaluatedPlanOf(plan: PlanDefinition, withGoals: ReadonlySet<string>): EvaluatedPlan {
  return { id: plan.id, name: plan.name, firstYear: plan.firstYear, lastYear: plan.lastYear, baseYear: plan.baseYear, hasOwnGoals: withGoals.has(plan.id) };
}

/** The table a goal belongs to in an evaluation of `evaluated`. */
export function goalGroup(goal: { planPeriod: string | null; targetYear: number }, evaluated: PlanDefinition | undefined, calendar: PlanCalendar): GoalGroup {
  if (evaluated === undefined) return 'evaluated';
  if (goal.planPeriod === evaluated.id) return 'evaluated';
  const plan = findPlan(calendar, goal.planPeriod ?? undefined);
  if (plan?.kind === 'long-range') return 'long-range';
  if (plan?.kind === 'five-year') {
    if (plan.firstYear > evaluated.lastYear) return 'next';
    if (plan.lastYear < evaluated.firstYear) return 'earlier';
  }
  if (goal.targetYear > evaluated.lastYear) return 'next';
  if (goal.targetYear <= evaluated.baseYear) return 'earlier';
  return 'evaluated';
}
