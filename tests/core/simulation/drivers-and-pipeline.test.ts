import { describe, expect, it } from 'vitest';
import { driverFactors, ratioParts } from '../../../src/core/simulation/driver-factors.js';
import { calibrateConversionRate, simulateHighTechStock, startingCohorts } from '../../../src/core/simulation/enterprise-pipeline.js';

describe('ratioParts', () => {
  it('reads numerator and denominator of the catalogue relations', () => {
    expect(ratioParts('rd_expenditure / gdp * 100')).toEqual({ numerator: 'rd_expenditure', denominator: 'gdp' });
    expect(ratioParts('valid_invention_patents / population')).toEqual({ numerator: 'valid_invention_patents', denominator: 'population' });
    expect(ratioParts('a + b')).toBeUndefined();
  });
});

describe('driverFactors', () => {
  const gdpSlowdown = { gdp: { growthPercent: 4, baselineGrowthPercent: 6, spreadPercent: 0 } };

  it('a GDP slowdown with unchanged R&D spending raises R&D intensity growth by (1.06 / 1.04)', () => {
    const factors = driverFactors('rd_intensity', 'rd_expenditure / gdp * 100', gdpSlowdown, 1, 'r', 3, 4, 2021)!;
    for (const factor of factors) expect(factor).toBeCloseTo(1.06 / 1.04, 12);
  });

  it('moves GDP itself by (1.04 / 1.06), and leaves unrelated indicators alone', () => {
    expect(driverFactors('gdp', undefined, gdpSlowdown, 1, 'r', 2, 2, 2021)![0]).toBeCloseTo(1.04 / 1.06, 12);
    expect(driverFactors('tech_enterprises', undefined, gdpSlowdown, 1, 'r', 2, 2, 2021)).toBeUndefined();
  });

  it('R&D spending and GDP moving together leave intensity unchanged', () => {
    const both = { gdp: { growthPercent: 8, baselineGrowthPercent: 6, spreadPercent: 0 }, rdExpenditure: { growthPercent: 8, baselineGrowthPercent: 6, spreadPercent: 0 } };
    for (const factor of driverFactors('rd_intensity', 'rd_expenditure / gdp * 100', both, 1, 'r', 2, 3, 2021)!) expect(factor).toBeCloseTo(1, 12);
  });

  it('uncertain drivers: the same region, seed and year give the same draw for every indicator', () => {
    const noisy = { gdp: { growthPercent: 6, spreadPercent: 2 } };
    const forGdp = driverFactors('gdp', undefined, noisy, 7, 'yubei', 10, 5, 2021)!;
    const forIntensity = driverFactors('rd_intensity', 'rd_expenditure / gdp * 100', noisy, 7, 'yubei', 10, 4, 2022)!;
    // intensity starts a year later: its step 0 is GDP's step 1, and it moves inversely
    for (let path = 0; path < 10; path++) expect(forIntensity[path * 4]! * forGdp[path * 5 + 1]!).toBeCloseTo(1, 12);
  });
});

describe('enterprise pipeline', () => {
  it('starting cohorts sum to the stock', () => {
    const cohorts = startingCohorts(690, 0.08, 3);
    expect(cohorts.reduce((sum, cohort) => sum + cohort, 0)).toBeCloseTo(690, 9);
    expect(cohorts[2]!).toBeGreaterThan(cohorts[0]!);
  });

  it('the calibrated conversion rate reproduces the baseline growth in the first year', () => {
    const rate = calibrateConversionRate(690, 2905, 0.08, 0.7, 3);
    const pool = new Float64Array([2905 * 1.1, 2905 * 1.21]);
    const stock = simulateHighTechStock(pool, 2905, 690, 0.08, { conversionRate: rate, renewalRate: 0.7, certificationYears: 3 }, () => rate, 1, 2);
    expect(stock[0]).toBeCloseTo(690 * 1.08, 9);
  });

  it('with no new certifications and no renewals the stock lapses cohort by cohort', () => {
    const stock = simulateHighTechStock(new Float64Array(3).fill(1000), 1000, 300, 0, { conversionRate: 0, renewalRate: 0, certificationYears: 3 }, () => 0, 1, 3);
    expect([...stock].map((value) => Math.round(value))).toEqual([200, 100, 0]);
  });

  it('a higher conversion rate (a cultivation programme) never lowers the stock', () => {
    const pool = new Float64Array(5).fill(3000);
    const parameters = { conversionRate: 0.05, renewalRate: 0.7, certificationYears: 3 };
    const low = simulateHighTechStock(pool, 3000, 700, 0.05, parameters, () => 0.05, 1, 5);
    const high = simulateHighTechStock(pool, 3000, 700, 0.05, parameters, () => 0.07, 1, 5);
    for (let step = 0; step < 5; step++) expect(high[step]!).toBeGreaterThan(low[step]!);
  });
});
