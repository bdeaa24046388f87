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
 * - chongqing (the municipal 2023 mid-term, chongqing-preset.ts): the schedule now combined with the
 *   projected probability of meeting or exceeding the goal; four classes.
 * - national (the national 2023 mid-term, national-preset.ts): four schedule classes.
 *
 * A target already met at the latest value is `achieved` under every preset (提前完成 / 提前实现 under the
 * two Chinese ones). A goal that cannot be judged (assessability.ts: no observation after its base
 * year, no base…) is `not-assessable` with its reason under every preset; the caller decides that first.
 * A cumulative goal is judged on its running sum (cumulative-progress.ts) by the schedule presets; the
 * growth-ratio presets judge levels and call it not assessable.
 */
import { compoundAnnualGrowthRate } from '../statistics/compound-annual-growth-rate.js';
import type { NotAssessableReason } from '../evaluation/assessability.js';
import { chongqingRule, chongqingStatus } from './chongqing-preset.js';
import { nationalRule, nationalStatus } from './national-preset.js';
import { DEFAULT_PRESET_SETTINGS, type PresetSettings } from './preset-settings.js';
import { scheduleProgress, type ScheduleInput } from './schedule-progress.js';

export const PROGRESS_PRESETS = ['schedule', 'chongqing', 'national', 'eurostat', 'unsd', 'unsd-projected', 'escap', 'destatis'] as const;
export type ProgressPreset = (typeof PROGRESS_PRESETS)[number];

export type ProgressStatus =
  | 'achieved'
  | 'on-track' | 'moderate-progress' | 'insufficient-progress' | 'moving-away'
  | 'fair-progress' | 'limited-progress' | 'deterioration'
  | 'maintain' | 'accelerate' | 'reverse'
  | 'sun' | 'sun-and-cloud' | 'cloud' | 'storm'
  | 'on-schedule' | 'behind-schedule'
  | 'completed-early' | 'on-schedule-exceed' | 'on-schedule-expected' | 'behind-or-at-risk'
  | 'achieved-early' | 'ahead-of-expectations' | 'in-line' | 'lagging'
  | 'not-assessable';

export interface PresetInput extends ScheduleInput {
  /** the observations up to the latest year (for Destatis' five-year window). */
  history: { year: number; value: number }[];
  /** whether the latest value already meets the goal (comparator-aware; decided by the caller). */
  alreadyMet: boolean;
  /** a cumulative goal: its running sum's share of the total and the time elapsed (cumulative-progress.ts) */
  cumulative?: { distanceCovered: number; elapsedShare: number };
  /** the projection's shares of paths meeting and exceeding the goal (chongqing); absent without a projection */
  meetProbability?: number | undefined;
  exceedProbability?: number | undefined;
}

export interface PresetAssessment {
  preset: ProgressPreset;
  status: ProgressStatus;
  /** the measure the status was read from (R, P, miss share, or distance covered − time elapsed). */
  measure?: number;
  /** the rule in words, for the methods appendix and tooltips. */
  rule: string;
  /** why a not-assessable goal cannot be judged */
  reason?: NotAssessableReason;
}

/** The assessment of a goal whose progress cannot be judged, with the reason, under any preset. */
export function notAssessable(preset: ProgressPreset, reason: NotAssessableReason): PresetAssessment {
  return { preset, status: 'not-assessable', reason, rule: `not assessable: ${reason.replace(/-/g, ' ')}` };
}

/** The status a preset gives a goal the latest value already meets. */
function achievedStatus(preset: ProgressPreset): ProgressStatus {
  return preset === 'chongqing' ? 'completed-early' : preset === 'national' ? 'achieved-early' : 'achieved';
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
  if (first === undefined || first.year === input.latestYear || first.value <= 0 || input.latestValue <= 0) return { preset: 'destatis', status: 'not-assessable', reason: 'no-growth-ratio', rule };
  const rate = compoundAnnualGrowthRate(first.value, input.latestValue, input.latestYear - first.year);
  const projected = input.latestValue * (1 + rate) ** (input.targetYear - input.latestYear);
  const remaining = input.targetValue - input.latestValue;
  const towardTarget = Math.sign(projected - input.latestValue) === Math.sign(remaining);
  const miss = remaining === 0 ? 0 : (input.targetValue - projected) / remaining;
  if (miss <= 0) return { preset: 'destatis', status: 'sun', measure: miss, rule };
  if (!towardTarget) return { preset: 'destatis', status: 'storm', measure: miss, rule };
  return { preset: 'destatis', status: classify(-miss, [[-0.05, 'sun'], [-0.2, 'sun-and-cloud']], 'cloud'), measure: miss, rule };
}

