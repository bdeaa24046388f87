import { describe, expect, it } from 'vitest';
import { dampedTrendFamily } from '../../../src/core/models/damped-trend.js';
import { exponentialTrendFamily } from '../../../src/core/models/exponential-trend.js';
import { gompertzGrowthFamily } from '../../../src/core/models/gompertz-growth.js';
import { linearTrendFamily } from '../../../src/core/models/linear-trend.js';
import { logisticGrowthFamily } from '../../../src/core/models/logistic-growth.js';
import type { FitOutcome } from '../../../src/core/models/model-family.js';
import { context, flowSeries, makeSeries, ratioSeries } from './fixtures.js';

const ok = <T>(outcome: FitOutcome<T>) => {
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.model;
};

describe('linear and exponential trends', () => {
  it('exponential = linear trend on the log scale', () => {
    const logSeries = { ...flowSeries, values: flowSeries.values.map(Math.log), bounds: { lower: null, upper: null } };
    const linear = ok(linearTrendFamily.fit(logSeries, {}, context));
    const exponential = ok(exponentialTrendFamily.fit(flowSeries, {}, context));
    expect(exponential.parameters.slope).toBeCloseTo(linear.parameters.slope as number, 14);
    const linearForecast = linearTrendFamily.forecast(linear, 4, [80, 95]);
    const exponentialForecast = exponentialTrendFamily.forecast(exponential, 4, [80, 95]);
    exponentialForecast.intervals[1]!.upper.forEach((value, index) => expect(Math.log(value)).toBeCloseTo(linearForecast.intervals[1]!.upper[index]!, 12));
  });

  it('clamps a falling count at zero rather than forecasting negative firms', () => {
    const falling = makeSeries([2017, 2018, 2019, 2020], [30, 21, 12, 4], { indicatorKind: 'count' });
    const forecast = linearTrendFamily.forecast(ok(linearTrendFamily.fit(falling, {}, context)), 5, [95]);
    expect(Math.min(...forecast.point, ...forecast.intervals[0]!.lower)).toBe(0);
    expect(forecast.boundsApplied).toBe(true);
  });

  it('refuses a perfect line: no residual spread to build intervals from', () => {
    const outcome = linearTrendFamily.fit(makeSeries([2018, 2019, 2020], [10, 20, 30]), {}, context);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.reason).toMatch(/exactly on the line/);
  });
});

describe('damped trend', () => {
  it('fades growth: its forecast lies below compound continuation, and the damping comes from the prior', () => {
    const model = ok(dampedTrendFamily.fit(flowSeries, dampedTrendFamily.settingsSchema.parse(undefined), context));
    expect(model.parameters.phi).toBe(0.85);
    expect(model.notes[0]).toMatch(/taken from the damping prior/);
    const forecast = dampedTrendFamily.forecast(model, 10, [80, 95]);
    const growth = forecast.point.slice(1).map((value, index) => value / forecast.point[index]! - 1);
    growth.slice(1).forEach((rate, index) => expect(rate).toBeLessThan(growth[index]!));
    const phiRow = dampedTrendFamily.parameterTable(model).find((row) => row.name === 'phi')!;
    expect(phiRow.origin).toBe('prior');
  });

  it('estimates α, β and φ within the prior range once the series is long enough', () => {
    const years = Array.from({ length: 12 }, (_, index) => 2009 + index);
    const values = years.map((_, index) => 100 * Math.exp(0.3 * (1 - 0.8 ** (index + 1)) / 0.2) * (1 + 0.01 * Math.sin(index * 1.7)));
    const model = ok(dampedTrendFamily.fit(makeSeries(years, values), dampedTrendFamily.settingsSchema.parse(undefined), context));
    expect(model.notes[0]).toMatch(/estimated by grid search/);
    expect(model.parameters.phi as number).toBeGreaterThanOrEqual(0.7);
    expect(model.parameters.phi as number).toBeLessThanOrEqual(0.98);
  });

  it('fits two points, with a pooled spread', () => {
    const model = ok(dampedTrendFamily.fit(makeSeries([2015, 2020], [100, 160]), dampedTrendFamily.settingsSchema.parse(undefined), context));
    expect(model.intervalSource).toBe('pooled');
  });
});

describe('logistic and Gompertz with a ceiling', () => {
  it('uses the indicator upper bound when no ceiling is given, and says so', () => {
    const share = makeSeries([2016, 2017, 2018, 2019, 2020], [40, 48, 57, 63, 70], { indicatorKind: 'share', unit: '%', bounds: { lower: 0, upper: 100 } });
    const model = ok(logisticGrowthFamily.fit(share, logisticGrowthFamily.settingsSchema.parse(undefined), context));
    expect(model.parameters.ceiling).toBe(100);
    expect(model.notes.join(' ')).toMatch(/upper bound 100/);
  });

  it('fails clearly without any ceiling, or with one below the data', () => {
    const noCeiling = logisticGrowthFamily.fit(flowSeries, logisticGrowthFamily.settingsSchema.parse(undefined), context);
    expect(noCeiling.ok).toBe(false);
    if (!noCeiling.ok) expect(noCeiling.reason).toMatch(/needs a ceiling/);
    const low = gompertzGrowthFamily.fit(ratioSeries, gompertzGrowthFamily.settingsSchema.parse({ ceiling: 1.5 }), context);
    expect(low.ok).toBe(false);
    if (!low.ok) expect(low.reason).toMatch(/not above the largest observation 1.95/);
  });

  it('widens intervals when the ceiling is uncertain and truncates the range above the data', () => {
    const fixed = ok(logisticGrowthFamily.fit(ratioSeries, logisticGrowthFamily.settingsSchema.parse({ ceiling: 5 }), context));
    const range = ok(logisticGrowthFamily.fit(ratioSeries, logisticGrowthFamily.settingsSchema.parse({ ceiling: { low: 3, high: 7 } }), context));
    expect(range.intervalSource).toBe('ceiling-range');
    expect(range.intervalSourceDescription).toMatch(/uncertain ceiling, uniform on \[3, 7\]/);
    const fixedBand = logisticGrowthFamily.forecast(fixed, 10, [95]).intervals[0]!;
    const rangeBand = logisticGrowthFamily.forecast(range, 10, [95]).intervals[0]!;
    expect(rangeBand.upper[9]! - rangeBand.lower[9]!).toBeGreaterThan(fixedBand.upper[9]! - fixedBand.lower[9]!);
    const truncated = ok(gompertzGrowthFamily.fit(ratioSeries, gompertzGrowthFamily.settingsSchema.parse({ ceiling: { low: 1, high: 5 } }), context));
    expect(truncated.notes[0]).toMatch(/truncated above the largest observation 1.95/);
  });

  it('reports the curve parameters in words', () => {
    const model = ok(logisticGrowthFamily.fit(ratioSeries, logisticGrowthFamily.settingsSchema.parse({ ceiling: 5 }), context));
    const table = logisticGrowthFamily.parameterTable(model);
    expect(table.map((row) => row.name)).toEqual(['ceiling', 'rate', 'zeroCrossingYear', 'residualStandardError']);
    const midpoint = table[2]!.value as number;
    expect(midpoint).toBeGreaterThan(2020); // still below K/2 = 2.5 in 2020
  });
});
