/**
 * A plan goal to assess: a target (end-year level), a milestone (an intermediate level, such as
 * Yongchuan's 2022 column) or a cumulative target (a sum over the plan years, e.g. 技术合同成交额累计40亿元).
 * Each goal knows its plan and the base it is measured from (the plan's base-year value, from the plan
 * calendar: plans/goal-base.ts), so attainment and 序时进度 can be computed.
 */
import type { Direction } from '../catalog/indicator-catalog.js';
import type { Comparator, IndicatorRecord } from '../records/indicator-record.js';

export type GoalKind = 'target' | 'milestone' | 'cumulative-target';

export interface PlanGoal {
  /** stable identity: region/indicator/plan/year/kind (goal-id.ts) */
  id: string;
  region: string;
  indicator: string;
  kind: GoalKind;
  /** the year the goal is due (for a cumulative target: the last summed year). */
  year: number;
  value: number;
  comparator: Comparator;
  direction: Direction;
  /** cumulative targets: first summed year. */
  periodStart?: number;
  /** the plan's base year and value, where the data has them. */
  baseYear?: number;
  baseValue?: number;
  planPeriod?: string;
  /** cumulative goals: running totals the data reports for the same period (`cumulative` records without a comparator) */
  reportedTotals?: { year: number; value: number }[];
  record: IndicatorRecord;
}

/** Relative tolerance for a 左右 ("about") target: within 3 % of the target counts as met. */
export const ABOUT_TOLERANCE = 0.03;

/**
 * Whether a value meets a goal. `exact` (a plain number in a plan table) is read in the indicator's
 * direction: at least the number for higher-is-better indicators, at most for lower-is-better.
 */
export function meetsGoal(value: number, goal: Pick<PlanGoal, 'value' | 'comparator' | 'direction'>): boolean {
  const { comparator, direction } = goal;
  const target = goal.value;
  switch (comparator) {
    case 'at-least':
      return value >= target;
    case 'above':
      return value > target;
    case 'at-most':
      return value <= target;
    case 'below':
      return value < target;
    case 'about':
      return direction === 'higher-is-better' ? value >= target * (1 - ABOUT_TOLERANCE) : value <= target * (1 + ABOUT_TOLERANCE);
    case 'exact':
      return direction === 'higher-is-better' ? value >= target : value <= target;
  }
}

/**
 * The same rule as `meetsGoal`, resolved once into a plain comparison for the hot loops over 10,000
 * simulated paths (no comparator switch per value).
 */
export function goalTest(goal: Pick<PlanGoal, 'value' | 'comparator' | 'direction'>): (value: number) => boolean {
  const target = goal.value;
  const higher = goal.direction === 'higher-is-better';
  switch (goal.comparator) {
    case 'at-least':
      return (value) => value >= target;
    case 'above':
      return (value) => value > target;
    case 'at-most':
      return (value) => value <= target;
    case 'below':
      return (value) => value < target;
    case 'about': {
      const bound = higher ? target * (1 - ABOUT_TOLERANCE) : target * (1 + ABOUT_TOLERANCE);
      return higher ? (value) => value >= bound : (value) => value <= bound;
    }
    case 'exact':
      return higher ? (value) => value >= target : (value) => value <= target;
  }
}
