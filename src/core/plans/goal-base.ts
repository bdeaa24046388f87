/**
 * Which plan a goal belongs to and the base it is measured from, read from the plan calendar:
 *
 * - the plan: the goal record's own (`plan` column), else the five-year plan covering the goal's year,
 *   else a long-range plan ending in it (plan-calendar.ts); goals tagged `other` belong to no plan;
 * - the base: a `baseline` record names it — the latest baseline of the goal's plan before the goal
 *   year; else an untagged baseline in the plan's base year; else the latest untagged baseline before the
 *   goal year that is no other plan's base year (a district's own base year) — and failing those the
 *   observation of the plan's base year. A cumulative goal is measured from the year before its period.
 *   A goal outside any plan is measured from the latest observation before it.
 *
 * A baseline record is preferred over an actual of the same year: it is the number the plan itself
 * measured its target from.
 */
import type { IndicatorRecord } from '../records/indicator-record.js';
import { findPlan, planOfGoalYear, type PlanCalendar, type PlanDefinition } from './plan-calendar.js';
import { OUTSIDE_ANY_PLAN } from './plan-reference.js';

/** The plan of a goal record: its tag, else the plan its year falls in; undefined for goals outside any plan. */
export function planOfGoal(record: Pick<IndicatorRecord, 'planPeriod' | 'year'>, calendar: PlanCalendar): PlanDefinition | undefined {
  if (record.planPeriod === OUTSIDE_ANY_PLAN) return undefined;
  if (record.planPeriod !== undefined) return findPlan(calendar, record.planPeriod);
  return planOfGoalYear(calendar, record.year);
}

/** The plan id a goal carries: its own tag, the inferred plan, or none. */
export function planIdOfGoal(record: Pick<IndicatorRecord, 'planPeriod' | 'year'>, calendar: PlanCalendar): string | undefined {
  return record.planPeriod ?? planOfGoal(record, calendar)?.id;
}

/** The base year of a goal (undefined when nothing fixes one). */
export function baseYearOfGoal(goal: IndicatorRecord, observations: readonly IndicatorRecord[], calendar: PlanCalendar): number | undefined {
  if (goal.kind === 'cumulative' && goal.periodStart !== undefined) return goal.periodStart - 1;
  const plan = planOfGoal(goal, calendar);
  const before = observations.filter((record) => record.year < goal.year);
  if (plan === undefined) {
    // outside any plan (or a plan the calendar lacks): the latest observation before the goal
    const years = before.map((record) => record.year);
    return years.length > 0 ? Math.max(...years) : undefined;
  }
  const baselines = before.filter((record) => record.kind === 'baseline');
  const latest = (records: readonly IndicatorRecord[]): number | undefined => (records.length > 0 ? Math.max(...records.map((record) => record.year)) : undefined);
  const tagged = latest(baselines.filter((record) => record.planPeriod === plan.id));
  if (tagged !== undefined) return tagged;
  const untagged = baselines.filter((record) => record.planPeriod === undefined);
  if (untagged.some((record) => record.year === plan.baseYear)) return plan.baseYear;
  const otherBaseYears = new Set(calendar.plans.filter((candidate) => candidate.id !== plan.id).map((candidate) => candidate.baseYear));
  const own = latest(untagged.filter((record) => !otherBaseYears.has(record.year)));
  return own ?? plan.baseYear;
}

/** The observation a goal is measured from: a baseline record of the base year before an actual. */
export function baseObservation(baseYear: number | undefined, observations: readonly IndicatorRecord[], plan: string | undefined): IndicatorRecord | undefined {
  if (baseYear === undefined) return undefined;
  const ofYear = observations.filter((record) => record.year === baseYear);
  return ofYear.find((record) => record.kind === 'baseline' && record.planPeriod === plan) ?? ofYear.find((record) => record.kind === 'baseline') ?? ofYear[0];
}
