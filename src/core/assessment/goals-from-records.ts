/**
 * Finds the goals of a region in its records and pairs each with its plan's base value:
 * a 14th-plan goal is measured from the 2020 value, a 13th-plan goal from 2015, a 2035 goal from the
 * 14th plan's base (2020). Only the preferred side of a conflict is used.
 */
import type { Catalog } from '../catalog/indicator-catalog.js';
import { isGoal, isObservation, isUsable, type IndicatorRecord } from '../records/indicator-record.js';
import { uniqueGoalIds } from './goal-id.js';
import type { GoalKind, PlanGoal } from './plan-goal.js';

const PLAN_BASE_YEAR: Readonly<Record<string, number>> = { '13th': 2015, '14th': 2020, '2035': 2020 };

function goalKind(record: IndicatorRecord): GoalKind {
  if (record.kind === 'cumulative') return 'cumulative-target';
  return record.kind === 'milestone' ? 'milestone' : 'target';
}

/** The plan's base year for a goal: from its plan period, else the latest observation before it. */
function baseYearFor(goal: IndicatorRecord, observations: readonly IndicatorRecord[]): number | undefined {
  if (goal.planPeriod !== undefined && PLAN_BASE_YEAR[goal.planPeriod] !== undefined) return PLAN_BASE_YEAR[goal.planPeriod];
  if (goal.kind === 'cumulative' && goal.periodStart !== undefined) return goal.periodStart - 1;
  const before = observations.filter((record) => record.year < goal.year).map((record) => record.year);
  return before.length > 0 ? Math.max(...before) : undefined;
}

export function goalsFromRecords(records: readonly IndicatorRecord[], catalog: Catalog, region: string): PlanGoal[] {
  const regionRecords = records.filter((record) => record.region === region && isUsable(record));
  // observations by indicator, indexed once (filtering them again for every goal was quadratic)
  const observationsOf = new Map<string, IndicatorRecord[]>();
  for (const record of regionRecords) {
    if (!isObservation(record)) continue;
    const list = observationsOf.get(record.indicator);
    if (list === undefined) observationsOf.set(record.indicator, [record]);
    else list.push(record);
  }
  const goals: Omit<PlanGoal, 'id'>[] = [];
  for (const record of regionRecords) {
    if (!isGoal(record)) continue;
    const definition = catalog.indicators.get(record.indicator);
    if (definition === undefined) continue;
    const observations = observationsOf.get(record.indicator) ?? [];
    const baseYear = baseYearFor(record, observations);
    // The base is an observation of the base year; a baseline record is preferred over an actual because
    // it is the number the plan itself measured its target from.
    const base =
      observations.find((candidate) => candidate.year === baseYear && candidate.kind === 'baseline') ??
      observations.find((candidate) => candidate.year === baseYear);
    const goal: Omit<PlanGoal, 'id'> = {
      region, indicator: record.indicator, kind: goalKind(record), year: record.year, value: record.value,
      comparator: record.comparator ?? 'exact', direction: definition.direction, record,
      ...(record.planPeriod !== undefined ? { planPeriod: record.planPeriod } : {}),
      ...(record.periodStart !== undefined ? { periodStart: record.periodStart } : {}),
      ...(base !== undefined ? { baseYear: base.year, baseValue: base.value } : {}),
    };
    goals.push(goal);
  }
  goals.sort((a, b) => a.indicator.localeCompare(b.indicator) || a.year - b.year || a.kind.localeCompare(b.kind) || (a.periodStart ?? 0) - (b.periodStart ?? 0) || a.value - b.value);
  const ids = uniqueGoalIds(goals);
  return goals.map((goal, index) => ({ id: ids[index]!, ...goal }));
}
