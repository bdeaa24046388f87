import { describe, expect, it } from 'vitest';
import { ratioParts } from '../../../src/core/catalog/indicator-roles.js';
import { driverFactors, driverTerms } from '../../../src/core/simulation/driver-factors.js';
import { loadCatalog } from '../../../src/io/load-catalog.js';
import { calibrateConversionRate, simulateHighTechStock, startingCohorts } from '../../../src/core/simulation/enterprise-pipeline.js';

describe('ratioParts', () => {
  it('reads numerator and denominator of the catalogue relations', () => {
    expect(ratioParts('rd_expenditure / gdp * 100')).toEqual({ numerator: 'rd_expenditure', denominator: 'gdp' });
    expect(ratioParts('valid_invention_patents / population')).toEqual({ numerator: 'valid_invention_patents', denominator: 'population' });
    expect(ratioParts('a + b')).toBeUndefined();
  });
});

describe('driverTerms', () => {
  it('reads from the catalogue\'s roles which drivers an indicator follows, and how', () => {
    const catalog = loadCatalog();
    expect(driverTerms(catalog.indicators.get('rd_intensity')!, catalog)).toEqual([{ driver: 'rdExpenditure', exponent: 1 }, { driver: 'gdp', exponent: -1 }]);
    expect(driverTerms(catalog.indicators.get('invention_patents_per_10k')!, catalog)).toEqual([{ driver: 'population', exponent: -1 }]);
    expect(driverTerms(catalog.indicators.get('gdp')!, catalog)).toEqual([{ driver: 'gdp', exponent: 1 }]);
    expect(driverTerms(catalog.indicators.get('tech_enterprises')!, catalog)).toEqual([]);
  });
});

describe('driverFactors', () => {
  const gdpSlowdown = { gdp: { growthPercent: 4, baselineGrowthPercent: 6, spreadPercent: 0 } };
  const INTENSITY = [{ driver: 'rdExpenditure', exponent: 1 }, { driver: 'gdp', exponent: -1 }] as const;
  const GDP = [{ driver: 'gdp', exponent: 1 }] as const;
  const options = (seed: number, region: string, pathCount: number, horizon: number, firstYear: number) => ({ seed, region, pathCount, horizon, firstYear });

  it('a GDP slowdown with unchanged R&D spending raises R&D intensity growth by (1.06 / 1.04)', () => {
    const factors = driverFactors(INTENSITY, gdpSlowdown, options(1, 'r', 3, 4, 2021))!;
    for (const factor of factors) expect(factor).toBeCloseTo(1.06 / 1.04, 12);
  });

  it('moves GDP itself by (1.04 / 1.06), and leaves unrelated indicators alone', () => {
    expect(driverFactors(GDP, gdpSlowdown, options(1, 'r', 2, 2, 2021))![0]).toBeCloseTo(1.04 / 1.06, 12);
    expect(driverFactors([], gdpSlowdown, options(1, 'r', 2, 2, 2021))).toBeUndefined();
  });

  it('R&D spending and GDP moving together leave intensity unchanged', () => {
    const both = { gdp: { growthPercent: 8, baselineGrowthPercent: 6, spreadPercent: 0 }, rdExpenditure: { growthPercent: 8, baselineGrowthPercent: 6, spreadPercent: 0 } };
    for (const factor of driverFactors(INTENSITY, both, options(1, 'r', 2, 3, 2021))!) expect(factor).toBeCloseTo(1, 12);
  });

  it('a change from the trend moves the growth factor by (1 + g + Δ) / (1 + g), g the driver\'s trend that year', () => {
    const shifted = { rdExpenditure: { changePercentagePoints: 2, spreadPercent: 0 } };
    const trend = (_driver: string, year: number) => (year === 2021 ? 0.15 : 0.1);
    const factors = driverFactors(INTENSITY, shifted, { ...options(1, 'r', 1, 2, 2021), trend })!;
    expect(factors[0]).toBeCloseTo(1.17 / 1.15, 12);
    expect(factors[1]).toBeCloseTo(1.12 / 1.1, 12);
    // without a trend from the data, Δ points add Δ / 100 to the factor
    expect(driverFactors(INTENSITY, shifted, options(1, 'r', 1, 1, 2021))![0]).toBeCloseTo(1.02, 12);
  });

  it('uncertain drivers: the same region, seed and year give the same draw for every indicator', () => {
    const noisy = { gdp: { growthPercent: 6, spreadPercent: 2 } };
    const forGdp = driverFactors(GDP, noisy, options(7, 'yubei', 10, 5, 2021))!;
    const forIntensity = driverFactors(INTENSITY, noisy, options(7, 'yubei', 10, 4, 2022))!;
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
