/**
 * The status classes of Chongqing's 2023 mid-term evaluation of the 14th plan (DOMAIN.md, "What a real
 * mid-term evaluation holds"), which combine where an indicator stands now against time elapsed with
 * where it is expected to be at the end:
 *
 *   提前完成                          completed-early       the latest value already meets the target
 *   达到时序进度、预计可超额完成       on-schedule-exceed    distance covered ≥ time elapsed, and
 *                                                           P(exceed the target by ≥ exceedMargin of it) ≥ exceedProbability
 *   达到或基本达到时序进度、预计可如期完成 on-schedule-expected distance covered ≥ time elapsed − nearlyOnSchedule,
 *                                                           and P(meet) ≥ meetProbability
 *   未达进度或预计完成有难度           behind-or-at-risk     anything else
 *
 * The thresholds are settings (preset-settings.ts, models/presets.yaml): the report does not state
 * numbers, so the defaults (5 % margin, probabilities of one half, 10 points of schedule) are plancast's
 * reading of its words, and every output says so. Without a projection only the schedule speaks: the
 * "expected" halves are then read as met, and the assessment's note says so.
 */
import type { ChongqingPresetSettings } from './preset-settings.js';

export type ChongqingStatus = 'completed-early' | 'on-schedule-exceed' | 'on-schedule-expected' | 'behind-or-at-risk';

export interface ChongqingInput {
  alreadyMet: boolean;
  distanceCovered: number;
  elapsedShare: number;
  /** share of simulated paths meeting the goal, and exceeding it by the margin; undefined without a projection */
  meetProbability?: number | undefined;
  exceedProbability?: number | undefined;
}

export function chongqingStatus(input: ChongqingInput, settings: ChongqingPresetSettings): ChongqingStatus {
  if (input.alreadyMet) return 'completed-early';
  const gap = input.distanceCovered - input.elapsedShare;
  const tolerance = 1e-12;
  if (gap >= -tolerance && input.exceedProbability !== undefined && input.exceedProbability >= settings.exceedProbability) return 'on-schedule-exceed';
  if (gap >= -settings.nearlyOnSchedule - tolerance && (input.meetProbability === undefined || input.meetProbability >= settings.meetProbability)) return 'on-schedule-expected';
  return 'behind-or-at-risk';
}

export function chongqingRule(settings: ChongqingPresetSettings): string {
  const percent = (share: number): string => `${Math.round(share * 1000) / 10} %`;
  return `Chongqing 2023 mid-term classes: already met = 提前完成; distance covered ≥ time elapsed and P(beating the target by ≥ ${percent(settings.exceedMargin)} of it) ≥ ${settings.exceedProbability} = 达到时序进度、预计可超额完成; distance covered ≥ time elapsed − ${settings.nearlyOnSchedule} and P(meet) ≥ ${settings.meetProbability} = 达到或基本达到时序进度、预计可如期完成; otherwise 未达进度或预计完成有难度`;
}

/** The target a path must reach to "exceed" it: beyond the target by the margin, in the indicator's direction. */
export function exceedThreshold(target: number, direction: 'higher-is-better' | 'lower-is-better', margin: number): number {
  return direction === 'lower-is-better' ? target - margin * Math.abs(target) : target + margin * Math.abs(target);
}
