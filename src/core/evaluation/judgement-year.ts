/**
 * The year a goal is judged in: the assessment year, or the goal's own year once that has passed.
 * A goal whose year has passed is judged on its own year's value and never re-judged on later data
 * (DOMAIN.md, "What a real mid-term evaluation holds"; the Chongqing 2023 mid-term report judged the
 * 13th plan's 2020 targets on 2020, not on 2022). Judging a 2020 target on 2023 data reads as
 * "目标进度 216 %" for a goal that was simply met.
 *
 *   judgementYear(2023, 2020) → 2020     judgementYear(2023, 2025) → 2023
 */
export function judgementYear(asOfYear: number, goalYear: number): number {
  return Math.min(asOfYear, goalYear);
}

/** Whether the goal's year has passed as of the assessment year (then its own year's value decides). */
export function goalYearHasPassed(asOfYear: number, goalYear: number): boolean {
  return goalYear <= asOfYear;
}
