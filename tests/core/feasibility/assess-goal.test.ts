import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanGoal } from '../../../src/core/assessment/plan-goal.js';
import { assessGoal } from '../../../src/core/feasibility/assess-goal.js';
import { cumulativeSums, requiredGrowthForSum } from '../../../src/core/feasibility/cumulative-sum.js';
import type { ObservedSeries } from '../../../src/core/series/observed-series.js';
import type { IndicatorPaths } from '../../../src/core/simulation/indicator-paths.js';

const series: ObservedSeries = { region: 'yubei', indicator: 'rd_intensity', unit: '%', indicatorKind: 'ratio', bounds: { lower: 0, upper: 100 }, years: [2015, 2016, 2020], values: [2.53, 3.65, 4.4] };

function goal(overrides: Partial<PlanGoal> = {}): PlanGoal {
  return {
    id: 'yubei/rd_intensity/14th/2025/target', region: 'yubei', indicator: 'rd_intensity', kind: 'target', year: 2025, value: 4.8, comparator: 'exact', direction: 'higher-is-better',
    baseYear: 2020, baseValue: 4.4, record: { region: 'yubei', indicator: 'rd_intensity', year: 2025, kind: 'target', value: 4.8, unit: '%', source: { document: 'x', location: 'y' } },
    ...overrides,
  };
}

/** Deterministic paths: path p grows at rate (p / pathCount) · 4 % a year from 4.4 in 2020. */
function fanPaths(pathCount = 1000, horizon = 15): IndicatorPaths {
  const values = new Float64Array(pathCount * horizon);
  for (let path = 0; path < pathCount; path++) {
    const rate = ((path + 0.5) / pathCount) * 0.04;
    for (let step = 0; step < horizon; step++) values[path * horizon + step] = 4.4 * (1 + rate) ** (step + 1);
  }
  return { region: 'yubei', indicator: 'rd_intensity', indicatorKind: 'ratio', bounds: { lower: 0, upper: 100 }, lastYear: 2020, lastValue: 4.4, firstYear: 2021, horizon, pathCount, values };
}

