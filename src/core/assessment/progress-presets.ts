/**
 * Official progress-assessment methods, offered as presets. Each turns the same few numbers — base,
 * latest, target, and a projection of the target-year value — into a status with a stated rule.
 *
 * - eurostat (Eurostat SDG monitoring, Statistics Canada): R = CAGR_actual / CAGR_required, both from the
 *   base year. R ≥ 0.95 on track; 0.6 ≤ R < 0.95 moderate progress; 0 ≤ R < 0.6 insufficient progress;
 *   R < 0 moving away.
 * - unsd (UN Statistics Division progress chart): the same ratio with cut-offs 0.95 / 0.5 / −0.1.
 * - unsd-projected: P = (x̂_T − base) / (target − base), x̂_T extrapolated at the actual CAGR; same cut-offs.
 * - escap (UN ESCAP anticipated progress): the same P: ≥ 1 maintain progress; 0 ≤ P < 1 accelerate;
 *   P < 0 reverse the trend.
 * - destatis (German sustainability indicators): extrapolate the average annual change of the last (up
 *   to) five years to the target year; a miss of < 5 % of the remaining distance = sun, 5–20 % = sun and
 *   cloud, > 20 % in the right direction = cloud, wrong direction = storm.
 * - schedule (序时进度): on schedule when the share of the distance covered ≥ the share of time elapsed.
 *
 * A target already met at the latest value is `achieved` under every preset.
 */
import { compoundAnnualGrowthRate } from '../statistics/compound-annual-growth-rate.js';
import { scheduleProgress, type ScheduleInput } from './schedule-progress.js';

export const PROGRESS_PRESETS = ['schedule', 'eurostat', 'unsd', 'unsd-projected', 'escap', 'destatis'] as const;
export type ProgressPreset = (typeof PROGRESS_PRESETS)[number];

export type ProgressStatus =
  | 'achieved'
  | 'on-track' | 'moderate-progress' | 'insufficient-progress' | 'moving-away'
  | 'fair-progress' | 'limited-progress' | 'deterioration'
  | 'maintain' | 'accelerate' | 'reverse'
  | 'sun' | 'sun-and-cloud' | 'cloud' | 'storm'
  | 'on-schedule' | 'behind-schedule'
  | 'not-assessable';

export interface PresetInput extends ScheduleInput {
  /** the observations up to the latest year (for Destatis' five-year window). */
  history: { year: number; value: number }[];
  /** whether the latest value already meets the goal (comparator-aware; decided by the caller). */
  alreadyMet: boolean;
}

export interface PresetAssessment {
  preset: ProgressPreset;
  status: ProgressStatus;
  /** the measure the status was read from (R, P, miss share, or distance covered − time elapsed). */
  measure?: number;
  /** the rule in words, for the methods appendix and tooltips. */
  rule: string;
}

function classify(value: number, cuts: readonly [number, ProgressStatus][], otherwise: ProgressStatus): ProgressStatus {
  for (const [threshold, status] of cuts) if (value >= threshold) return status;
  return otherwise;
}

/** CAGR_actual / CAGR_required from the base year; undefined when a value is not positive. */
export function growthRatio(input: PresetInput): number | undefined {
  if (input.baseValue <= 0 || input.latestValue <= 0 || input.targetValue <= 0 || input.latestYear <= input.baseYear) return undefined;
  const actual = compoundAnnualGrowthRate(input.baseValue, input.latestValue, input.latestYear - input.baseYear);
  const required = compoundAnnualGrowthRate(input.baseValue, input.targetValue, input.targetYear - input.baseYear);
  if (required === 0) return undefined;
  return actual / required;
}

/** (x̂_T − base)/(target − base) with x̂_T extrapolated from the latest value at the actual CAGR. */
export function projectedProgressRatio(input: PresetInput): number | undefined {
  if (input.baseValue <= 0 || input.latestValue <= 0 || input.latestYear <= input.baseYear || input.targetValue === input.baseValue) return undefined;
  const actual = compoundAnnualGrowthRate(input.baseValue, input.latestValue, input.latestYear - input.baseYear);
  const projected = input.latestValue * (1 + actual) ** (input.targetYear - input.latestYear);
  return (projected - input.baseValue) / (input.targetValue - input.baseValue);
}

