import { describe, expect, it } from 'vitest';
import { compoundAnnualGrowthRate } from '../../../src/core/statistics/compound-annual-growth-rate.js';
import { meanYearlyGrowthRate } from '../../../src/core/statistics/mean-yearly-growth-rate.js';
import { requiredGrowthRate } from '../../../src/core/statistics/required-growth-rate.js';
import { yearlyGrowthRates } from '../../../src/core/statistics/yearly-growth-rates.js';

describe('compoundAnnualGrowthRate', () => {
  it("reproduces the Yongchuan plan's 2017–2019 R&D-intensity rate (9.82 %)", () => {
    const rate = compoundAnnualGrowthRate(2.28, 2.75, 2);
    expect(rate).toBeCloseTo(Math.sqrt(2.75 / 2.28) - 1, 15);
    expect(Number((rate * 100).toFixed(2))).toBe(9.82);
  });

  it('is exact for a known compound path and requires positive values and years', () => {
    expect(compoundAnnualGrowthRate(100, 100 * 1.1 ** 5, 5)).toBeCloseTo(0.1, 14);
    expect(compoundAnnualGrowthRate(100, 50, 1)).toBeCloseTo(-0.5, 15);
    expect(() => compoundAnnualGrowthRate(0, 5, 2)).toThrow(/positive start and end/);
    expect(() => compoundAnnualGrowthRate(1, 5, 0)).toThrow(/positive number of years/);
  });
});

describe('requiredGrowthRate', () => {
  it('is the rate that reaches the target exactly in the target year', () => {
    const rate = requiredGrowthRate(2.75, 2019, 3, 2025);
    expect(2.75 * (1 + rate) ** 6).toBeCloseTo(3, 12);
    expect(() => requiredGrowthRate(2.75, 2025, 3, 2025)).toThrow(RangeError);
  });
});

describe('yearlyGrowthRates', () => {
  it('gives a gap its geometric per-year rate', () => {
    const intervals = yearlyGrowthRates([2015, 2016, 2020], [100, 110, 110 * 1.1 ** 4]);
    expect(intervals.map((interval) => interval.span)).toEqual([1, 4]);
    expect(intervals[1]!.rate).toBeCloseTo(0.1, 14);
    expect(intervals[1]!.logRate).toBeCloseTo(Math.log(1.1), 14);
  });

  it('rejects non-positive values and unordered years', () => {
    expect(() => yearlyGrowthRates([2015, 2016], [0, 1])).toThrow(/positive/);
    expect(() => yearlyGrowthRates([2016, 2015], [1, 1])).toThrow(/increasing/);
  });
});

describe('meanYearlyGrowthRate', () => {
  it('is the arithmetic mean of yearly rates, not the CAGR', () => {
    const mean = meanYearlyGrowthRate([2017, 2018, 2019], [2.28, 2.4, 2.75]);
    expect(mean).toBeCloseTo((2.4 / 2.28 - 1 + (2.75 / 2.4 - 1)) / 2, 15);
    expect(mean).toBeGreaterThan(compoundAnnualGrowthRate(2.28, 2.75, 2));
  });

  it('weights a gap by the years it spans', () => {
    // 2015→2016: +20 %; 2016→2019: 10 % a year for three years → (20 + 3·10)/4 = 12.5 %.
    const mean = meanYearlyGrowthRate([2015, 2016, 2019], [100, 120, 120 * 1.1 ** 3]);
    expect(mean).toBeCloseTo(0.125, 13);
  });
});
