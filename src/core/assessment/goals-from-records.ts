/**
 * Finds the goals of a region in its records and pairs each with its plan and the plan's base value, read
 * from the plan calendar (plans/goal-base.ts: the plan's base year, or the year a baseline record names).
 * Only the preferred side of a conflict is used.
 */
import type { Catalog } from '../catalog/indicator-catalog.js';
import { isGoal, isObservation, isUsable, type IndicatorRecord } from '../records/indicator-record.js';
import { baseObservation, baseYearOfGoal, planIdOfGoal } from '../plans/goal-base.js';
import { uniqueGoalIds } from './goal-id.js';
import type { GoalKind, PlanGoal } from './plan-goal.js';

function goalKind(record: IndicatorRecord): GoalKind {
  if (record.kind === 'cumulative') return 'cumulative-target';
  return record.kind === 'milestone' ? 'milestone' : 'target';
}

/** Running totals reported for a cumulative goal's period: `cumulative` records without a comparator. */
function reportedTotalsOf(goal: IndicatorRecord, records: readonly IndicatorRecord[]): Pick<PlanGoal, 'reportedTotals'> {
  const totals = records
    .filter((record) => record.indicator === goal.indicator && record.kind === 'cumulative' && record.comparator === undefined && record.periodStart === goal.periodStart && record.year <= goal.year)
    .map((record) => ({ year: record.year, value: record.value }))
    .sort((a, b) => a.year - b.year);
  return totals.length > 0 ? { reportedTotals: totals } : {};
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
    const planPeriod = planIdOfGoal(record, catalog.plans);
    const baseYear = baseYearOfGoal(record, observations, catalog.plans);
    const base = baseObservation(baseYear, observations, planPeriod);
    const goal: Omit<PlanGoal, 'id'> = {
      region, indicator: record.indicator, kind: goalKind(record), year: record.year, value: record.value,
      comparator: record.comparator ?? 'exact', direction: definition.direction, record,
      ...(planPeriod !== undefined ? { planPeriod } : {}),
      ...(record.periodStart !== undefined ? { periodStart: record.periodStart } : {}),
      ...(base !== undefined ? { baseYear: base.year, baseValue: base.value } : {}),
      ...(record.kind === 'cumulative' && record.periodStart !== undefined ? reportedTotalsOf(record, regionRecords) : {}),
    };
    goals.push(goal);
  }
  goals.sort((a, b) => a.indicator.localeCompare(b.indicator) || a.year - b.year || a.kind.localeCompare(b.kind) || (a.periodStart ?? 0) - (b.periodStart ?? 0) || a.value - b.value);
  const ids = uniqueGoalIds(goals);
  return goals.map((goal, index) => ({ id: ids[index]!, ...goal }));
}
