/**
 * Compound annual growth rate over a window: g = (x_end / x_start)^(1 / years) − 1, the planners' own
 * formula (the Yongchuan plan's 测算依据 uses it for 2017–2019 R&D intensity: (2.75 / 2.28)^(1/2) − 1
 * = 9.82 %). `years` is end year − start year, not the number of observations.
 *
 * @example compoundAnnualGrowthRate(2.28, 2.75, 2) // 0.0982…
 */
export function compoundAnnualGrowthRate(startValue: number, endValue: number, years: number): number {
  if (!(years > 0)) throw new RangeError(`compoundAnnualGrowthRate requires a positive number of years, got ${years}`);
  if (!(startValue > 0) || !(endValue > 0)) {
    throw new RangeError(
      `compoundAnnualGrowthRate requires positive start and end values, got ${startValue} and ${endValue}`,
    );
  }
  return Math.expm1((Math.log(endValue) - Math.log(startValue)) / years);
}
