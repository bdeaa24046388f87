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
 * The same rule as `meetsGoal`, resolved once into one comparison with a threshold, for the hot loops over
 * 10,000 simulated paths (countMeetingGoal in feasibility/share-meeting-goal.ts).
 */
export function goalThreshold(goal: Pick<PlanGoal, 'value' | 'comparator' | 'direction'>): { threshold: number; relation: 'at-least' | 'above' | 'at-most' | 'below' } {
  const target = goal.value;
  const higher = goal.direction === 'higher-is-better';
  switch (goal.comparator) {
    case 'at-least':
    case 'above':
    case 'at-most':
    case 'below':
      return { threshold: target, relation: goal.comparator };
    case 'about':
      return higher ? { threshold: target * (1 - ABOUT_TOLERANCE), relation: 'at-least' } : { threshold: target * (1 + ABOUT_TOLERANCE), relation: 'at-most' };
    case 'exact':
      return { threshold: target, relation: higher ? 'at-least' : 'at-most' };
  }
}

/** The same rule as `meetsGoal` as a function of the value, resolved once (no comparator switch per value). */
export function goalTest(goal: Pick<PlanGoal, 'value' | 'comparator' | 'direction'>): (value: number) => boolean {
  const { threshold, relation } = goalThreshold(goal);
  switch (relation) {
    case 'at-least':
      return (value) => value >= threshold;
    case 'above':
      return (value) => value > threshold;
    case 'at-most':
      return (value) => value <= threshold;
    case 'below':
      return (value) => value < threshold;
  }
}
