import { describe, expect, it } from 'vitest';
import { compoundGrowthFamily } from '../../../src/core/models/compound-growth.js';
import { meanGrowthFamily } from '../../../src/core/models/mean-growth.js';
import { pooledGrowthFamily } from '../../../src/core/models/pooled-growth.js';
import { computePooledGrowthPrior } from '../../../src/core/models/pooled-growth-prior.js';
import type { FitOutcome } from '../../../src/core/models/model-family.js';
import { context, flowSeries, makeSeries, pooledPrior } from './fixtures.js';

const ok = <T>(outcome: FitOutcome<T>) => {
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.model;
};

// Yongchuan's 测算依据: 2017–2019 R&D intensity 2.28, 2.4, 2.75 %; 2015 back-computed from the stated
// 2015–2019 average growth of 43.8 % (2.75 / 1.438⁴ ≈ 0.643); 2016 made up.
const yongchuan = makeSeries([2015, 2016, 2017, 2018, 2019], [0.643, 0.82, 2.28, 2.4, 2.75], {
  region: 'yongchuan',
  indicator: 'rd_intensity',
  unit: '%',
  indicatorKind: 'ratio',
  bounds: { lower: 0, upper: 100 },
});

describe('compound growth', () => {
  it("reproduces the Yongchuan 测算依据: 9.82 % a year from 2017–2019, 4.82 % in 2025", () => {
    const exact = compoundGrowthFamily.settingsSchema.parse({ window: { startYear: 2017, endYear: 2019 }, origin: { year: 2019 } });
    const model = ok(compoundGrowthFamily.fit(yongchuan, exact, {}));
    expect(Number(((model.parameters.growthRate as number) * 100).toFixed(2))).toBe(9.82);
    const forecast = compoundGrowthFamily.forecast(model, 6, [80, 95]);
    expect(forecast.years[5]).toBe(2025);
    // The exact rate (9.8244 %) gives 4.8253; the document compounds its stated, rounded 9.82 %.
    expect(forecast.point[5]).toBeCloseTo(2.75 * (2.75 / 2.28) ** 3, 12);
    expect(model.notes.join(' ')).toMatch(/2017–2019 only/);
    const stated = compoundGrowthFamily.settingsSchema.parse({ window: { startYear: 2017, endYear: 2019 }, origin: { year: 2019 }, growthRateDecimals: 2 });
    const planners = ok(compoundGrowthFamily.fit(yongchuan, stated, {}));
    expect(planners.parameters.growthRate).toBeCloseTo(0.0982, 15);
    const plannersForecast = compoundGrowthFamily.forecast(planners, 6, [80, 95]);
    expect(plannersForecast.point[5]).toBeCloseTo(2.75 * 1.0982 ** 6, 12);
    expect(Number(plannersForecast.point[5]!.toFixed(2))).toBe(4.82);
    expect(planners.notes.join(' ')).toMatch(/rounded to 9.82 % before compounding/);
  });

  it('grows from an origin before the last observation, keeping the forecast years after it', () => {
    const withActual2020 = { ...yongchuan, years: [...yongchuan.years, 2020], values: [...yongchuan.values, 2.9] };
    const settings = compoundGrowthFamily.settingsSchema.parse({ window: { startYear: 2017, endYear: 2019 }, origin: { year: 2019 }, growthRateDecimals: 2 });
    const model = ok(compoundGrowthFamily.fit(withActual2020, settings, {}));
    const forecast = compoundGrowthFamily.forecast(model, 5, [95]);
    expect(forecast.years).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(Number(forecast.point[4]!.toFixed(2))).toBe(4.82);
  });

  it('explains a window or origin it cannot use', () => {
    const badWindow = compoundGrowthFamily.fit(yongchuan, compoundGrowthFamily.settingsSchema.parse({ window: { startYear: 2014, endYear: 2019 } }), {});
    expect(badWindow.ok).toBe(false);
    if (!badWindow.ok) expect(badWindow.reason).toMatch(/2014–2019.*observed: 2015, 2016/);
    const lateOrigin = compoundGrowthFamily.fit(yongchuan, compoundGrowthFamily.settingsSchema.parse({ origin: { year: 2021 } }), {});
    expect(lateOrigin.ok).toBe(false);
    const unobservedOrigin = compoundGrowthFamily.fit(makeSeries([2015, 2020], [1, 2]), compoundGrowthFamily.settingsSchema.parse({ origin: { year: 2018 } }), {});
    expect(unobservedOrigin.ok).toBe(false);
    if (!unobservedOrigin.ok) expect(unobservedOrigin.reason).toMatch(/give origin.value/);
  });

  it('takes a two-point series spread from the pooled prior and says so', () => {
    const model = ok(compoundGrowthFamily.fit(makeSeries([2015, 2020], [100, 160]), compoundGrowthFamily.settingsSchema.parse(undefined), context));
    expect(model.intervalSource).toBe('pooled');
    expect(model.residualScale.degreesOfFreedom).toBeNull();
    expect(model.parameters.noiseStandardDeviation).toBe(pooledPrior.standardDeviation);
    expect(model.intervalSourceDescription).toMatch(/too few for their own spread.*pooled spread.*6 flow series in 4 regions/);
  });

  it('falls back to the stated default spread without a pooled prior, and says it is an assumption', () => {
    const model = ok(compoundGrowthFamily.fit(makeSeries([2015, 2020], [100, 160]), compoundGrowthFamily.settingsSchema.parse({ spread: { defaultStandardDeviation: 0.2 } }), {}));
    expect(model.intervalSource).toBe('default');
    expect(model.parameters.noiseStandardDeviation).toBe(0.2);
    expect(model.intervalSourceDescription).toMatch(/stated default.*assumption, not an estimate/);
  });

  it("uses the series' own spread with enough points (Student-t), and treats a default pooled prior as a default", () => {
    const own = ok(compoundGrowthFamily.fit(flowSeries, compoundGrowthFamily.settingsSchema.parse(undefined), context));
    expect(own.intervalSource).toBe('residuals');
    expect(own.residualScale.degreesOfFreedom).toBe(4);
    const defaultPrior = computePooledGrowthPrior([], 'flow');
    const two = ok(compoundGrowthFamily.fit(makeSeries([2015, 2020], [100, 160]), compoundGrowthFamily.settingsSchema.parse(undefined), { pooledGrowth: defaultPrior }));
    expect(two.intervalSource).toBe('default');
  });

  it('does not apply a prior pooled over another indicator kind', () => {
    const ratio = makeSeries([2015, 2020], [1.2, 1.9], { indicatorKind: 'ratio', unit: '%', bounds: { lower: 0, upper: 100 } });
    const model = ok(compoundGrowthFamily.fit(ratio, compoundGrowthFamily.settingsSchema.parse(undefined), context));
    expect(model.intervalSource).toBe('default');
    expect(model.intervalSourceDescription).toMatch(/prior supplied is for flow indicators, not ratio/);
    const pooled = pooledGrowthFamily.fit(ratio, {}, context);
    expect(pooled.ok).toBe(false);
  });

  it('refuses a zero value it would have to grow from', () => {
    const outcome = compoundGrowthFamily.fit(makeSeries([2019, 2020], [0, 3]), compoundGrowthFamily.settingsSchema.parse(undefined), context);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.reason).toMatch(/positive values; 2019 has 0/);
  });

  it('keeps shares at or below 100', () => {
    const share = makeSeries([2018, 2019, 2020], [80, 90, 97], { indicatorKind: 'share', unit: '%', bounds: { lower: 0, upper: 100 } });
    const model = ok(compoundGrowthFamily.fit(share, compoundGrowthFamily.settingsSchema.parse(undefined), context));
    const forecast = compoundGrowthFamily.forecast(model, 5, [95]);
    expect(Math.max(...forecast.point, ...forecast.intervals[0]!.upper)).toBeLessThanOrEqual(100);
    expect(forecast.boundsApplied).toBe(true);
  });
});

