/**
 * 序时进度 — the share of the plan's time elapsed: (as-of − base) / (goal year − base), capped to [0, 1]
 * (DOMAIN.md, "How planners compute today"; "时间过半、任务过半": 40 % at the end of year 2 of a five-year
 * plan, 60 % at the end of year 3, as the Chongqing and national 2023 mid-term reports count it).
 * Before the base year nothing has elapsed; after the goal year all of it has.
 *
 *   elapsedShare(2023, 2020, 2025) → 0.6     elapsedShare(2027, 2020, 2025) → 1
 */
export function elapsedShare(asOfYear: number, baseYear: number, goalYear: number): number | undefined {
  if (!(goalYear > baseYear)) return undefined;
  return Math.min(1, Math.max(0, (asOfYear - baseYear) / (goalYear - baseYear)));
}
