/**
 * The data request a bureau sends to its departments before an evaluation: one row per goal indicator
 * of the plan in view and per year that has no value yet — from the plan's base year (if the base itself
 * is missing) to the assessment year — with the unit, the goal's attribute, the plan and an empty value
 * column. Filled in, the sheet reads back through --data unchanged: its columns are the data file's
 * (region, indicator, year, kind, value, unit, plan); the others (name, goal_attribute, note) are for
 * the reader and ignored on reading.
 *
 *   dataRequestRows(dataset, 'yubei', 2023) → yubei/rd_intensity/2021, 2022, 2023 (actual), … one per gap
 */
import { goalsFromRecords } from '../assessment/goals-from-records.js';
import { currentPlan } from '../plans/current-plan.js';
import { findPlan } from '../plans/plan-calendar.js';
import type { Dataset } from '../records/dataset.js';
import { isObservation, isUsable, type RecordKind } from '../records/indicator-record.js';

export const DATA_REQUEST_COLUMNS = ['region', 'indicator', 'name', 'year', 'kind', 'value', 'unit', 'goal_attribute', 'plan', 'note'] as const;

export interface DataRequestRow {
  region: string;
  indicator: string;
  /** the indicator's Chinese name, for the reader */
  name: string;
  year: number;
  kind: Extract<RecordKind, 'actual' | 'baseline'>;
  unit: string;
  /** 预期性 / 约束性 of the indicator's goal in the plan, for the reader */
  goalAttribute: string;
  plan: string;
  note: string;
}

export interface DataRequest {
  region: string;
  asOfYear: number;
  /** the plan the request is for (plans/current-plan.ts at the as-of year) */
  plan: string | undefined;
  rows: DataRequestRow[];
}

const ATTRIBUTE_WORDS = { expected: '预期性', binding: '约束性' } as const;

export function dataRequest(dataset: Dataset, region: string, asOfYear: number): DataRequest {
  const calendar = dataset.catalog.plans;
  const goals = goalsFromRecords(dataset.records, dataset.catalog, region);
  const plan = currentPlan(calendar, asOfYear, new Set(goals.flatMap((goal) => (goal.planPeriod !== undefined ? [goal.planPeriod] : []))));
  const observed = new Set(dataset.records.filter((record) => record.region === region && isObservation(record) && isUsable(record)).map((record) => `${record.indicator}|${record.year}`));
  const rows: DataRequestRow[] = [];
  const seen = new Set<string>();
  for (const goal of goals) {
    const goalPlan = findPlan(calendar, goal.planPeriod);
    if (plan === undefined || goalPlan?.id !== plan.id || seen.has(goal.indicator)) continue;
    seen.add(goal.indicator);
    const definition = dataset.catalog.indicators.get(goal.indicator)!;
    const attributes = goals.filter((other) => other.indicator === goal.indicator && other.planPeriod === plan.id).map((other) => other.record.attribute).filter((attribute) => attribute !== undefined);
    const attribute = attributes.includes('binding') ? 'binding' : attributes[0];
    const cumulative = goal.kind === 'cumulative-target';
    for (let year = plan.baseYear; year <= Math.min(asOfYear, plan.lastYear); year++) {
      if (observed.has(`${goal.indicator}|${year}`)) continue;
      const isBase = year === plan.baseYear;
      if (isBase && cumulative) continue;
      rows.push({
        region, indicator: goal.indicator, name: definition.name.zh, year, kind: isBase ? 'baseline' : 'actual', unit: definition.unit,
        goalAttribute: attribute === undefined ? '' : ATTRIBUTE_WORDS[attribute], plan: plan.id,
        note: isBase ? '基期值' : cumulative ? '当年数（累计目标按年加总）' : '',
      });
    }
  }
  rows.sort((a, b) => a.indicator.localeCompare(b.indicator) || a.year - b.year);
  return { region, asOfYear, plan: plan?.id, rows };
}

/** The rows as table cells, in DATA_REQUEST_COLUMNS order, the value cell empty. */
export function dataRequestTable(request: DataRequest): (string | number | null)[][] {
  return request.rows.map((row) => [row.region, row.indicator, row.name, row.year, row.kind, null, row.unit, row.goalAttribute, row.plan, row.note]);
}
