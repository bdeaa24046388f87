/**
 * Assesses one plan goal against the observed series and the simulated paths of one scenario, by the
 * evaluation rules of src/core/evaluation/ (each with its reference there):
 *
 *   judged year = min(as-of, goal year)                                       judgement-year.ts
 *   ├─ the goal year is observed → met / missed on that value, with the margin; never re-judged later
 *   ├─ the goal year has passed unobserved, later years observed → not assessable, with the reason
 *   └─ ahead: latest observation, 序时进度 (capped), distance covered (flipped for lower-is-better),
 *      or for a cumulative goal the running sum against the elapsed share and the yearly amount needed;
 *      no observation after the base year → not assessable, with the reason, in every preset;
 *      the paths give the probability of meeting (and exceeding) the goal; the preset combines them.
 *   binding goals at risk get a warning flag under every preset                 binding-warning.ts
 */
import { compoundAnnualGrowthRate } from '../statistics/compound-annual-growth-rate.js';
import { requiredGrowthRate } from '../statistics/required-growth-rate.js';
import { meetsGoal, type PlanGoal } from '../assessment/plan-goal.js';
import { bindingWarning } from '../assessment/binding-warning.js';
import { DEFAULT_PRESET_SETTINGS, type PresetSettings } from '../assessment/preset-settings.js';
import { assessWithPreset, notAssessable, type PresetInput, type ProgressPreset } from '../assessment/progress-presets.js';
import { scheduleProgress } from '../assessment/schedule-progress.js';
import { notAssessableReason } from '../evaluation/assessability.js';
import { cumulativeProgress } from '../evaluation/cumulative-progress.js';
import { judgementYear } from '../evaluation/judgement-year.js';
import { judgePassedGoal } from '../evaluation/passed-goal.js';
import type { ObservedSeries } from '../series/observed-series.js';
import type { IndicatorPaths } from '../simulation/indicator-paths.js';
import { statusForProbability, type GoalAssessment } from './goal-assessment.js';
import { simulatedOutcome } from './simulated-outcome.js';

export interface AssessOptions {
  preset: ProgressPreset;
  /** the assessment year (mid-term: 2023); defaults to the latest observed year */
  asOfYear?: number;
  /** the thresholds of the chongqing and national presets and of the binding warning (default: models/presets.yaml's) */
  presetSettings?: PresetSettings;
  /**
   * 'probability': the paths are read for the probability alone — no median, 80 % range, excess share or
   * reach year (sensitivity asks some forty of these per goal and reads only the probability)
   */
  detail?: 'full' | 'probability';
}

function emptyAssessment(goal: PlanGoal, preset: ProgressPreset): GoalAssessment {
  return {
    goalId: goal.id, region: goal.region, indicator: goal.indicator, kind: goal.kind, targetYear: goal.year, target: goal.value, comparator: goal.comparator,
    planPeriod: goal.planPeriod ?? null, attribute: goal.record.attribute ?? null,
    periodStart: goal.periodStart ?? null, baseYear: goal.baseYear ?? null, baseValue: goal.baseValue ?? null,
    latestYear: null, latestValue: null, latestChainedFromGrowth: null, judgedYear: null, margin: null, cumulativeSoFar: null, yearlyAmountNeeded: null,
    requiredGrowth: null, historicalGrowth: null, requiredToHistoricalRatio: null,
    probability: null, exceedProbability: null, status: 'no-data', basis: 'none', projectedMedian: null, projected80: null, reachYear: null,
    attainment: null, distanceCovered: null, timeElapsed: null, onSchedule: null, yearsAheadOfStraightPath: null,
    preset, presetAssessment: null, bindingWarning: null, notes: [],
  };
}

/** The running total a cumulative goal's records report for its period, latest first. */
function reportedTotal(goal: PlanGoal, judged: number): { year: number; value: number } | undefined {
  return (goal.reportedTotals ?? []).filter((total) => total.year <= judged).sort((a, b) => b.year - a.year)[0];
}

