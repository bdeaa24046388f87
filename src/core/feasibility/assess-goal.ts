/**
 * Assesses one plan goal against the observed series and the simulated paths of one scenario:
 *
 *   observed series ─┬─ latest value, historical growth, required growth, schedule (序时进度), preset status
 *   scenario paths ──┴─ probability of meeting the goal, projected value, the year it is reached
 *
 * A goal whose year is already observed is judged on the observation (achieved / missed). A cumulative
 * goal is judged on the sum over its period (observed years plus projected ones).
 */
import { compoundAnnualGrowthRate } from '../statistics/compound-annual-growth-rate.js';
import { requiredGrowthRate } from '../statistics/required-growth-rate.js';
import { goalThreshold, meetsGoal, type PlanGoal } from '../assessment/plan-goal.js';
import { assessWithPreset, type ProgressPreset } from '../assessment/progress-presets.js';
import { scheduleProgress } from '../assessment/schedule-progress.js';
import type { ObservedSeries } from '../series/observed-series.js';
import type { IndicatorPaths } from '../simulation/indicator-paths.js';
import { stridedQuantilesInto } from '../simulation/select-quantiles.js';
import { cumulativeSums, requiredGrowthForSum } from './cumulative-sum.js';
import { countMeetingGoal, meetsThreshold } from './share-meeting-goal.js';
import { statusForProbability, type GoalAssessment, type ReachYear } from './goal-assessment.js';

export interface AssessOptions {
  preset: ProgressPreset;
  /** the assessment year (mid-term: 2023); defaults to the latest observed year */
  asOfYear?: number;
}

const OUTCOME_QUANTILES = [0.1, 0.5, 0.9] as const;

function emptyAssessment(goal: PlanGoal, preset: ProgressPreset): GoalAssessment {
  return {
    goalId: goal.id, region: goal.region, indicator: goal.indicator, kind: goal.kind, targetYear: goal.year, target: goal.value, comparator: goal.comparator,
    periodStart: goal.periodStart ?? null, baseYear: goal.baseYear ?? null, baseValue: goal.baseValue ?? null,
    latestYear: null, latestValue: null, requiredGrowth: null, historicalGrowth: null, requiredToHistoricalRatio: null,
    probability: null, status: 'no-data', basis: 'none', projectedMedian: null, projected80: null, reachYear: null,
    attainment: null, distanceCovered: null, timeElapsed: null, onSchedule: null, yearsAheadOfStraightPath: null,
    preset, presetAssessment: null, notes: [],
  };
}

function reachYear(goal: PlanGoal, paths: IndicatorPaths): ReachYear {
  const { pathCount, horizon, firstYear, values } = paths;
  const { threshold, relation } = goalThreshold(goal);
  // how many paths first meet the goal in each projected year
  const firstMet = new Int32Array(horizon);
  let count = 0;
  for (let path = 0, base = 0; path < pathCount; path++, base += horizon) {
    for (let step = 0; step < horizon; step++) {
      if (meetsThreshold(values[base + step]!, threshold, relation)) {
        firstMet[step]!++;
        count++;
        break;
      }
    }
  }
  if (count === 0) return { median: null, p10: null, p90: null, shareNotReached: 1 };
  // Quantiles over all paths, those never reaching it counting as "later than the horizon": the year of
  // the path at that rank among the reaching paths ordered by year.
  const atShare = (share: number): number | null => {
    if (!(share * pathCount < count)) return null;
    const rank = Math.min(count - 1, Math.floor(share * pathCount));
    let reached = 0;
    for (let step = 0; step < horizon; step++) {
      reached += firstMet[step]!;
      if (rank < reached) return firstYear + step;
    }
    return null;
  };
  return { median: atShare(0.5), p10: atShare(0.1), p90: atShare(0.9), shareNotReached: 1 - count / pathCount };
}

