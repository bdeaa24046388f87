/**
 * The arithmetic mean of yearly growth rates — the other average planners use ("近三年平均增长率"
 * sometimes means this, sometimes the CAGR; say which). It is never below the CAGR over the same years
 * (arithmetic ≥ geometric mean) and differs most when growth is uneven.
 *
 * Gaps: an interval of k years contributes its geometric per-year rate k times (as if each missing year
 * grew at that rate), so the mean is weighted by years, Σ kᵢ·rᵢ / Σ kᵢ. Without gaps this is the plain
 * mean of the yearly rates.
 *
 * @example meanYearlyGrowthRate([2017, 2018, 2019], [2.28, 2.4, 2.75]) // 0.0992… (CAGR: 0.0982…)
 */
import { yearlyGrowthRates } from './yearly-growth-rates.js';

export function meanYearlyGrowthRate(years: readonly number[], values: readonly number[]): number {
  if (years.length < 2) throw new RangeError('meanYearlyGrowthRate requires at least two observations');
  let weighted = 0;
  let totalYears = 0;
  for (const interval of yearlyGrowthRates(years, values)) {
    weighted += interval.span * interval.rate;
    totalYears += interval.span;
  }
  return weighted / totalYears;
}