export function assessGoal(goal: PlanGoal, series: ObservedSeries, paths: IndicatorPaths | undefined, options: AssessOptions): GoalAssessment {
  const assessment = emptyAssessment(goal, options.preset);
  const settings = options.presetSettings ?? DEFAULT_PRESET_SETTINGS;
  const observations = series.years.map((year, index) => ({ year, value: series.values[index]! })).filter((point) => options.asOfYear === undefined || point.year <= options.asOfYear);
  const newest = observations.at(-1);
  // A cumulative goal can be judged on a reported running total alone (the Science City's 累计融资 63亿元).
  const totals = (goal.reportedTotals ?? []).filter((total) => options.asOfYear === undefined || total.year <= options.asOfYear);
  const onTotals = newest === undefined && goal.kind === 'cumulative-target' && goal.periodStart !== undefined && totals.length > 0;
  if (newest === undefined && !onTotals) {
    assessment.notes.push('no observation of this indicator in this region: the goal cannot be assessed; supply actuals with --data');
    return assessment;
  }
  const asOfYear = options.asOfYear ?? newest?.year ?? Math.max(...totals.map((total) => total.year));
  const judged = judgementYear(asOfYear, goal.year);
  assessment.judgedYear = judged;
  const upToJudged = observations.filter((point) => point.year <= judged);
  const latest = upToJudged.at(-1);
  const observed = new Map(observations.map((point) => [point.year, point.value]));
  const isCumulative = goal.kind === 'cumulative-target' && goal.periodStart !== undefined;
  const finish = (): GoalAssessment => {
    assessment.bindingWarning = bindingWarning({
      attribute: goal.record.attribute, observedMet: assessment.basis === 'observed' ? assessment.status === 'achieved' : undefined,
      alreadyMet: assessment.presetAssessment?.status === 'achieved' || assessment.presetAssessment?.status === 'completed-early' || assessment.presetAssessment?.status === 'achieved-early',
      onSchedule: assessment.onSchedule, probability: assessment.probability,
    }, settings.binding);
    return assessment;
  };

  if (latest !== undefined) {
    assessment.latestYear = latest.year;
    assessment.latestValue = latest.value;
    const chained = series.chainedFromGrowth?.find((entry) => entry.year === latest.year);
    if (chained !== undefined) {
      assessment.latestChainedFromGrowth = { growthPercent: chained.growthPercent, fromYear: chained.fromYear, fromValue: chained.fromValue };
      assessment.notes.push(`the latest value (${latest.year}) is the ${chained.fromYear} level ${chained.fromValue} grown by the reported year-on-year growth of ${chained.growthPercent} %`);
    }
    const first = upToJudged[0]!;
    if (latest.year > first.year && first.value > 0 && latest.value > 0) assessment.historicalGrowth = compoundAnnualGrowthRate(first.value, latest.value, latest.year - first.year);
    else assessment.notes.push('one observation only: no historical growth; the projection borrows its growth and spread from the pooled prior');
  }

  // The goal year has passed: judge its own year's value (or the sum over its years), never later data.
  const cumulative = isCumulative ? cumulativeProgress({ periodStart: goal.periodStart!, goalYear: goal.year, target: goal.value, judgedYear: judged, observed, ...(reportedTotal(goal, judged) ? { reportedTotal: reportedTotal(goal, judged)! } : {}) }) : undefined;
  const valueAtGoal = cumulative !== undefined ? (cumulative.throughYear === goal.year && cumulative.missingYears.length === 0 ? cumulative.sumSoFar : undefined) : observed.get(goal.year);
  if (valueAtGoal !== undefined && goal.year <= asOfYear) {
    const judgement = judgePassedGoal(goal, valueAtGoal);
    assessment.probability = judgement.met ? 1 : 0;
    assessment.status = judgement.met ? 'achieved' : 'missed';
    assessment.basis = 'observed';
    assessment.margin = judgement.margin;
    assessment.attainment = cumulative !== undefined ? cumulative.distanceCovered : goal.value === 0 ? null : goal.direction === 'lower-is-better' ? goal.value / valueAtGoal : valueAtGoal / goal.value;
    if (cumulative !== undefined) assessment.cumulativeSoFar = cumulative.sumSoFar;
    assessment.notes.push(`judged on the ${goal.year} value: ${judgement.met ? 'met' : 'missed'} by ${Math.abs(judgement.margin).toPrecision(4)}`);
    return finish();
  }
  if (!onTotals && (latest === undefined || (goal.year <= asOfYear && newest!.year > goal.year))) {
    assessment.presetAssessment = notAssessable(options.preset, 'goal-year-not-observed');
    assessment.notes.push(`the goal year ${goal.year} has passed without an observation of it; later years do not judge it`);
    return finish();
  }

  // Ahead (or due but not yet observed): where the indicator stands now.
  let presetInput: PresetInput | undefined;
  const alreadyMet = cumulative === undefined && latest !== undefined && meetsGoal(latest.value, goal);
  if (cumulative !== undefined) {
    assessment.cumulativeSoFar = cumulative.throughYear === undefined ? null : cumulative.sumSoFar;
    assessment.yearlyAmountNeeded = cumulative.yearlyAmountNeeded ?? null;
    assessment.attainment = cumulative.distanceCovered;
    if (cumulative.missingYears.length > 0) assessment.notes.push(`the running sum leaves out the unobserved years ${cumulative.missingYears.join(', ')}`);
    if (cumulative.throughYear === undefined) {
      assessment.presetAssessment = notAssessable(options.preset, 'no-observation-after-base');
    } else {
      assessment.distanceCovered = cumulative.distanceCovered;
      assessment.timeElapsed = cumulative.elapsedShare;
      assessment.onSchedule = cumulative.onSchedule || cumulative.sumSoFar >= goal.value;
      presetInput = {
        baseYear: goal.periodStart! - 1, baseValue: 0, latestYear: cumulative.throughYear, latestValue: cumulative.sumSoFar, targetYear: goal.year, targetValue: goal.value,
        history: [], alreadyMet: meetsGoal(cumulative.sumSoFar, goal), cumulative: { distanceCovered: cumulative.distanceCovered, elapsedShare: cumulative.elapsedShare },
      };
    }
  } else if (latest !== undefined) {
    if (latest.value > 0 && goal.value > 0) assessment.requiredGrowth = requiredGrowthRate(latest.value, latest.year, goal.value, goal.year);
    const reason = notAssessableReason({ baseYear: goal.baseYear, baseValue: goal.baseValue, latestYear: latest.year, goalYear: goal.year });
    if (reason !== undefined) {
      assessment.presetAssessment = notAssessable(options.preset, reason);
      assessment.attainment = goal.value === 0 ? null : goal.direction === 'lower-is-better' ? goal.value / latest.value : latest.value / goal.value;
      assessment.notes.push(`progress not assessable: ${reason.replace(/-/g, ' ')}`);
    } else {
      const schedule = scheduleProgress({ baseYear: goal.baseYear!, baseValue: goal.baseValue!, latestYear: latest.year, latestValue: latest.value, targetYear: goal.year, targetValue: goal.value, asOfYear: judged, direction: goal.direction });
      assessment.attainment = Number.isFinite(schedule.attainment) ? schedule.attainment : null;
      assessment.distanceCovered = schedule.distanceCovered;
      assessment.timeElapsed = schedule.timeElapsed;
      assessment.onSchedule = schedule.onSchedule || alreadyMet;
      assessment.yearsAheadOfStraightPath = schedule.yearsAheadOfStraightPath ?? null;
      presetInput = {
        baseYear: goal.baseYear!, baseValue: goal.baseValue!, latestYear: latest.year, latestValue: latest.value, targetYear: goal.year, targetValue: goal.value,
        history: upToJudged.filter((point) => point.year >= goal.baseYear!), alreadyMet, asOfYear: judged,
      };
    }
  }
  if (assessment.requiredGrowth !== null && assessment.historicalGrowth !== null && assessment.historicalGrowth !== 0) {
    assessment.requiredToHistoricalRatio = assessment.requiredGrowth / assessment.historicalGrowth;
  }

  // What the paths say.
  if (paths === undefined || latest === undefined) assessment.notes.push(onTotals ? 'judged on the reported running total alone: no yearly values to project' : 'no projection was made for this indicator');
  else {
    const outcome = simulatedOutcome(goal, paths, observed, latest, settings.chongqing.exceedMargin, options.detail ?? 'full');
    if ('note' in outcome) assessment.notes.push(outcome.note);
    else {
      assessment.notes.push(...outcome.notes);
      assessment.probability = outcome.probability;
      assessment.exceedProbability = outcome.exceedProbability;
      assessment.status = statusForProbability(outcome.probability);
      assessment.basis = 'simulated';
      assessment.projectedMedian = outcome.median;
      assessment.projected80 = outcome.range80;
      assessment.reachYear = outcome.reachYear;
    }
  }
  if (presetInput !== undefined) {
    assessment.presetAssessment = assessWithPreset(options.preset, {
      ...presetInput,
      ...(assessment.probability !== null ? { meetProbability: assessment.probability } : {}),
      ...(assessment.exceedProbability !== null ? { exceedProbability: assessment.exceedProbability } : {}),
    }, settings);
    if (assessment.probability === null && options.preset === 'chongqing') assessment.notes.push('no projection: the chongqing class is read from the schedule alone');
  }
  return finish();
}
