/**
 * The plan under evaluation — the "current plan" — read from the calendar: the five-year plan that
 * contains the assessment year (the --as-of year, else the latest observation). A plan's last year is
 * also the next plan's base year, so at that year both are in view: the finished plan's final
 * evaluation and the next plan's start. When the region has goals of the next plan, the next plan is the
 * current one (its base is observed and its goals lie ahead); otherwise the finished plan is, and its
 * goals are judged on that year (the final evaluation, 总结评估).
 *
 *   year 2023 → the plan covering 2023; year 2025 with goals of the plan after it → that next plan
 */
import { nextPlan, planContaining, type PlanCalendar, type PlanDefinition } from './plan-calendar.js';

export function currentPlan(calendar: PlanCalendar, year: number | undefined, plansWithGoals: ReadonlySet<string> = new Set()): PlanDefinition | undefined {
  if (year === undefined) return undefined;
  const containing = planContaining(calendar, year);
  if (containing === undefined) {
    // before or between the calendar's plans: the first plan that starts after the year
    return calendar.plans.filter((plan) => plan.kind === 'five-year' && plan.firstYear > year).sort((a, b) => a.firstYear - b.firstYear)[0];
  }
  if (containing.lastYear === year) {
    const following = nextPlan(calendar, containing);
    if (following !== undefined && plansWithGoals.has(following.id)) return following;
  }
  return containing;
}

/** Whether a goal of `plan` belongs to a plan that ended before the current one began (the previous plans' table). */
export function isEarlierPlan(plan: PlanDefinition | undefined, goalYear: number, current: PlanDefinition | undefined): boolean {
  if (current === undefined) return false;
  if (plan === undefined) return goalYear < current.firstYear;
  return plan.kind === 'five-year' && plan.lastYear < current.firstYear;
}