function destatis(input: PresetInput): PresetAssessment {
  const rule = 'extrapolate the average annual change of the last (up to) five years; miss < 5 % of the remaining distance = sun, 5–20 % = sun and cloud, > 20 % in the right direction = cloud, wrong direction = storm';
  const window = input.history.filter((point) => point.year >= input.latestYear - 5 && point.year <= input.latestYear);
  const first = window[0];
  if (first === undefined || first.year === input.latestYear || first.value <= 0 || input.latestValue <= 0) return { preset: 'destatis', status: 'not-assessable', rule };
  const rate = compoundAnnualGrowthRate(first.value, input.latestValue, input.latestYear - first.year);
  const projected = input.latestValue * (1 + rate) ** (input.targetYear - input.latestYear);
  const remaining = input.targetValue - input.latestValue;
  const towardTarget = Math.sign(projected - input.latestValue) === Math.sign(remaining);
  const miss = remaining === 0 ? 0 : (input.targetValue - projected) / remaining;
  if (miss <= 0) return { preset: 'destatis', status: 'sun', measure: miss, rule };
  if (!towardTarget) return { preset: 'destatis', status: 'storm', measure: miss, rule };
  return { preset: 'destatis', status: classify(-miss, [[-0.05, 'sun'], [-0.2, 'sun-and-cloud']], 'cloud'), measure: miss, rule };
}

export function assessWithPreset(preset: ProgressPreset, input: PresetInput): PresetAssessment {
  if (input.alreadyMet) return { preset, status: 'achieved', rule: 'the latest value already meets the target' };
  switch (preset) {
    case 'schedule': {
      const rule = '序时进度: on schedule when the share of the distance covered ≥ the share of time elapsed';
      const progress = scheduleProgress(input);
      return { preset, status: progress.onSchedule ? 'on-schedule' : 'behind-schedule', measure: progress.distanceCovered - progress.timeElapsed, rule };
    }
    case 'eurostat': {
      const rule = 'R = CAGR actual / CAGR required: ≥ 0.95 on track; 0.6–0.95 moderate; 0–0.6 insufficient; < 0 moving away';
      const ratio = growthRatio(input);
      if (ratio === undefined) return { preset, status: 'not-assessable', rule };
      return { preset, status: classify(ratio, [[0.95, 'on-track'], [0.6, 'moderate-progress'], [0, 'insufficient-progress']], 'moving-away'), measure: ratio, rule };
    }
    case 'unsd': {
      const rule = 'R = CAGR actual / CAGR required: ≥ 0.95 on track; 0.5–0.95 fair progress; −0.1–0.5 limited progress; < −0.1 deterioration';
      const ratio = growthRatio(input);
      if (ratio === undefined) return { preset, status: 'not-assessable', rule };
      return { preset, status: classify(ratio, [[0.95, 'on-track'], [0.5, 'fair-progress'], [-0.1, 'limited-progress']], 'deterioration'), measure: ratio, rule };
    }
    case 'unsd-projected': {
      const rule = 'P = (projected − base)/(target − base), projected at the actual CAGR: ≥ 0.95 on track; 0.5–0.95 fair; −0.1–0.5 limited; < −0.1 deterioration';
      const ratio = projectedProgressRatio(input);
      if (ratio === undefined) return { preset, status: 'not-assessable', rule };
      return { preset, status: classify(ratio, [[0.95, 'on-track'], [0.5, 'fair-progress'], [-0.1, 'limited-progress']], 'deterioration'), measure: ratio, rule };
    }
    case 'escap': {
      const rule = 'anticipated progress P = (projected − base)/(target − base): ≥ 1 maintain progress; 0–1 accelerate; < 0 reverse the trend';
      const ratio = projectedProgressRatio(input);
      if (ratio === undefined) return { preset, status: 'not-assessable', rule };
      return { preset, status: classify(ratio, [[1, 'maintain'], [0, 'accelerate']], 'reverse'), measure: ratio, rule };
    }
    case 'destatis':
      return destatis(input);
  }
}
