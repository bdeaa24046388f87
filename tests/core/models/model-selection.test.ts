import { describe, expect, it } from 'vitest';
import { findFamily, getFamily } from '../../../src/core/models/family-registry.js';
import type { AnyModelFamily, FamilyChoice } from '../../../src/core/models/model-family.js';
import { fitAndSelect, type SelectionOptions } from '../../../src/core/models/model-selection.js';
import { backtestOrigins, rollingOriginBacktest } from '../../../src/core/models/rolling-origin-backtest.js';
import { context, flowSeries, makeSeries } from './fixtures.js';

const choose = (...ids: string[]): FamilyChoice[] => ids.map((id) => ({ family: id, settings: getFamily(id).settingsSchema.parse(undefined) }));
const options: SelectionOptions = {
  levels: [80, 95],
  horizon: 5,
  backtest: { holdout: 2, minimumScoredPoints: 2 },
  selection: { criterion: 'auto', combine: 'best', fallback: 'compound-growth' },
};
const all = choose('compound-growth', 'mean-growth', 'linear-trend', 'exponential-trend', 'damped-trend', 'pooled-growth');

describe('rolling-origin backtest', () => {
  it('holds out the last points, one origin at a time', () => {
    expect(backtestOrigins(6, 2)).toEqual([4, 5]);
    expect(backtestOrigins(2, 2)).toEqual([1]);
    expect(backtestOrigins(1, 2)).toEqual([]);
  });

  it('scores every held-out point after every origin, with coverage', () => {
    const result = rollingOriginBacktest(getFamily('linear-trend'), {}, flowSeries, context, 2, [80, 95]);
    expect(result.complete).toBe(true);
    expect(result.points.map((point) => [point.originYear, point.year])).toEqual([
      [2018, 2019],
      [2018, 2020],
      [2019, 2020],
    ]);
    const first = result.points[0]!;
    expect(first.absolutePercentageError).toBeCloseTo((Math.abs(first.forecast - 151) / 151) * 100, 12);
    expect(result.coverage).toHaveLength(2);
    expect(result.coverage[0]!.total).toBe(3);
  });

  it('scores the right years across gaps', () => {
    const gapped = makeSeries([2014, 2015, 2016, 2018, 2021], [50, 55, 61, 73, 99]);
    const result = rollingOriginBacktest(getFamily('compound-growth'), getFamily('compound-growth').settingsSchema.parse(undefined), gapped, context, 2, [80]);
    expect(result.points.map((point) => point.year)).toEqual([2018, 2021, 2021]);
    expect(result.points[1]!.forecast).toBeCloseTo(61 * (61 / 50) ** (5 / 2), 8);
  });

  it('marks a family that cannot fit at some origin as not ranked, saying why', () => {
    const result = rollingOriginBacktest(getFamily('linear-trend'), {}, makeSeries([2017, 2018, 2019, 2020], [1, 2.2, 2.9, 4.1]), context, 2, [80]);
    expect(result.complete).toBe(false);
    expect(result.note).toMatch(/origin 2018: 2 point\(s\), the family needs 3/);
  });
});

