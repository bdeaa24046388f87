/**
 * How far a goal behind schedule or at risk is from where it should be (二、存在问题与原因): Sicherl's time
 * distance in years behind the straight path from the base to the target; the straight path's value in the
 * latest year and the shortfall from it, in the indicator's unit (flipped for lower-is-better indicators);
 * the growth now required against the growth achieved since the plan's base year.
 */
import { straightPathValue } from '../../assessment/schedule-progress.js';
import { compoundAnnualGrowthRate } from '../../statistics/compound-annual-growth-rate.js';
import type { GoalRow } from '../report-model.js';
import type { ProblemKind, ProblemRow } from './evaluation-model.js';

export function problemRow(row: GoalRow, kinds: ProblemKind[], lowerIsBetter: boolean): Omit<ProblemRow, 'decomposition' | 'requirement'> {
  const { baseYear, baseValue, latestYear, latestValue } = row;
  const hasProgress = baseYear !== null && baseValue !== null && latestYear !== null && latestValue !== null && latestYear > baseYear && row.kind !== 'cumulative-target';
  const pathValue = hasProgress && row.targetYear > baseYear ? straightPathValue({ baseYear, baseValue, targetYear: row.targetYear, targetValue: row.target }, latestYear) : null;
  const gap = pathValue === null || latestValue === null ? null : lowerIsBetter ? latestValue - pathValue : pathValue - latestValue;
  const achieved = hasProgress && baseValue > 0 && latestValue > 0 ? compoundAnnualGrowthRate(baseValue, latestValue, latestYear - baseYear) : null;
  return {
    goalId: row.goalId, kinds, latestYear, latestValue,
    yearsBehind: hasProgress && row.yearsAheadOfStraightPath !== null ? -row.yearsAheadOfStraightPath : null,
    straightPathValue: pathValue, valueGap: gap,
    distanceCovered: row.distanceCovered, timeElapsed: row.timeElapsed,
    requiredGrowth: row.requiredGrowth, achievedGrowth: achieved, achievedFromYear: achieved === null ? null : baseYear,
    historicalGrowth: row.historicalGrowth, probability: row.probability,
  };
}