/** Distance covered and time elapsed: of the running sum for a cumulative goal, else of the level. */
function scheduleFacts(input: PresetInput): { distanceCovered: number; elapsedShare: number } {
  if (input.cumulative !== undefined) return input.cumulative;
  const progress = scheduleProgress(input);
  return { distanceCovered: progress.distanceCovered, elapsedShare: progress.timeElapsed };
}

export function assessWithPreset(preset: ProgressPreset, input: PresetInput, settings: PresetSettings = DEFAULT_PRESET_SETTINGS): PresetAssessment {
  if (input.alreadyMet) return { preset, status: achievedStatus(preset), rule: 'the latest value already meets the target' };
  if (input.cumulative !== undefined && preset !== 'schedule' && preset !== 'chongqing' && preset !== 'national') return notAssessable(preset, 'cumulative-needs-schedule');
  switch (preset) {
    case 'schedule': {
      const rule = '序时进度: on schedule when the share of the distance covered ≥ the share of time elapsed';
      const facts = scheduleFacts(input);
      return { preset, status: facts.distanceCovered >= facts.elapsedShare - 1e-12 ? 'on-schedule' : 'behind-schedule', measure: facts.distanceCovered - facts.elapsedShare, rule };
    }
    case 'chongqing': {
      const facts = scheduleFacts(input);
      const status = chongqingStatus({ alreadyMet: false, ...facts, meetProbability: input.meetProbability, exceedProbability: input.exceedProbability }, settings.chongqing);
      return { preset, status, measure: facts.distanceCovered - facts.elapsedShare, rule: chongqingRule(settings.chongqing) };
    }
    case 'national': {
      const facts = scheduleFacts(input);
      return { preset, status: nationalStatus({ alreadyMet: false, ...facts }, settings.national), measure: facts.distanceCovered - facts.elapsedShare, rule: nationalRule(settings.national) };
    }
    case 'eurostat': {
      const rule = 'R = CAGR actual / CAGR required: ≥ 0.95 on track; 0.6–0.95 moderate; 0–0.6 insufficient; < 0 moving away';
      const ratio = growthRatio(input);
      if (ratio === undefined) return { preset, status: 'not-assessable', reason: 'no-growth-ratio', rule };
      return { preset, status: classify(ratio, [[0.95, 'on-track'], [0.6, 'moderate-progress'], [0, 'insufficient-progress']], 'moving-away'), measure: ratio, rule };
    }
    case 'unsd': {
      const rule = 'R = CAGR actual / CAGR required: ≥ 0.95 on track; 0.5–0.95 fair progress; −0.1–0.5 limited progress; < −0.1 deterioration';
      const ratio = growthRatio(input);
      if (ratio === undefined) return { preset, status: 'not-assessable', reason: 'no-growth-ratio', rule };
      return { preset, status: classify(ratio, [[0.95, 'on-track'], [0.5, 'fair-progress'], [-0.1, 'limited-progress']], 'deterioration'), measure: ratio, rule };
    }
    case 'unsd-projected': {
      const rule = 'P = (projected − base)/(target − base), projected at the actual CAGR: ≥ 0.95 on track; 0.5–0.95 fair; −0.1–0.5 limited; < −0.1 deterioration';
      const ratio = projectedProgressRatio(input);
      if (ratio === undefined) return { preset, status: 'not-assessable', reason: 'no-growth-ratio', rule };
      return { preset, status: classify(ratio, [[0.95, 'on-track'], [0.5, 'fair-progress'], [-0.1, 'limited-progress']], 'deterioration'), measure: ratio, rule };
    }
    case 'escap': {
      const rule = 'anticipated progress P = (projected − base)/(target − base): ≥ 1 maintain progress; 0–1 accelerate; < 0 reverse the trend';
      const ratio = projectedProgressRatio(input);
      if (ratio === undefined) return { preset, status: 'not-assessable', reason: 'no-growth-ratio', rule };
      return { preset, status: classify(ratio, [[1, 'maintain'], [0, 'accelerate']], 'reverse'), measure: ratio, rule };
    }
    case 'destatis':
      return destatis(input);
  }
}
