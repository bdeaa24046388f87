/**
 * A cumulative (累计) goal — a sum over the plan years, such as 技术合同成交额 "累计40亿元" over 2021–2025 —
 * judged the way evaluations judge it: the running sum so far against the same share of the total as
 * of time elapsed (序时进度 applied to the sum: by the end of year 3 of 5, 60 % of the total), and the
 * amount still needed each remaining year. A sum needs no growth rate: the "required growth" of a sum
 * can be negative (−34 % when the years so far already carry most of it), which reads as nonsense; the
 * yearly amount still needed does not (DOMAIN.md, "How planners compute today"; the Chongqing 2023
 * mid-term report states cumulative indicators as 累计完成 x, 占目标 y %).
 *
 *   2021–2025 total ≥ 40, observed 2021: 9, 2022: 10 → as of 2022: 19 = 47.5 % of 40 against 40 % elapsed,
 *   on schedule; 21 still needed over 3 years = 7 a year
 */
import { elapsedShare } from './elapsed-share.js';

export interface CumulativeInput {
  periodStart: number;
  goalYear: number;
  target: number;
  /** the judgement year: min(as-of, goal year) */
  judgedYear: number;
  /** observed yearly values (flows) by year */
  observed: ReadonlyMap<number, number>;
  /** a reported running total since periodStart (a `cumulative` actual), used when it is later than the yearly values */
  reportedTotal?: { year: number; value: number };
}

export interface CumulativeProgress {
  /** the sum of the period's observed years up to the judgement year (or the reported running total) */
  sumSoFar: number;
  /** the last year the sum covers; undefined when no year of the period is observed */
  throughYear: number | undefined;
  /** years of the period up to throughYear without an observation (the sum leaves them out) */
  missingYears: number[];
  /** share of the period elapsed: (judged − (start − 1)) / (goal − (start − 1)) */
  elapsedShare: number;
  /** sumSoFar / target */
  distanceCovered: number;
  onSchedule: boolean;
  /** what the remaining years must add, each, to reach the target (0 once it is reached) */
  yearlyAmountNeeded: number | undefined;
  remainingYears: number;
}

export function cumulativeProgress(input: CumulativeInput): CumulativeProgress {
  const { periodStart, goalYear, target, judgedYear, observed } = input;
  const years = [...observed.keys()].filter((year) => year >= periodStart && year <= Math.min(judgedYear, goalYear)).sort((a, b) => a - b);
  let sumSoFar = years.reduce((sum, year) => sum + observed.get(year)!, 0);
  let throughYear = years.at(-1);
  const missingYears: number[] = [];
  if (throughYear !== undefined) for (let year = periodStart; year <= throughYear; year++) if (!observed.has(year)) missingYears.push(year);
  const reported = input.reportedTotal;
  if (reported !== undefined && reported.year <= Math.min(judgedYear, goalYear) && (throughYear === undefined || reported.year > throughYear || missingYears.length > 0)) {
    sumSoFar = reported.value;
    throughYear = reported.year;
    missingYears.length = 0;
  }
  const baseYear = periodStart - 1;
  const elapsed = elapsedShare(judgedYear, baseYear, goalYear) ?? 1;
  const distanceCovered = target === 0 ? 1 : sumSoFar / target;
  const remainingYears = goalYear - (throughYear ?? baseYear);
  const stillNeeded = Math.max(0, target - sumSoFar);
  return {
    sumSoFar, throughYear, missingYears, elapsedShare: elapsed, distanceCovered,
    onSchedule: distanceCovered >= elapsed - 1e-12,
    yearlyAmountNeeded: stillNeeded === 0 ? 0 : remainingYears > 0 ? stillNeeded / remainingYears : undefined,
    remainingYears,
  };
}