describe('mean growth', () => {
  it('is labelled as the arithmetic mean of yearly rates and exceeds the CAGR when growth is uneven', () => {
    const settings = meanGrowthFamily.settingsSchema.parse({ window: { startYear: 2017, endYear: 2019 } });
    const model = ok(meanGrowthFamily.fit(yongchuan, settings, {}));
    expect(meanGrowthFamily.label.en).toMatch(/[Aa]rithmetic mean of yearly growth rates/);
    expect(model.parameters.growthRate).toBeCloseTo((2.4 / 2.28 + 2.75 / 2.4) / 2 - 1, 14);
    expect(model.parameters.growthRate as number).toBeGreaterThan(model.parameters.compoundGrowthRate as number);
    expect(model.notes[0]).toMatch(/arithmetic mean of yearly growth rates 9\.92 % \(the compound rate over the same years is 9\.82 %\)/);
  });

  it('documents how it treats gaps', () => {
    const model = ok(meanGrowthFamily.fit(makeSeries([2015, 2016, 2019], [100, 120, 120 * 1.1 ** 3]), meanGrowthFamily.settingsSchema.parse(undefined), context));
    expect(model.parameters.growthRate).toBeCloseTo(0.125, 12);
    expect(model.notes.join(' ')).toMatch(/gaps 2016–2019 count as their geometric per-year rate once per year spanned/);
  });
});

