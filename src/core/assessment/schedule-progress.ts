/**
 * The mid-term measures planners read first (see DOMAIN.md, "How planners compute today"):
 * - 完成率 (attainment): latest / target;
 * - share of the distance covered: (latest − base) / (target − base);
 * - 序时进度 (share of time elapsed): (as-of year − base year) / (target year − base year), capped to [0, 1];
 * - on schedule when the distance covered is at least the time elapsed;
 * - Sicherl's time distance: how many years the latest value is ahead of (+) or behind (−) the straight
 *   path from the base to the target.
 */
import type { Direction } from '../catalog/indicator-catalog.js';
import { elapsedShare } from '../evaluation/elapsed-share.js';
import { progressTowardTarget } from '../evaluation/progress-toward-target.js';

export interface ScheduleInput {
  baseYear: number;
  baseValue: number;
  latestYear: number;
  latestValue: number;
  targetYear: number;
  targetValue: number;
  /** the year of the assessment; defaults to the latest year. */
  asOfYear?: number;
  /** lower-is-better indicators flip attainment (evaluation/progress-toward-target.ts); default higher-is-better */
  direction?: Direction;
}

export interface ScheduleProgress {
  attainment: number;
  distanceCovered: number;
  timeElapsed: number;
  onSchedule: boolean;
  /** years ahead (+) or behind (−) the straight path; undefined when the target equals the base. */
  yearsAheadOfStraightPath?: number;
}

/** The value the straight path from base to target reaches in `year`. */
export function straightPathValue(input: Pick<ScheduleInput, 'baseYear' | 'baseValue' | 'targetYear' | 'targetValue'>, year: number): number {
  const share = (year - input.baseYear) / (input.targetYear - input.baseYear);
  return input.baseValue + share * (input.targetValue - input.baseValue);
}

export function scheduleProgress(input: ScheduleInput): ScheduleProgress {
  const asOfYear = input.asOfYear ?? input.latestYear;
  const distance = input.targetValue - input.baseValue;
  const { distanceCovered, attainment } = progressTowardTarget({ baseValue: input.baseValue, latestValue: input.latestValue, targetValue: input.targetValue, direction: input.direction ?? 'higher-is-better' });
  // 序时进度 counts to the judgement year and stops at the goal year (evaluation/elapsed-share.ts).
  const timeElapsed = elapsedShare(asOfYear, input.baseYear, input.targetYear) ?? 1;
  const progress: ScheduleProgress = {
    attainment: attainment ?? Number.NaN,
    distanceCovered,
    timeElapsed,
    onSchedule: distanceCovered >= timeElapsed - 1e-12,
  };
  if (distance !== 0) {
    // The year in which the straight path passes the latest value, compared with the latest year.
    const yearOnPath = input.baseYear + distanceCovered * (input.targetYear - input.baseYear);
    progress.yearsAheadOfStraightPath = yearOnPath - input.latestYear;
  }
  return progress;
}
