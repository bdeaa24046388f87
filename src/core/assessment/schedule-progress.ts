/**
 * The mid-term measures planners read first (see DOMAIN.md, "How planners compute today"):
 * - 完成率 (attainment): latest / target;
 * - share of the distance covered: (latest − base) / (target − base);
 * - 序时进度 (share of time elapsed): (as-of year − base year) / (target year − base year);
 * - on schedule when the distance covered is at least the time elapsed;
 * - Sicherl's time distance: how many years the latest value is ahead of (+) or behind (−) the straight
 *   path from the base to the target.
 */
export interface ScheduleInput {
  baseYear: number;
  baseValue: number;
  latestYear: number;
  latestValue: number;
  targetYear: number;
  targetValue: number;
  /** the year of the assessment; defaults to the latest year. */
  asOfYear?: number;
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
  const distanceCovered = distance === 0 ? 1 : (input.latestValue - input.baseValue) / distance;
  const timeElapsed = (asOfYear - input.baseYear) / (input.targetYear - input.baseYear);
  const progress: ScheduleProgress = {
    attainment: input.latestValue / input.targetValue,
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