describe('pooled growth prior', () => {
  const regions = ['a', 'b', 'c', 'd'];
  const series = regions.map((region, index) =>
    makeSeries([2016, 2017, 2018, 2020], [100, 100 * (1.05 + index * 0.02), 100 * (1.05 + index * 0.02) ** 2, 100 * (1.05 + index * 0.02) ** 4 * (index % 2 ? 1.03 : 0.97)], { region }),
  );

  it('summarises per-year log growth rates across series and regions, with a sentence saying so', () => {
    const prior = computePooledGrowthPrior(series, 'flow');
    expect(prior.isDefault).toBe(false);
    expect(prior.count).toBe(12);
    expect(prior.seriesCount).toBe(4);
    expect(prior.regionCount).toBe(4);
    expect(prior.withinSeriesStandardDeviation).toBeGreaterThan(0);
    expect(prior.betweenSeriesStandardDeviation).toBeGreaterThan(0);
    expect(prior.source).toMatch(/12 yearly log growth rates from 4 flow series \(1 indicator\) in 4 regions/);
    const rates = series.flatMap((entry) => entry.values.slice(1).map((value, index) => Math.log(value / entry.values[index]!) / (entry.years[index + 1]! - entry.years[index]!)));
    expect(prior.mean).toBeCloseTo(rates.reduce((sum, rate) => sum + rate, 0) / rates.length, 14);
  });

  it('ignores other kinds and the excluded series, and falls back to a documented default', () => {
    const prior = computePooledGrowthPrior(series, 'flow', { exclude: { region: 'a', indicator: 'test_indicator' } });
    expect(prior.seriesCount).toBe(3);
    expect(prior.source).toMatch(/excluding a\/test_indicator/);
    const none = computePooledGrowthPrior(series, 'ratio');
    expect(none.isDefault).toBe(true);
    expect(none.standardDeviation).toBe(0.1);
    expect(none.source).toMatch(/only 0 yearly log growth rates.*documented default spread 0.1/);
  });
});

describe('pooled growth', () => {
  it('shrinks a short series toward the pooled mean, more so the fewer years it covers', () => {
    const short = ok(pooledGrowthFamily.fit(makeSeries([2019, 2020], [100, 130]), {}, context));
    const long = ok(pooledGrowthFamily.fit(makeSeries([2010, 2020], [100, 100 * 1.3 ** 10]), {}, context));
    const own = Math.log(1.3);
    for (const model of [short, long]) {
      const rate = model.parameters.logGrowthRate as number;
      expect(rate).toBeGreaterThan(pooledPrior.mean);
      expect(rate).toBeLessThan(own);
    }
    expect(long.parameters.ownWeight as number).toBeGreaterThan(short.parameters.ownWeight as number);
    expect(short.intervalSource).toBe('pooled');
  });

  it('grows a single observation at the pooled mean', () => {
    const model = ok(pooledGrowthFamily.fit(makeSeries([2020], [50]), {}, context));
    expect(model.parameters.logGrowthRate).toBeCloseTo(pooledPrior.mean, 15);
    expect(pooledGrowthFamily.forecast(model, 1, [80]).point[0]).toBeCloseTo(50 * Math.exp(pooledPrior.mean), 12);
  });

  it('refuses to pretend without a real pooled prior', () => {
    expect(pooledGrowthFamily.fit(flowSeries, {}, {}).ok).toBe(false);
    const outcome = pooledGrowthFamily.fit(flowSeries, {}, { pooledGrowth: computePooledGrowthPrior([], 'flow') });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.reason).toMatch(/default, not data/);
  });
});
