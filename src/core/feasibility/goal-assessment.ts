/**
 * The feasibility of one plan goal under one scenario: how likely it is to be met, the growth it needs,
 * how that compares with history, when it is reached, and where it stands on schedule.
 */
import type { Comparator, TargetAttribute } from '../records/indicator-record.js';
import type { BindingWarning } from '../assessment/binding-warning.js';
import type { GoalKind } from '../assessment/plan-goal.js';
import type { PresetAssessment, ProgressPreset } from '../assessment/progress-presets.js';

export type FeasibilityStatus =
  | 'achieved'          // the goal year is observed and the goal was met
  | 'missed'            // the goal year is observed and the goal was not met
  | 'very-likely'       // probability ≥ 0.9
  | 'likely'            // 0.66 ≤ p < 0.9
  | 'uncertain'         // 0.33 ≤ p < 0.66
  | 'unlikely'          // 0.1 ≤ p < 0.33
  | 'very-unlikely'     // p < 0.1
  | 'no-data';          // no observation of the indicator in the region

export interface ReachYear {
  /** median year the goal is first met among the paths that meet it by the horizon */
  median: number | null;
  /** 10th and 90th percentiles of that year (the 80 % range) */
  p10: number | null;
  p90: number | null;
  /** share of paths that never meet it by the end of the projection */
  shareNotReached: number;
}

export interface GoalAssessment {
  /** the goal's stable id (assessment/goal-id.ts): the same in every output */
  goalId: string;
  region: string;
  indicator: string;
  kind: GoalKind;
  targetYear: number;
  target: number;
  comparator: Comparator;
  /** the plan the goal belongs to (plan-calendar id), and its attribute: 预期性 expected / 约束性 binding */
  planPeriod: string | null;
  attribute: TargetAttribute | null;
  periodStart: number | null;
  baseYear: number | null;
  baseValue: number | null;
  latestYear: number | null;
  latestValue: number | null;
  /** the latest value was computed from a year-on-year growth record (records/chain-growth.ts) */
  latestChainedFromGrowth: { growthPercent: number; fromYear: number; fromValue: number } | null;
  /** the year the goal is judged in: min(as-of year, goal year) (evaluation/judgement-year.ts) */
  judgedYear: number | null;
  /** a goal judged on its own year's value: the value minus the target, in the direction of improvement */
  margin: number | null;
  /** cumulative goals: the running sum so far and what each remaining year must still add */
  cumulativeSoFar: number | null;
  yearlyAmountNeeded: number | null;
  /** yearly growth from the latest value that meets the goal exactly (constant compound rate; level goals only) */
  requiredGrowth: number | null;
  /** compound growth over the observed history (first to latest observation) */
  historicalGrowth: number | null;
  /** requiredGrowth / historicalGrowth: above 1, the goal needs faster growth than history */
  requiredToHistoricalRatio: number | null;
  /** share of simulated paths meeting the goal (1 or 0 once the goal year is observed) */
  probability: number | null;
  /** share of simulated paths beating the goal by the chongqing preset's margin (预计可超额完成) */
  exceedProbability: number | null;
  status: FeasibilityStatus;
  /** whether the probability comes from observed data (goal year ≤ latest year) or from the paths */
  basis: 'observed' | 'simulated' | 'none';
  /** median simulated value (or sum) in the goal year */
  projectedMedian: number | null;
  projected80: [number, number] | null;
  reachYear: ReachYear | null;
  /** 完成率: latest / target (level goals) or cumulative-so-far / target */
  attainment: number | null;
  distanceCovered: number | null;
  timeElapsed: number | null;
  onSchedule: boolean | null;
  yearsAheadOfStraightPath: number | null;
  preset: ProgressPreset;
  presetAssessment: PresetAssessment | null;
  /** a binding goal at risk, and why (assessment/binding-warning.ts); null for others */
  bindingWarning: BindingWarning | null;
  notes: string[];
}

export function statusForProbability(probability: number): FeasibilityStatus {
  if (probability >= 0.9) return 'very-likely';
  if (probability >= 0.66) return 'likely';
  if (probability >= 0.33) return 'uncertain';
  if (probability >= 0.1) return 'unlikely';
  return 'very-unlikely';
}
