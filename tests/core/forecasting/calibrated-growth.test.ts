/**
 * The calibrated growth family against its model card, computed by hand; its paths against its bands;
 * the kind rules; and the shipped calibration's paths against its bands.
 */
import { describe, expect, it } from 'vitest';
import { resolveReferenceClass } from '../../../src/core/forecasting/reference-class.js';
import { calibratedGrowthFamily, type CalibratedGrowthSettings } from '../../../src/core/models/calibrated-growth.js';
import type { FittedModel } from '../../../src/core/models/model-family.js';
import type { ObservedSeries } from '../../../src/core/series/observed-series.js';
import { createSeededRandom } from '../../../src/core/statistics/seeded-random.js';
import { shippedCalibration } from '../models/fixtures.js';
import { testCalibration } from './calibration-fixtures.js';

const Z975 = 1.959963984540054;

function series(indicator: string, years: number[], values: number[], overrides: Partial<ObservedSeries> = {}): ObservedSeries {
  return { region: 'test-region', indicator, unit: '亿元', indicatorKind: 'flow', bounds: { lower: 0, upper: null }, years, values, ...overrides };
}

function fit(target: ObservedSeries, calibration = testCalibration): FittedModel<CalibratedGrowthSettings> {
  const outcome = calibratedGrowthFamily.fit(target, {}, { calibration: resolveReferenceClass(calibration, { id: target.indicator }) });
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.model;
}

describe('calibrated growth, by the model card', () => {
  // Two points, one year apart: no own variance, so σ̃² = σ̂² = exp(E ln σ²) = 0.0025;
  // w = (1/0.0025) / (1/0.0025 + 1/0.01) = 400 / 500 = 0.8; d = μ + c·tanh(w·(ln 1.1 − μ)/c), c = 0.2.
  const model = fit(series('test_flow', [2019, 2020], [100, 110]));
  const growth = 0.05 + 0.2 * Math.tanh((0.8 * (Math.log(1.1) - 0.05)) / 0.2);
  const centre = (h: number): number => Math.log(110) + growth * Array.from({ length: h }, (_, j) => 0.9 ** (j + 1)).reduce((a, b) => a + b, 0);
  const spread = (h: number): number => 0.05 * Math.sqrt(h);
  const forecast = calibratedGrowthFamily.forecast(model, 4, [50, 95]);

  it('shrinks the own growth toward the class mean by the years it spans', () => {
    expect(model.parameters.ownWeight).toBeCloseTo(0.8, 12);
    expect(model.parameters.growth).toBeCloseTo(growth, 12);
  });

  it('gives the median exp(centre(h)) and bands exp(centre ± z·σ̂·√h)', () => {
    for (const h of [1, 2, 3, 4]) {
      expect(forecast.point[h - 1]).toBeCloseTo(Math.exp(centre(h)), 9);
      expect(forecast.intervals[1]!.lower[h - 1]).toBeCloseTo(Math.exp(centre(h) - Z975 * spread(h)), 9);
      expect(forecast.intervals[1]!.upper[h - 1]).toBeCloseTo(Math.exp(centre(h) + Z975 * spread(h)), 9);
      // 50 % is not a stored probability: read between stored ones in the normal score, exact for a normal row.
      expect(forecast.intervals[0]!.upper[h - 1]).toBeCloseTo(Math.exp(centre(h) + 0.6744897501960817 * spread(h)), 9);
    }
    expect(forecast.intervalSource).toBe('calibrated');
  });

  it('with one point grows at the class mean, damped', () => {
    const single = calibratedGrowthFamily.forecast(fit(series('test_flow', [2020], [50])), 2, [95]);
    expect(single.point[1]).toBeCloseTo(50 * Math.exp(0.05 * (0.9 + 0.81)), 9);
  });

  it('keeps at most about c of a history’s growth beyond its class’s', () => {
    // 35 % a year, smoothly: w is near 1, and the excess over μ = 0.05 saturates at c = 0.2.
    const fast = fit(series('test_flow', [2016, 2017, 2018, 2019, 2020], [100, 135, 182, 246, 332]));
    expect(fast.parameters.ownWeight).toBeGreaterThan(0.9);
    expect(fast.parameters.growth).toBeLessThan(0.05 + 0.2);
    expect(fast.parameters.growth).toBeCloseTo(0.05 + 0.2 * Math.tanh((fast.parameters.ownWeight! * (Math.log(3.32) / 4 - 0.05)) / 0.2), 12);
  });

  it('uses the general class, and says so, for an indicator without one', () => {
    const general = fit(series('no_such_class', [2019, 2020], [100, 110]));
    expect(general.notes.join(' ')).toMatch(/no reference class of its own/);
    expect(general.parameters.damping).toBe(1);
  });

  it('shrinks the own volatility by empirical Bayes, weights it by λ, and reads it within 3√D of the class', () => {
    // Three points 100, 130, 100: d̂ = 0, s² = ((ln 1.3)² + (ln 1.3)²) / (3 − 2), ν = 1.
    const jumpy = fit(series('test_flow', [2018, 2019, 2020], [100, 130, 100]));
    const s2 = 2 * Math.log(1.3) ** 2;
    const bias = -1.9635100260214231 - Math.log(0.5); // ψ(ν/2) − ln(ν/2) with ν = 1 (R: digamma(0.5))
    const own = Math.min(Math.log(0.0025) + 3, Math.max(Math.log(0.0025) - 3, Math.log(s2) - bias));
    const kappa = 1 / (1 + 4.934802200544679); // D / (D + ψ′(ν/2)), D = 1, R: trigamma(0.5)
    const shrunk = kappa * own + (1 - kappa) * Math.log(0.0025);
    expect(jumpy.parameters.growthWeightVolatility).toBeCloseTo(Math.exp(shrunk), 12);
    expect(jumpy.parameters.volatility).toBeCloseTo(Math.exp(0.5 * shrunk + 0.5 * Math.log(0.0025)), 12);
  });
});