export function assessGoal(goal: PlanGoal, series: ObservedSeries, paths: IndicatorPaths | undefined, options: AssessOptions): GoalAssessment {
  const assessment = emptyAssessment(goal, options.preset);
  const observations = series.years.map((year, index) => ({ year, value: series.values[index]! })).filter((point) => options.asOfYear === undefined || point.year <= options.asOfYear);
  const latest = observations[observations.length - 1];
  if (latest === undefined) {
    assessment.notes.push('no observation of this indicator in this region: the goal cannot be assessed; supply actuals with --data');
    return assessment;
  }
  const first = observations[0]!;
  const observed = new Map(observations.map((point) => [point.year, point.value]));
  assessment.latestYear = latest.year;
  assessment.latestValue = latest.value;
  if (latest.year > first.year && first.value > 0 && latest.value > 0) {
    assessment.historicalGrowth = compoundAnnualGrowthRate(first.value, latest.value, latest.year - first.year);
  } else {
    assessment.notes.push('one observation only: no historical growth; the projection borrows its growth and spread from the pooled prior');
  }
  const isCumulative = goal.kind === 'cumulative-target' && goal.periodStart !== undefined;

  if (isCumulative) {
    const periodStart = goal.periodStart!;
    const soFar = [...observed].filter(([year]) => year >= periodStart && year <= goal.year).reduce((sum, [, value]) => sum + value, 0);
    assessment.attainment = soFar / goal.value;
    if (latest.year < goal.year && latest.value > 0) {
      const required = requiredGrowthForSum(goal.value, latest.year, latest.value, periodStart, goal.year, observed);
      assessment.requiredGrowth = required ?? null;
      if (required === undefined) assessment.notes.push('no constant growth between −99 % and +1000 % a year reaches this sum');
    }
  } else {
    assessment.attainment = latest.value / goal.value;
    if (latest.year < goal.year && latest.value > 0 && goal.value > 0) assessment.requiredGrowth = requiredGrowthRate(latest.value, latest.year, goal.value, goal.year);
    // Schedule and presets need time elapsed since the base year: at the base year itself there is no
    // progress to judge (unless the goal is already met, which every preset calls achieved).
    const assessedYear = options.asOfYear ?? latest.year;
    const alreadyMet = meetsGoal(latest.value, goal);
    if (goal.baseYear !== undefined && goal.baseValue !== undefined && goal.baseYear < goal.year && latest.year >= goal.baseYear && (assessedYear > goal.baseYear || alreadyMet)) {
      const schedule = scheduleProgress({ baseYear: goal.baseYear, baseValue: goal.baseValue, latestYear: latest.year, latestValue: latest.value, targetYear: goal.year, targetValue: goal.value, ...(options.asOfYear !== undefined ? { asOfYear: options.asOfYear } : {}) });
      assessment.distanceCovered = schedule.distanceCovered;
      assessment.timeElapsed = schedule.timeElapsed;
      assessment.onSchedule = schedule.onSchedule || alreadyMet;
      assessment.yearsAheadOfStraightPath = schedule.yearsAheadOfStraightPath ?? null;
      assessment.presetAssessment = assessWithPreset(options.preset, {
        baseYear: goal.baseYear, baseValue: goal.baseValue, latestYear: latest.year, latestValue: latest.value, targetYear: goal.year, targetValue: goal.value,
        history: observations.filter((point) => point.year >= goal.baseYear!), alreadyMet, ...(options.asOfYear !== undefined ? { asOfYear: options.asOfYear } : {}),
      });
    }
  }
  if (assessment.requiredGrowth !== null && assessment.historicalGrowth !== null && assessment.historicalGrowth !== 0) {
    assessment.requiredToHistoricalRatio = assessment.requiredGrowth / assessment.historicalGrowth;
  }

  // The goal year is observed: judge the observation.
  const observedAtGoal = isCumulative ? (latest.year >= goal.year ? assessment.attainment! * goal.value : undefined) : observed.get(goal.year);
  if (observedAtGoal !== undefined) {
    const met = meetsGoal(observedAtGoal, goal);
    assessment.probability = met ? 1 : 0;
    assessment.status = met ? 'achieved' : 'missed';
    assessment.basis = 'observed';
    return assessment;
  }
  if (paths === undefined) {
    assessment.notes.push('no projection was made for this indicator');
    return assessment;
  }
  const step = goal.year - paths.firstYear;
  // The outcomes, read in place: the goal year's column of the paths, or the period sums.
  let outcomes: Float64Array;
  let offset = 0;
  let stride = 1;
  let count: number;
  if (isCumulative) {
    const sums = cumulativeSums({ periodStart: goal.periodStart!, periodEnd: goal.year, observed, firstYear: paths.firstYear, horizon: paths.horizon, pathCount: paths.pathCount, values: paths.values });
    if (sums === undefined) {
      assessment.notes.push(`the years ${goal.periodStart}–${goal.year} are neither all observed nor all projected`);
      return assessment;
    }
    if (sums.interpolatedYears.length > 0) assessment.notes.push(`missing years ${sums.interpolatedYears.join(', ')} of the summed period were interpolated geometrically`);
    outcomes = sums.sums;
    count = outcomes.length;
  } else {
    if (step < 0 || step >= paths.horizon) {
      assessment.notes.push(`the goal year ${goal.year} lies outside the projection (${paths.firstYear}–${paths.firstYear + paths.horizon - 1})`);
      return assessment;
    }
    outcomes = paths.values;
    offset = step;
    stride = paths.horizon;
    count = paths.pathCount;
    assessment.reachYear = meetsGoal(latest.value, goal) ? { median: latest.year, p10: latest.year, p90: latest.year, shareNotReached: 0 } : reachYear(goal, paths);
  }
  assessment.probability = countMeetingGoal(goal, outcomes, offset, stride, count) / count;
  assessment.status = statusForProbability(assessment.probability);
  assessment.basis = 'simulated';
  const quantiles = stridedQuantilesInto(outcomes, offset, stride, count, OUTCOME_QUANTILES, new Float64Array(OUTCOME_QUANTILES.length));
  assessment.projectedMedian = quantiles[1]!;
  assessment.projected80 = [quantiles[0]!, quantiles[2]!];
  return assessment;
}