describe('fitAndSelect', () => {
  it('says "insufficient evidence" for two points and uses the fallback with pooled spread', () => {
    const report = fitAndSelect(makeSeries([2015, 2020], [100, 161]), all, context, options);
    expect(report.chosen.family).toBe('compound-growth');
    expect(report.chosen.evidence).toBe('insufficient');
    expect(report.chosen.criterion).toBe('fallback');
    expect(report.chosen.reason).toMatch(/^insufficient evidence: only 2 observations.*stated fallback, compound-growth.*pooled spread/);
    expect(report.diagnostics.join('\n')).toMatch(/linear-trend not fitted: needs at least 3 observations/);
    expect(report.horizon).toEqual({ firstYear: 2021, lastYear: 2025 });
  });

  it('ranks by backtest when it can, and gives the reason with errors and coverage', () => {
    const report = fitAndSelect(flowSeries, all, context, options);
    expect(report.chosen.criterion).toBe('backtest');
    expect(report.chosen.evidence).toBe('weak');
    expect(report.chosen.reason).toMatch(/lowest rolling-origin backtest error.*MAPE.*held-out forecasts; 80 % interval covered \d\/3.*weak evidence: only 3 scored forecasts/);
    const weights = report.families.map((family) => family.weight).filter((weight): weight is number => weight !== null);
    expect(weights.reduce((sum, weight) => sum + weight, 0)).toBeCloseTo(1, 12);
    const best = report.families.reduce((a, b) => ((a.weight ?? 0) > (b.weight ?? 0) ? a : b));
    expect(report.chosen.family).toBe(best.family);
    for (const family of report.families) {
      expect(family.forecast).toHaveLength(5);
      expect(family.forecast[0]!.intervals.map((interval) => interval.level)).toEqual([80, 95]);
    }
  });

  it('falls back to AICc among families fitted to all observations when no backtest is usable', () => {
    const report = fitAndSelect(flowSeries, choose('linear-trend', 'exponential-trend'), context, {
      ...options,
      backtest: { holdout: 1, minimumScoredPoints: 2 },
    });
    expect(report.chosen.criterion).toBe('aicc');
    expect(report.chosen.reason).toMatch(/lowest AICc among families fitted to all observations/);
    const [linear, exponential] = report.families;
    expect(linear!.aicc).not.toBeNull();
    expect(exponential!.aicc).not.toBeNull();
  });

  it('builds a weighted ensemble when asked, with weights summing to one', () => {
    const report = fitAndSelect(flowSeries, all, context, { ...options, selection: { ...options.selection, combine: 'weighted' } });
    expect(report.chosen.family).toBe('ensemble');
    const weights = Object.values(report.ensemble!.weights);
    expect(weights.reduce((sum, weight) => sum + weight, 0)).toBeCloseTo(1, 12);
    for (const row of report.ensemble!.forecast) {
      expect(row.intervals[1]!.lower).toBeLessThanOrEqual(row.intervals[0]!.lower);
      expect(row.intervals[0]!.upper).toBeLessThanOrEqual(row.intervals[1]!.upper);
    }
  });

  it('records a family that fails or throws without aborting the others', () => {
    const throwing: AnyModelFamily = {
      ...getFamily('linear-trend'),
      id: 'throwing',
      fit: () => {
        throw new Error('boom');
      },
    };
    const report = fitAndSelect(
      flowSeries,
      [...choose('compound-growth'), { family: 'no-such-family', settings: {} }, { family: 'throwing', settings: {} }],
      context,
      { ...options, findFamily: (id) => (id === 'throwing' ? throwing : findFamily(id)) },
    );
    expect(report.families[0]!.model).not.toBeNull();
    expect(report.families[1]!.failure).toMatch(/unknown family/);
    expect(report.families[2]!.failure).toMatch(/failed unexpectedly: boom/);
    expect(report.diagnostics.join('\n')).toMatch(/throwing not fitted: failed unexpectedly: boom/);
  });

  it('says so when the evidence cannot support a choice between families', () => {
    const report = fitAndSelect(makeSeries([2017, 2018, 2019, 2020], [10, 12, 13.5, 15.8]), choose('linear-trend', 'exponential-trend'), context, options);
    expect(report.chosen.evidence).toBe('insufficient');
    expect(report.chosen.reason).toMatch(/^insufficient evidence: 0 families have a complete backtest/);
    expect(report.chosen.family).toBe('compound-growth');
    expect(report.chosen.reason).toMatch(/Using the stated fallback, compound-growth/);
    expect(report.diagnostics).toContain('compound-growth added as the stated fallback');
  });

  it('fills default settings for a shorthand choice and reports invalid settings as a failure', () => {
    const report = fitAndSelect(flowSeries, [{ family: 'compound-growth', settings: undefined }, { family: 'damped-trend', settings: { damping: { value: 2 } } }], context, options);
    expect(report.families[0]!.model).not.toBeNull();
    expect(report.families[1]!.failure).toMatch(/^invalid settings: damping.value/);
  });

  it('produces plain JSON', () => {
    const report = fitAndSelect(flowSeries, all, context, options);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});