describe('assessGoal', () => {
  const paths = fanPaths();

  it('gives the share of paths meeting the target, required and historical growth', () => {
    const assessment = assessGoal(goal(), series, paths, { preset: 'schedule' });
    // a path meets 4.8 in 2025 when (1+r)^5 ≥ 4.8/4.4, i.e. r ≥ 1.755 %; rates are uniform on [0, 4 %]
    const requiredRate = (4.8 / 4.4) ** (1 / 5) - 1;
    expect(assessment.probability).toBeCloseTo(1 - requiredRate / 0.04, 2);
    expect(assessment.requiredGrowth).toBeCloseTo(requiredRate, 12);
    expect(assessment.historicalGrowth).toBeCloseTo((4.4 / 2.53) ** (1 / 5) - 1, 12);
    expect(assessment.requiredToHistoricalRatio).toBeCloseTo(requiredRate / ((4.4 / 2.53) ** (1 / 5) - 1), 12);
    expect(assessment.basis).toBe('simulated');
    expect(assessment.status).toBe('uncertain');
    expect(assessment.attainment).toBeCloseTo(4.4 / 4.8, 12);
  });

  it('gives the year the target is reached, median and 80 % range', () => {
    const assessment = assessGoal(goal(), series, paths, { preset: 'schedule' });
    // the median path grows 2 % a year: 4.4·1.02^t ≥ 4.8 first at t = 5 (2025)
    expect(assessment.reachYear?.median).toBe(2025);
    expect(assessment.reachYear!.p10!).toBeLessThan(assessment.reachYear!.median!);
    expect(assessment.reachYear!.shareNotReached).toBeGreaterThan(0);
  });

  it('a higher at-least target never has a higher probability', () => {
    fc.assert(fc.property(fc.double({ min: 4, max: 6, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (target, extra) => {
      const low = assessGoal(goal({ value: target, comparator: 'at-least' }), series, paths, { preset: 'schedule' }).probability!;
      const high = assessGoal(goal({ value: target + extra, comparator: 'at-least' }), series, paths, { preset: 'schedule' }).probability!;
      expect(high).toBeLessThanOrEqual(low);
      expect(low).toBeGreaterThanOrEqual(0);
      expect(low).toBeLessThanOrEqual(1);
    }), { seed: 4, numRuns: 100 });
  });

  it('an already met target of a non-declining indicator has probability 1, but no progress to judge without data after the base', () => {
    const assessment = assessGoal(goal({ value: 4.0, comparator: 'at-least' }), series, paths, { preset: 'schedule' });
    expect(assessment.probability).toBe(1);
    expect(assessment.reachYear?.median).toBe(2020);
    // the base year is the latest observation: "not assessable", never a verdict (DOMAIN.md)
    expect(assessment.presetAssessment).toMatchObject({ status: 'not-assessable', reason: 'no-observation-after-base' });
    const later: ObservedSeries = { ...series, years: [...series.years, 2021], values: [...series.values, 4.5] };
    expect(assessGoal(goal({ value: 4.0, comparator: 'at-least' }), later, paths, { preset: 'schedule' }).presetAssessment?.status).toBe('achieved');
  });

  it('judges a goal whose year is observed on the observation', () => {
    const missed = assessGoal(goal({ year: 2020, value: 5, baseYear: 2015, baseValue: 2.53 }), series, paths, { preset: 'schedule' });
    expect(missed).toMatchObject({ probability: 0, status: 'missed', basis: 'observed' });
    const achieved = assessGoal(goal({ year: 2020, value: 3.5, baseYear: 2015, baseValue: 2.53 }), series, paths, { preset: 'schedule' });
    expect(achieved).toMatchObject({ probability: 1, status: 'achieved', basis: 'observed' });
  });

  it('says "no data" without an observation', () => {
    const empty = { ...series, years: [], values: [] };
    expect(assessGoal(goal(), empty, undefined, { preset: 'schedule' })).toMatchObject({ status: 'no-data', probability: null });
  });
});

describe('cumulative targets', () => {
  it('sum observed and projected years over the period', () => {
    const values = new Float64Array([10, 11, 12, 20, 22, 24]); // 2 paths × 3 years (2023–2025)
    const sums = cumulativeSums({ periodStart: 2021, periodEnd: 2025, observed: new Map([[2021, 8], [2022, 9]]), firstYear: 2023, horizon: 3, pathCount: 2, values })!;
    expect([...sums.sums]).toEqual([8 + 9 + 10 + 11 + 12, 8 + 9 + 20 + 22 + 24]);
  });

  it('interpolate a gap geometrically and say so', () => {
    const sums = cumulativeSums({ periodStart: 2016, periodEnd: 2022, observed: new Map([[2015, 1], [2017, 4], [2020, 8]]), firstYear: 2021, horizon: 2, pathCount: 1, values: new Float64Array([10, 12]) })!;
    expect(sums.interpolatedYears).toEqual([2016, 2018, 2019]);
    expect(sums.sums[0]).toBeCloseTo(2 + 4 + 4 * 2 ** (1 / 3) + 4 * 2 ** (2 / 3) + 8 + 10 + 12, 12);
  });

  it('refuse a period that reaches past the projection', () => {
    expect(cumulativeSums({ periodStart: 2021, periodEnd: 2026, observed: new Map(), firstYear: 2021, horizon: 5, pathCount: 1, values: new Float64Array(5) })).toBeUndefined();
  });

  it('the required growth makes the sum of the projected years meet the target', () => {
    const growth = requiredGrowthForSum(40, 2020, 6, 2021, 2025, new Map([[2020, 6]]))!;
    let sum = 0;
    for (let year = 2021; year <= 2025; year++) sum += 6 * (1 + growth) ** (year - 2020);
    expect(sum).toBeCloseTo(40, 9);
  });

  it('a cumulative goal is assessed on the sums', () => {
    const flow: ObservedSeries = { region: 's', indicator: 'tech_contract_turnover', unit: '亿元', indicatorKind: 'flow', bounds: { lower: 0, upper: null }, years: [2020], values: [6] };
    const pathCount = 100;
    const values = new Float64Array(pathCount * 5);
    for (let path = 0; path < pathCount; path++) for (let step = 0; step < 5; step++) values[path * 5 + step] = 6 + path * 0.05;
    const paths: IndicatorPaths = { region: 's', indicator: 'tech_contract_turnover', indicatorKind: 'flow', bounds: { lower: 0, upper: null }, lastYear: 2020, lastValue: 6, firstYear: 2021, horizon: 5, pathCount, values };
    const assessment = assessGoal(goal({ region: 's', indicator: 'tech_contract_turnover', kind: 'cumulative-target', periodStart: 2021, value: 40, comparator: 'at-least' }), flow, paths, { preset: 'schedule' });
    // path sums are 5·(6 + 0.05p) ≥ 40 when p ≥ 40: 60 of 100 paths
    expect(assessment.probability).toBeCloseTo(0.6, 12);
    // a sum needs an amount a year, not a growth rate: 40 over the five years 2021–2025
    expect(assessment.requiredGrowth).toBeNull();
    expect(assessment.yearlyAmountNeeded).toBeCloseTo(8, 12);
  });
});

describe('reach year and the probability-only reading', () => {
  /** Small random paths around 4.4 (path-major), some falling, some rising. */
  const randomPaths = fc.record({
    pathCount: fc.integer({ min: 1, max: 40 }),
    horizon: fc.integer({ min: 5, max: 12 }), // the goal year, 2025, is projected
    seed: fc.integer({ min: 1, max: 1_000_000 }),
  }).map(({ pathCount, horizon, seed }) => {
    let state = seed;
    const next = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const values = new Float64Array(pathCount * horizon);
    for (let index = 0; index < values.length; index++) values[index] = Math.round((3.8 + 1.4 * next()) * 10) / 10; // on the targets' grid: ties on purpose
    const paths: IndicatorPaths = { ...fanPaths(1, 1), pathCount, horizon, values };
    return paths;
  });
  const comparators = fc.constantFrom<PlanGoal['comparator']>('at-least', 'above', 'at-most', 'below');

  it('the reach year is where the paths first meet the goal, read by a plain scan of every path', () => {
    fc.assert(fc.property(randomPaths, comparators, fc.integer({ min: 40, max: 50 }).map((tenths) => tenths / 10), (paths, comparator, target) => {
      const meets = (value: number) => (comparator === 'at-least' ? value >= target : comparator === 'above' ? value > target : comparator === 'at-most' ? value <= target : value < target);
      const reached: number[] = [];
      for (let path = 0; path < paths.pathCount; path++) {
        for (let step = 0; step < paths.horizon; step++) {
          if (meets(paths.values[path * paths.horizon + step]!)) { reached.push(2021 + step); break; }
        }
      }
      const higher = comparator === 'at-least' || comparator === 'above';
      // a latest value (2020) that does not meet the goal, so the schedule is read from the paths
      const history: ObservedSeries = { ...series, values: [2.53, 3.65, higher ? 3 : 6] };
      const assessment = assessGoal(goal({ value: target, comparator, direction: higher ? 'higher-is-better' : 'lower-is-better' }), history, paths, { preset: 'schedule' });
      const reach = assessment.reachYear!;
      expect(reach.shareNotReached).toBeCloseTo(1 - reached.length / paths.pathCount, 12);
      if (reached.length === 0) return;
      reached.sort((a, b) => a - b);
      const at = (share: number) => (share * paths.pathCount < reached.length ? reached[Math.min(reached.length - 1, Math.floor(share * paths.pathCount))]! : null);
      expect([reach.p10, reach.median, reach.p90]).toEqual([at(0.1), at(0.5), at(0.9)]);
    }), { seed: 11, numRuns: 300 });
  });

  it("detail 'probability' gives the same probability, and nothing else from the paths", () => {
    fc.assert(fc.property(randomPaths, comparators, fc.integer({ min: 40, max: 50 }).map((tenths) => tenths / 10), (paths, comparator, target) => {
      const direction = comparator === 'at-least' || comparator === 'above' ? 'higher-is-better' : 'lower-is-better';
      const full = assessGoal(goal({ value: target, comparator, direction }), series, paths, { preset: 'schedule' });
      const quick = assessGoal(goal({ value: target, comparator, direction }), series, paths, { preset: 'schedule', detail: 'probability' });
      expect(quick.probability).toBe(full.probability);
      expect(quick.status).toBe(full.status);
      expect(quick.reachYear).toBeNull();
    }), { seed: 12, numRuns: 200 });
  });
});