describe('calibrated growth paths come from the distribution of its bands', () => {
  const cases: [string, ObservedSeries, typeof testCalibration][] = [
    ['a normal-row calibration', series('test_flow', [2016, 2017, 2018, 2019, 2020], [80, 86, 95, 99, 110]), testCalibration],
    ['the shipped calibration, R&D intensity', series('rd_intensity', [2018, 2019, 2020], [2.28, 2.4, 2.75], { unit: '%', indicatorKind: 'ratio', bounds: { lower: 0, upper: 100 } }), shippedCalibration],
    ['the shipped calibration, a general-class flow', series('gdp', [2019, 2020], [900, 980]), shippedCalibration],
  ];
  const paths = 40000;
  const horizon = 8;
  const innovations = createSeededRandom(11).fillStandardNormal(new Float64Array(paths * horizon));

  it.each(cases)('%s: the share of paths below each band is the band’s level', (_, target, calibration) => {
    const model = fit(target, calibration);
    const forecast = calibratedGrowthFamily.forecast(model, horizon, [50, 80, 95]);
    const simulated = calibratedGrowthFamily.simulate(model, innovations, paths, horizon);
    for (const h of [1, 4, 8]) {
      const column = Array.from({ length: paths }, (_, path) => simulated[path * horizon + h - 1]!);
      for (const interval of forecast.intervals) {
        const below = column.filter((value) => value < interval.lower[h - 1]!).length / paths;
        const above = column.filter((value) => value > interval.upper[h - 1]!).length / paths;
        const tail = (1 - interval.level / 100) / 2;
        // 4 standard errors of a share from 40,000 independent draws
        const tolerance = 4 * Math.sqrt((tail * (1 - tail)) / paths);
        expect(Math.abs(below - tail)).toBeLessThan(tolerance);
        expect(Math.abs(above - tail)).toBeLessThan(tolerance);
      }
    }
  });

  it('correlates a path’s years like a random walk: corr(W₁, W₄) = 1/2', () => {
    const model = fit(cases[0]![1], testCalibration);
    const simulated = calibratedGrowthFamily.simulate(model, innovations, paths, horizon);
    const logs = (h: number) => Array.from({ length: paths }, (_, path) => Math.log(simulated[path * horizon + h - 1]!));
    const [first, fourth] = [logs(1), logs(4)];
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    const [m1, m4] = [mean(first), mean(fourth)];
    let covariance = 0, v1 = 0, v4 = 0;
    for (let index = 0; index < paths; index += 1) {
      covariance += (first[index]! - m1) * (fourth[index]! - m4);
      v1 += (first[index]! - m1) ** 2;
      v4 += (fourth[index]! - m4) ** 2;
    }
    expect(covariance / Math.sqrt(v1 * v4)).toBeCloseTo(0.5, 1);
  });
});

describe('kind rules', () => {
  it('a stock cannot lose more than half of itself in a year, and counts are whole', () => {
    const collapsed = series('test_stock', [2018, 2019, 2020], [400, 380, 120], { unit: '家', indicatorKind: 'stock' });
    const model = fit(collapsed);
    const forecast = calibratedGrowthFamily.forecast(model, 3, [95]);
    const paths = calibratedGrowthFamily.simulate(model, createSeededRandom(3).fillStandardNormal(new Float64Array(3000)), 1000, 3);
    for (let h = 1; h <= 3; h += 1) expect(forecast.intervals[0]!.lower[h - 1]!).toBeGreaterThanOrEqual(Math.round(120 * 0.5 ** h));
    for (const value of [...forecast.point, ...forecast.intervals[0]!.lower, ...forecast.intervals[0]!.upper, ...paths]) expect(Number.isInteger(value)).toBe(true);
    expect(Math.min(...Array.from({ length: 1000 }, (_, path) => paths[path * 3]!))).toBeGreaterThanOrEqual(60);
  });

  it('an amount is not rounded, even in a stock', () => {
    const model = fit(series('test_stock', [2019, 2020], [30.7, 33.1], { unit: '亿元', indicatorKind: 'stock' }));
    expect(calibratedGrowthFamily.forecast(model, 2, [95]).point.some((value) => !Number.isInteger(value))).toBe(true);
  });

  it('a share below 100 % stays below it and its growth saturates', () => {
    const share = series('test_flow', [2018, 2019, 2020], [90, 95, 97.5], { unit: '%', indicatorKind: 'share', bounds: { lower: 0, upper: 100 } });
    const forecast = calibratedGrowthFamily.forecast(fit(share), 10, [95]);
    for (const value of [...forecast.point, ...forecast.intervals[0]!.upper]) expect(value).toBeLessThan(100);
    const steps = forecast.point.map((value, index) => value - (index === 0 ? 97.5 : forecast.point[index - 1]!));
    for (let index = 1; index < steps.length; index += 1) expect(steps[index]!).toBeLessThan(steps[index - 1]!);
  });

  it('refuses values outside the log scale’s domain with a reason', () => {
    const outcome = calibratedGrowthFamily.fit(series('test_flow', [2019, 2020], [0, 4]), {}, { calibration: resolveReferenceClass(testCalibration, { id: 'test_flow' }) });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.reason).toMatch(/positive values; 2019 has 0/);
    const none = calibratedGrowthFamily.fit(series('test_flow', [2020], [4]), {}, {});
    expect(none.ok).toBe(false);
  });
});
