/**
 * The growth between consecutive observations of a series whose years may have gaps, as per-year rates.
 * Over a gap of k years (2016 → 2020) the per-year rate is the geometric one, (x_j / x_i)^(1/k) − 1, the
 * constant yearly rate that would cover the gap; its log form is ln(x_j / x_i) / k.
 *
 * @example yearlyGrowthRates([2015, 2016, 2020], [100, 110, 161.05])
 *   // [{ fromYear: 2015, toYear: 2016, span: 1, rate: 0.1, logRate: 0.0953… },
 *   //  { fromYear: 2016, toYear: 2020, span: 4, rate: 0.1, logRate: 0.0953… }]
 */

export interface YearlyGrowthInterval {
  fromYear: number;
  toYear: number;
  /** years covered: toYear − fromYear. */
  span: number;
  /** per-year simple growth rate over the interval. */
  rate: number;
  /** per-year log growth rate over the interval. */
  logRate: number;
}

export function yearlyGrowthRates(years: readonly number[], values: readonly number[]): YearlyGrowthInterval[] {
  if (years.length !== values.length) {
    throw new RangeError(`yearlyGrowthRates requires as many years as values (${years.length} vs ${values.length})`);
  }
  const intervals: YearlyGrowthInterval[] = [];
  for (let index = 1; index < years.length; index += 1) {
    const fromYear = years[index - 1]!;
    const toYear = years[index]!;
    const from = values[index - 1]!;
    const to = values[index]!;
    const span = toYear - fromYear;
    if (!(span > 0)) throw new RangeError(`yearlyGrowthRates requires strictly increasing years (${fromYear}, ${toYear})`);
    if (!(from > 0) || !(to > 0)) {
      throw new RangeError(`yearlyGrowthRates requires positive values (${fromYear}: ${from}, ${toYear}: ${to})`);
    }
    // Difference of logs, not the log of the ratio: the ratio of extreme values can overflow.
    const logRate = (Math.log(to) - Math.log(from)) / span;
    intervals.push({ fromYear, toYear, span, rate: Math.expm1(logRate), logRate });
  }
  return intervals;
}
