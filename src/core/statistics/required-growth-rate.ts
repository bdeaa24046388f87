/**
 * The yearly growth a target requires: g* = (target / x_latest)^(1 / (T − t_latest)) − 1 — the compound
 * rate that takes the latest value to the target exactly in the target year.
 *
 * @example requiredGrowthRate(2.75, 2019, 3, 2025) // 0.01461…
 */
import { compoundAnnualGrowthRate } from './compound-annual-growth-rate.js';

export function requiredGrowthRate(latestValue: number, latestYear: number, target: number, targetYear: number): number {
  if (!(targetYear > latestYear)) {
    throw new RangeError(`requiredGrowthRate requires the target year (${targetYear}) after the latest year (${latestYear})`);
  }
  return compoundAnnualGrowthRate(latestValue, target, targetYear - latestYear);
}
